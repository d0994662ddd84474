/**
 * `Idempotency-Key` on API POSTs, with Stripe's semantics: the first request with a key is recorded
 * (in flight) before it runs and its answer is stored after; the same key again with the same request
 * replays that answer with `Idempotent-Replayed: true` and writes nothing; with another request → 422;
 * while the first is still running → 409. Keys belong to a tenant and a credential (an API key, or a
 * person's account) and are kept 24 hours. An error answer (4xx, 5xx) is not kept: nothing was written,
 * so the client may correct the request and retry with the same key.
 */
import { eq, lt } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { idempotencyKeys } from "../db/schema/tenant";
import type { AppEnv } from "../env";
import { writeBatch } from "./batch";
import { ServiceError } from "./errors";
import { newId, sha256Hex } from "./ids";
import { scoped, tenantRef } from "./scope";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** Answers larger than this are not kept for replay (a replay then answers 409). */
const MAX_STORED_BODY = 512 * 1024;
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

const IN_FLIGHT = "Một yêu cầu khác với cùng Idempotency-Key đang được xử lý; vui lòng thử lại sau.";
const TOO_LARGE =
  "Yêu cầu với Idempotency-Key này đã được xử lý; kết quả (quá lớn hoặc là tệp) không được lưu để gửi lại.";
const REUSED =
  "Idempotency-Key này đã được dùng cho một yêu cầu khác (khác đường dẫn hoặc nội dung); hãy dùng khóa mới.";

async function bytesHash(buf: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", buf));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function requestHash(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<string> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  // JSON bodies were parsed and normalised by jsonBodies: hash what the handler will see.
  const body =
    type === "application/json"
      ? JSON.stringify(await c.req.json())
      : await bytesHash(await c.req.raw.clone().arrayBuffer());
  return sha256Hex(`${c.req.method} ${c.req.path}${new URL(c.req.url).search}\n${type}\n${body}`);
}

/** Text answers are kept for replay; a file is not (a replay of it answers 409). */
function replayable(res: Response): boolean {
  return (
    /^(application\/(problem\+)?json|text\/)/.test(res.headers.get("content-type") ?? "") ||
    res.status === 204
  );
}

export const idempotency: MiddlewareHandler<AppEnv> = async (c, next) => {
  const idemKey = c.req.header("idempotency-key");
  const actor = c.get("actor");
  const tenant = c.get("tenant");
  const db = c.get("db");
  if (c.req.method !== "POST" || idemKey === undefined || !actor || !tenant || !db) return next();
  if (!KEY_SHAPE.test(idemKey))
    throw new ServiceError("bad_request", "Idempotency-Key cần 1–255 ký tự ASCII in được.");
  const principal = actor.apiKey ? `key:${actor.apiKey.id}` : `account:${actor.accountId}`;
  const hash = await requestHash(c);
  const now = Date.now();
  const ref = tenantRef(tenant.id);
  const where = scoped(
    ref,
    idempotencyKeys.tenantId,
    eq(idempotencyKeys.principal, principal),
    eq(idempotencyKeys.idemKey, idemKey),
  );
  const id = newId();
  // One round trip: drop the tenant's expired keys, try to claim this one, read whoever holds it.
  const [, , held] = await db.batch([
    db
      .delete(idempotencyKeys)
      .where(scoped(ref, idempotencyKeys.tenantId, lt(idempotencyKeys.expiresAt, now))),
    db
      .insert(idempotencyKeys)
      .values({
        id,
        tenantId: tenant.id,
        principal,
        idemKey,
        requestHash: hash,
        createdAt: now,
        expiresAt: now + IDEMPOTENCY_TTL_MS,
      })
      .onConflictDoNothing(),
    db.select().from(idempotencyKeys).where(where).limit(1),
  ]);
  const row = held[0];
  if (!row) throw new ServiceError("internal");
  if (row.id !== id) {
    if (row.requestHash !== hash) throw new ServiceError("unprocessable", REUSED);
    if (row.status === null) throw new ServiceError("conflict", IN_FLIGHT);
    if (row.body === null) throw new ServiceError("conflict", TOO_LARGE);
    const headers: Record<string, string> = { "Idempotent-Replayed": "true" };
    if (row.contentType) headers["Content-Type"] = row.contentType;
    if (row.location) headers.Location = row.location;
    const status = row.status as 200;
    return row.body === "" ? c.body(null, status, headers) : c.body(row.body, status, headers);
  }
  await next();
  const res = c.res;
  const mine = scoped(ref, idempotencyKeys.tenantId, eq(idempotencyKeys.id, id));
  // A refused or failed request wrote nothing (every write is one atomic batch): forget the key so the
  // client may correct the request and send it again with the same key.
  if (res.status >= 400) {
    await writeBatch(db, [db.delete(idempotencyKeys).where(mine)]);
    return;
  }
  const text = replayable(res) ? await res.clone().text() : null;
  await writeBatch(db, [
    db
      .update(idempotencyKeys)
      .set({
        status: res.status,
        contentType: res.headers.get("content-type"),
        location: res.headers.get("location"),
        body: text !== null && text.length <= MAX_STORED_BODY ? text : null,
      })
      .where(mine),
  ]);
};
