import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { idempotencyKeys, units } from "../src/db/schema/tenant";
import { type TestTenant, call, cookieFor, dbOf, json, makeAccount, makeTenant } from "./harness";
import { createApiKey } from "../src/features/api-keys";

async function keyOf(t: TestTenant) {
  return (await createApiKey(t.ctx(), { name: "Đồng bộ", scopes: ["read", "write"] })).key;
}

const post = (auth: { key?: string; cookie?: string }, idem: string | undefined, body: unknown) =>
  call("POST", "/api/v1/units", {
    ...(auth.cookie ? { cookie: auth.cookie } : {}),
    headers: {
      ...(auth.key ? { authorization: `Bearer ${auth.key}` } : {}),
      ...(idem === undefined ? {} : { "idempotency-key": idem }),
    },
    json: body,
  });

async function unitCount(t: TestTenant, code: string) {
  return (
    await dbOf(t)
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.tenantId, t.info.id), eq(units.code, code)))
  ).length;
}

describe("Idempotency-Key", () => {
  it("the same POST twice with one key creates one resource and replays the answer", async () => {
    const t = await makeTenant();
    const key = await keyOf(t);
    const body = { parentId: t.rootId, kind: "district", code: "IDEM1", name: "Đảng bộ Một lần" };
    const first = await post({ key }, "them-don-vi-1", body);
    const created = await json<{ id: string }>(first, 201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await post({ key }, "them-don-vi-1", body);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await again.json<{ id: string }>()).id).toBe(created.id);
    expect(await unitCount(t, "IDEM1")).toBe(1);

    const changed = await post({ key }, "them-don-vi-1", { ...body, name: "Tên khác" });
    expect((await json<{ detail: string }>(changed, 422)).detail).toContain(
      "đã được dùng cho một yêu cầu khác",
    );
    // Without the header the same body is a new request (here: the code is taken).
    expect((await post({ key }, undefined, body)).status).toBe(400);
    expect(await unitCount(t, "IDEM1")).toBe(1);
  });

  it("keys belong to one credential; a refused request can be corrected and retried with its key", async () => {
    const t = await makeTenant();
    const other = await makeAccount(t, "admin", null);
    const mine = await cookieFor(t, t.adminId);
    const theirs = await cookieFor(t, other.id);
    const body = (code: string) => ({ parentId: t.rootId, kind: "district", code, name: `Đảng bộ ${code}` });
    await json(await post({ cookie: mine }, "k-1", body("IDEM2")), 201);
    // Another account's "k-1" is its own key: a new request.
    await json(await post({ cookie: theirs }, "k-1", body("IDEM3")), 201);
    const bad = await post({ cookie: mine }, "k-2", { ...body("IDEM4"), kind: "khong-co" });
    expect(bad.status).toBe(400);
    await json(await post({ cookie: mine }, "k-2", body("IDEM4")), 201);
    expect(await unitCount(t, "IDEM4")).toBe(1);
  });

  it("a request still in flight with the key is 409; a malformed key is 400", async () => {
    const t = await makeTenant();
    const key = await keyOf(t);
    const body = { parentId: t.rootId, kind: "district", code: "IDEM5", name: "Đảng bộ Năm" };
    await json(await post({ key }, "dang-chay", body), 201);
    // As if the first request had not answered yet.
    await dbOf(t)
      .update(idempotencyKeys)
      .set({ status: null, body: null })
      .where(and(eq(idempotencyKeys.tenantId, t.info.id), eq(idempotencyKeys.idemKey, "dang-chay")));
    expect((await json<{ detail: string }>(await post({ key }, "dang-chay", body), 409)).detail).toContain(
      "đang được xử lý",
    );
    expect((await post({ key }, "x".repeat(256), body)).status).toBe(400);
    expect((await post({ key }, "", body)).status).toBe(400);
    expect(await unitCount(t, "IDEM5")).toBe(1);
  });
});
