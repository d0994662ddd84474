// One attempt of one delivery (a JOBS message): sign, POST with a timeout, log the attempt, then either
// done, a retry queued with its delay, or failed for good. An endpoint whose attempts have all failed
// for 5 days is disabled and the tenant's admins are told in the app.
import { desc, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { accounts } from "../../db/schema/tenant/core";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema/tenant/webhooks";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { ServiceError } from "../../platform/errors";
import { matching } from "../../platform/scope";
import type { SecretBox } from "../../platform/secret-box";
import { notifyStatement } from "../notifications";
import { DELIVER_JOB, type DeliveryRow, type JobQueue, toDeliveryOut } from "./webhooks-dispatch.service";
import {
  ATTEMPT_TIMEOUT_MS,
  FAILING_DISABLE_MS,
  MAX_ATTEMPTS,
  RETRY_DELAYS_S,
  webhookHeaders,
} from "./webhooks-sign.rules";
import {
  type EndpointRow,
  endpointQuery,
  foundEndpoint,
  requireEndpointAdmin,
  toEndpointOut,
} from "./webhooks.service";
import type { AttemptOut, DeliveriesQuery, DeliveryPageOut } from "./webhooks-deliveries.inputs";

export interface AttemptDeps {
  queue: JobQueue;
  box: SecretBox;
  /** The outbound fetch: the Worker's own, or a test's receiver. */
  fetch: typeof fetch;
}

interface Answer {
  statusCode: number | null;
  excerpt: string;
  error: string | null;
  latencyMs: number;
}

/** The first `max` characters of a body, without reading more of it than that. */
async function excerptOf(res: Response, max = 500): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (text.length < max) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text.slice(0, max);
}

