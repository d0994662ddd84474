// Web Push from the queue (ADR 017). The dispatcher takes a round of notifications still marked
// `push_pending`, clears the mark in one batch guarded against a racing dispatcher, and queues one
// message per notification and device of its recipient; each message is one encrypted POST to the push
// service. 404/410 mean the browser dropped the subscription: it is pruned. 429, 5xx and network errors
// are tried again a bounded number of times; other answers are dropped.
import { asc, sql } from "drizzle-orm";
import { notifications } from "../../db/schema/tenant/notifications";
import { pushSubscriptions } from "../../db/schema/tenant/push";
import { type VapidKeys, encryptPushPayload, fromBase64url, vapidAuthorization } from "../../lib/web-push";
import { auditInsert } from "../../platform/audit";
import { guardChangedExactly, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { ServiceError } from "../../platform/errors";
import type { JobMessage } from "../../platform/queue";
import { matching, scoped } from "../../platform/scope";

export const SEND_JOB = "push.send";
/** Notifications per dispatch round. */
const ROUND = 100;
/** How long a push service keeps a message for an offline phone, and past which a notification is not pushed. */
export const PUSH_TTL_S = 24 * 3600;
/** Delays before the 2nd … 5th try of a message the push service could not take. */
export const RETRY_DELAYS_S = [30, 300, 1800, 7200];
const TIMEOUT_MS = 10_000;

/** What the dispatcher needs of the JOBS queue (a test passes its own). */
export interface PushQueue {
  send(body: JobMessage, options?: { delaySeconds?: number }): Promise<unknown>;
  sendBatch(messages: { body: JobMessage }[]): Promise<unknown>;
}

/** One push of one notification to one device: the payload travels in the message. */
export interface PushMessage extends JobMessage {
  kind: typeof SEND_JOB;
  subscriptionId: string;
  payload: { title: string; body: string; url: string };
  urgency: "normal" | "high";
  createdAt: number;
  attempt: number;
}

const pendingMark = sql`${notifications.pushPending} = 1`;

/** The payload a phone shows: title, text and the page it opens, in at most one record's bytes. */
function payloadOf(ctx: Ctx, n: { title: string; body: string; link: string | null }) {
  const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  return {
    title: cut(n.title, 200),
    body: cut(n.body, 1000),
    url: `/t/${ctx.tenant.slug}${n.link ?? "/notifications"}`,
  };
}

/** Queues the pushes of the tenant's pending notifications; the number of messages queued. */
export async function dispatchPush(ctx: Ctx, queue: PushQueue): Promise<number> {
  let queued = 0;
  for (let round = 0; round < 50; round++) {
    const pending = scoped(ctx, notifications.tenantId, pendingMark);
    const [rows, devices] = await ctx.db.batch([
      ctx.db.select().from(notifications).where(pending).orderBy(asc(notifications.createdAt)).limit(ROUND),
      ctx.db
        .select({ id: pushSubscriptions.id, recipientId: pushSubscriptions.recipientId })
        .from(pushSubscriptions)
        .where(
          scoped(
            ctx,
            pushSubscriptions.tenantId,
            sql`${pushSubscriptions.recipientId} IN (SELECT ${notifications.memberId} FROM ${notifications} WHERE ${pending})`,
          ),
        ),
    ]);
    if (rows.length === 0) break;
    const ids = JSON.stringify(rows.map((n) => n.id));
    try {
      await writeBatch(ctx.db, [
        ctx.db
          .update(notifications)
          .set({ pushPending: 0 })
          .where(
            scoped(
              ctx,
              notifications.tenantId,
              pendingMark,
              sql`${notifications.id} IN (SELECT value FROM json_each(${ids}))`,
            ),
          ),
        guardChangedExactly(ctx.db, rows.length),
      ]);
    } catch (e) {
      if (e instanceof ServiceError && e.status === 409) return queued; // another dispatcher took them
      throw e;
    }
    const fresh = rows.filter((n) => ctx.now - n.createdAt < PUSH_TTL_S * 1000);
    const messages = fresh.flatMap((n) =>
      devices
        .filter((d) => d.recipientId === n.memberId)
        .map((d) => {
          const body: PushMessage = {
            kind: SEND_JOB,
            tenantId: ctx.tenant.id,
            subscriptionId: d.id,
            payload: payloadOf(ctx, n),
            urgency: n.kind === "plan.reminder" ? "high" : "normal",
            createdAt: n.createdAt,
            attempt: 1,
          };
          return { body };
        }),
    );
    for (let i = 0; i < messages.length; i += 100) await queue.sendBatch(messages.slice(i, i + 100));
    queued += messages.length;
    if (rows.length < ROUND) break;
  }
  return queued;
}

export interface SendDeps {
  queue: PushQueue;
  vapid: VapidKeys;
  /** The outbound fetch: the Worker's own, or a test's push service. */
  fetch: typeof fetch;
}

/** What became of one try: sent, the device gone (pruned), tried again later, or given up. */
export type PushOutcome = "sent" | "pruned" | "retry" | "dropped";

async function post(deps: SendDeps, url: string, init: RequestInit): Promise<number | null> {
  try {
    const res = await deps.fetch(url, {
      ...init,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel().catch(() => undefined);
    return res.status;
  } catch {
    return null;
  }
}

/** One try of one push message (a JOBS message). */
export async function sendPush(ctx: Ctx, msg: PushMessage, deps: SendDeps): Promise<PushOutcome> {
  const mine = matching(ctx, pushSubscriptions, { id: msg.subscriptionId });
  const sub = (await ctx.db.select().from(pushSubscriptions).where(mine).limit(1))[0];
  if (!sub) return "dropped"; // removed since: nothing to send to
  const ttl = Math.max(0, PUSH_TTL_S - Math.floor((ctx.now - msg.createdAt) / 1000));
  const body = await encryptPushPayload(
    new TextEncoder().encode(JSON.stringify(msg.payload)),
    fromBase64url(sub.p256dh),
    fromBase64url(sub.auth),
  );
  const status = await post(deps, sub.endpoint, {
    method: "POST",
    headers: {
      Authorization: await vapidAuthorization(deps.vapid, sub.endpoint, ctx.now),
      "Content-Encoding": "aes128gcm",
      "Content-Type": "application/octet-stream",
      TTL: String(ttl),
      Urgency: msg.urgency,
    },
    body,
  });
  if (status !== null && status >= 200 && status < 300) return "sent";
  if (status === 404 || status === 410) {
    await writeBatch(ctx.db, [
      ctx.db
        .delete(pushSubscriptions)
        .where(matching(ctx, pushSubscriptions, { id: sub.id, endpoint: sub.endpoint })),
      auditInsert(ctx, {
        action: "push.expired",
        entityType: "account",
        entityId: sub.accountId,
        after: { id: sub.id, status },
      }),
    ]);
    return "pruned";
  }
  const again = status === null || status === 429 || status >= 500;
  if (!again || msg.attempt > RETRY_DELAYS_S.length || ttl === 0) {
    console.error(`push: gave up on ${sub.id} after try ${msg.attempt} (status ${status ?? "no answer"})`);
    return "dropped";
  }
  await deps.queue.send(
    { ...msg, attempt: msg.attempt + 1 },
    { delaySeconds: RETRY_DELAYS_S[msg.attempt - 1]! },
  );
  return "retry";
}

/**
 * The cron's pass for one tenant: pushes what no request woke the dispatcher for, or, with push off
 * (no VAPID keys), clears the marks so they do not pile up.
 */
export async function sweepPush(ctx: Ctx, queue: PushQueue | null): Promise<void> {
  if (queue) {
    await dispatchPush(ctx, queue);
    return;
  }
  await ctx.db
    .update(notifications)
    .set({ pushPending: 0 })
    .where(scoped(ctx, notifications.tenantId, pendingMark));
}