async function post(
  deps: AttemptDeps,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<Answer> {
  const started = Date.now();
  try {
    // Redirects are not followed: a 3xx could lead to an address the URL check refused.
    const res = await deps.fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    const excerpt = await excerptOf(res);
    return { statusCode: res.status, excerpt, error: null, latencyMs: Date.now() - started };
  } catch (e) {
    const timeout = (e as Error).name === "TimeoutError" || (e as Error).name === "AbortError";
    const error = timeout
      ? `Hết thời gian chờ (${ATTEMPT_TIMEOUT_MS / 1000} giây).`
      : `Không kết nối được: ${String((e as Error).message ?? e).slice(0, 200)}`;
    return { statusCode: null, excerpt: "", error, latencyMs: Date.now() - started };
  }
}

function logEntry(ctx: Ctx, a: Answer): AttemptOut {
  return {
    at: new Date(ctx.now).toISOString(),
    statusCode: a.statusCode,
    latencyMs: Math.round(a.latencyMs),
    responseExcerpt: a.excerpt,
    error: a.error,
  };
}

async function secretsOf(e: EndpointRow, box: SecretBox, now: number): Promise<string[]> {
  const list = [await box.open(e.secret)];
  if (e.previousSecret && e.previousUntil !== null && e.previousUntil > now)
    list.push(await box.open(e.previousSecret));
  return list;
}

/** The endpoint's change after an attempt: failing since when, and disabled after 5 days of failures. */
function endpointAfter(ctx: Ctx, e: EndpointRow, ok: boolean): Partial<EndpointRow> | null {
  if (ok) return e.failingSince === null ? null : { failingSince: null };
  const since = e.failingSince ?? ctx.now;
  if (ctx.now - since >= FAILING_DISABLE_MS)
    return { failingSince: since, status: "disabled", disabledReason: "failing" };
  return e.failingSince === null ? { failingSince: since } : null;
}

function disabledNotice(ctx: Ctx, e: EndpointRow, admins: { id: string; memberId: string | null }[]) {
  return notifyStatement(
    ctx,
    admins.map((a) => ({
      // An admin without a member record reads the notifications addressed to their account.
      memberId: a.memberId ?? a.id,
      kind: "webhook.disabled",
      title: "Webhook đã tự tắt",
      body: `Mọi lần gửi tới ${e.url} đều lỗi trong 5 ngày nên hệ thống đã tắt địa chỉ này. Hãy kiểm tra hệ thống nhận rồi bật lại.`,
      link: `/admin/webhooks/${e.id}`,
      dedupeKey: `webhook.disabled:${e.id}:${e.failingSince ?? ctx.now}`,
    })),
  );
}

/** Makes the next attempt of delivery `id` if it is due; nothing when it is done or gone. */
export async function attemptDelivery(ctx: Ctx, id: string, deps: AttemptDeps): Promise<void> {
  // Two reads, not a join: the tables share column names, which a D1 batch would mix up.
  const mine = matching(ctx, webhookDeliveries, { id });
  const [rows, endpoints, admins] = await ctx.db.batch([
    ctx.db.select().from(webhookDeliveries).where(mine).limit(1),
    ctx.db
      .select()
      .from(webhookEndpoints)
      .where(
        matching(ctx, webhookEndpoints, {
          id: sql`(SELECT ${webhookDeliveries.endpointId} FROM ${webhookDeliveries} WHERE ${mine})`,
        }),
      )
      .limit(1),
    ctx.db
      .select({ id: accounts.id, memberId: accounts.memberId })
      .from(accounts)
      .where(matching(ctx, accounts, { role: "admin", status: "active" }))
      .limit(20),
  ]);
  const d: DeliveryRow | undefined = rows[0];
  if (d?.status !== "pending") return;
  const e = endpoints[0];
  const at = { id: d.id, attempts: d.attempts, status: "pending" };
  const where = matching(ctx, webhookDeliveries, at);
  if (e?.status !== "active") {
    await ctx.db
      .update(webhookDeliveries)
      .set({ status: "cancelled", nextAttemptAt: null, updatedAt: ctx.now })
      .where(where);
    return;
  }
  const headers = await webhookHeaders(
    await secretsOf(e, deps.box, ctx.now),
    d.eventId,
    Math.floor(ctx.now / 1000),
    d.payload,
  );
  const answer = await post(deps, e.url, headers, d.payload);
  const ok = answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300;
  const attempts = d.attempts + 1;
  const delay = ok || attempts >= MAX_ATTEMPTS ? null : RETRY_DELAYS_S[attempts - 1]!;
  const stmts: BatchItem<"sqlite">[] = [
    ctx.db
      .update(webhookDeliveries)
      .set({
        status: ok ? "succeeded" : delay === null ? "failed" : "pending",
        attempts,
        nextAttemptAt: delay === null ? null : ctx.now + delay * 1000,
        lastStatusCode: answer.statusCode,
        logJson: JSON.stringify([...(JSON.parse(d.logJson) as AttemptOut[]), logEntry(ctx, answer)]),
        updatedAt: ctx.now,
      })
      .where(where),
    // A duplicate message that raced this attempt changes nothing more.
    guardChanged(ctx.db),
  ];
  const change = endpointAfter(ctx, e, ok);
  if (change) {
    stmts.push(
      ctx.db
        .update(webhookEndpoints)
        .set({ ...change, ...(change.status ? { version: e.version + 1, updatedAt: ctx.now } : {}) })
        .where(matching(ctx, webhookEndpoints, { id: e.id, status: "active" })),
    );
    if (change.status === "disabled") {
      const notice = disabledNotice(ctx, { ...e, ...change }, admins);
      if (notice) stmts.push(notice);
      stmts.push(
        auditInsert(ctx, { action: "webhook.disable_failing", entityType: "webhook", entityId: e.id }),
      );
    }
  }
  try {
    await writeBatch(ctx.db, stmts);
  } catch (err) {
    if (err instanceof ServiceError && err.status === 409) return;
    throw err;
  }
  if (delay !== null)
    await deps.queue.send(
      { kind: DELIVER_JOB, tenantId: ctx.tenant.id, deliveryId: d.id },
      { delaySeconds: delay },
    );
}

/** The endpoint's latest deliveries with their log, newest first (`before`: the previous page's cursor). */
export function deliveriesQuery(ctx: Ctx, endpointId: string, before: string | undefined, limit: number) {
  return ctx.db
    .select()
    .from(webhookDeliveries)
    .where(
      matching(
        ctx,
        webhookDeliveries,
        { endpointId },
        before ? sql`${webhookDeliveries.id} < ${before}` : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit + 1);
}

/** The endpoint and a page of its delivery log, newest first: one round trip (the admin page's read). */
export async function getEndpointWithLog(ctx: Ctx, endpointId: string, q: DeliveriesQuery) {
  requireEndpointAdmin(ctx);
  const limit = 50;
  const [endpoint, rows] = await ctx.db.batch([
    endpointQuery(ctx, endpointId),
    deliveriesQuery(ctx, endpointId, q.before, limit),
  ]);
  const e = toEndpointOut(foundEndpoint(endpoint), ctx.now);
  const page = rows.slice(0, limit);
  const log: DeliveryPageOut = {
    items: page.map(toDeliveryOut),
    nextCursor: rows.length > limit ? page.at(-1)!.id : null,
  };
  return { endpoint: e, log };
}

export async function listDeliveries(
  ctx: Ctx,
  endpointId: string,
  q: DeliveriesQuery,
): Promise<DeliveryPageOut> {
  return (await getEndpointWithLog(ctx, endpointId, q)).log;
}
