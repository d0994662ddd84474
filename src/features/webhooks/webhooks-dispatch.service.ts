// The fan-out: change events not yet dispatched become one delivery per matching active endpoint, in
// one batch that also marks the events dispatched (a racing dispatcher's batch aborts, so no event is
// fanned out twice); then one JOBS message per delivery. Replays add deliveries the same way.
import { isoTimeOrNull } from "../../platform/api-fields";
import { asc, eq, isNull, lt, sql } from "drizzle-orm";
import { changeEvents } from "../../db/schema/tenant/events";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema/tenant/webhooks";
import type { EventType } from "../../domain/events";
import { auditInsert } from "../../platform/audit";
import { guardChangedExactly, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { ServiceError, conflict, firstOr404, invalid } from "../../platform/errors";
import { newTimeId, timeIdFloor } from "../../platform/ids";
import { insertMany } from "../../platform/insert-many";
import type { JobMessage } from "../../platform/queue";
import { matching, scoped } from "../../platform/scope";
import { requireWritable } from "../../platform/tenant-context";
import type { AttemptOut, DeliveryOut, ReplayRangeInput, ReplayedOut } from "./webhooks-deliveries.inputs";
import { KEEP_DAYS, toEventOut } from "./webhooks-feed.service";
import { type EndpointRow, getEndpointRow } from "./webhooks.service";

export const DELIVER_JOB = "webhooks.deliver";
/** Events fanned out per round, and at most per replay. */
const ROUND = 100;
export const MAX_REPLAY = 1000;

/** What the service needs of the JOBS queue (a test passes its own). */
export interface JobQueue {
  send(body: JobMessage, options?: { delaySeconds?: number }): Promise<unknown>;
  sendBatch(messages: { body: JobMessage }[]): Promise<unknown>;
}
type EventRow = typeof changeEvents.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

const wants = (e: EndpointRow, type: string) => {
  const types = JSON.parse(e.eventTypes) as EventType[];
  return types.length === 0 || types.includes(type as EventType);
};

function deliveryRow(
  ctx: Ctx,
  endpointId: string,
  ev: EventRow,
  replayOf: string | null = null,
): DeliveryRow {
  return {
    id: newTimeId(ctx.now),
    tenantId: ctx.tenant.id,
    endpointId,
    eventId: ev.id,
    eventType: ev.type,
    payload: JSON.stringify(toEventOut(ev)),
    status: "pending",
    attempts: 0,
    nextAttemptAt: ctx.now,
    lastStatusCode: null,
    logJson: "[]",
    replayOf,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

/** One JOBS message per delivery (sendBatch takes at most 100). */
export async function enqueue(queue: JobQueue, tenantId: string, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 100)
    await queue.sendBatch(
      ids.slice(i, i + 100).map((deliveryId) => ({ body: { kind: DELIVER_JOB, tenantId, deliveryId } })),
    );
}

/** Fans out the tenant's undispatched events; the number of deliveries queued. */
export async function dispatchEvents(ctx: Ctx, queue: JobQueue): Promise<number> {
  let queued = 0;
  for (let round = 0; round < 50; round++) {
    const [events, endpoints] = await ctx.db.batch([
      ctx.db
        .select()
        .from(changeEvents)
        .where(scoped(ctx, changeEvents.tenantId, isNull(changeEvents.dispatchedAt)))
        .orderBy(asc(changeEvents.id))
        .limit(ROUND),
      ctx.db
        .select()
        .from(webhookEndpoints)
        .where(scoped(ctx, webhookEndpoints.tenantId, eq(webhookEndpoints.status, "active"))),
    ]);
    if (events.length === 0) break;
    // An endpoint receives the events that occur after it was registered.
    const rows = events.flatMap((ev) =>
      endpoints
        .filter((e) => e.createdAt <= ev.occurredAt && wants(e, ev.type))
        .map((e) => deliveryRow(ctx, e.id, ev)),
    );
    const ids = JSON.stringify(events.map((e) => e.id));
    const ins = insertMany(ctx.db, webhookDeliveries, rows);
    try {
      await writeBatch(ctx.db, [
        ctx.db
          .update(changeEvents)
          .set({ dispatchedAt: ctx.now })
          .where(
            scoped(
              ctx,
              changeEvents.tenantId,
              isNull(changeEvents.dispatchedAt),
              sql`${changeEvents.id} IN (SELECT value FROM json_each(${ids}))`,
            ),
          ),
        guardChangedExactly(ctx.db, events.length),
        ...(ins ? [ins] : []),
      ]);
    } catch (e) {
      if (e instanceof ServiceError && e.status === 409) return queued; // another dispatcher took them
      throw e;
    }
    await enqueue(
      queue,
      ctx.tenant.id,
      rows.map((r) => r.id),
    );
    queued += rows.length;
    if (events.length < ROUND) break;
  }
  return queued;
}

async function activeEndpoint(ctx: Ctx, id: string): Promise<EndpointRow> {
  requireWritable(ctx);
  const e = await getEndpointRow(ctx, id);
  if (e.status !== "active") throw conflict("Địa chỉ đang tắt: bật lại trước khi gửi lại.");
  return e;
}

/** Sends one delivery's event again, as a new delivery (same `webhook-id`, so receivers can deduplicate). */
export async function replayDelivery(
  ctx: Ctx,
  endpointId: string,
  deliveryId: string,
  queue: JobQueue,
): Promise<DeliveryOut> {
  await activeEndpoint(ctx, endpointId);
  const mine = matching(ctx, webhookDeliveries, { id: deliveryId, endpointId });
  const old = await firstOr404(
    ctx.db.select().from(webhookDeliveries).where(mine),
    "Không tìm thấy lần gửi này.",
  );
  const row: DeliveryRow = {
    ...old,
    id: newTimeId(ctx.now),
    status: "pending",
    attempts: 0,
    nextAttemptAt: ctx.now,
  };
  Object.assign(row, { lastStatusCode: null, replayOf: old.id, createdAt: ctx.now, updatedAt: ctx.now });
  await writeBatch(ctx.db, [
    ctx.db.insert(webhookDeliveries).values(row),
    auditInsert(ctx, {
      action: "webhook.replay",
      entityType: "webhook",
      entityId: endpointId,
      after: { deliveryId: old.id },
    }),
  ]);
  await enqueue(queue, ctx.tenant.id, [row.id]);
  return toDeliveryOut(row);
}

/** Sends again every kept event of [from, to) the endpoint takes; at most MAX_REPLAY at a time. */
export async function replayRange(
  ctx: Ctx,
  endpointId: string,
  input: ReplayRangeInput,
  queue: JobQueue,
): Promise<ReplayedOut> {
  const from = Date.parse(input.from);
  const to = Date.parse(input.to);
  if (!(from < to)) throw invalid({ to: "Thời điểm kết thúc phải sau thời điểm bắt đầu." });
  const endpoint = await activeEndpoint(ctx, endpointId);
  const range = sql`${changeEvents.id} >= ${timeIdFloor(from)} AND ${changeEvents.id} < ${timeIdFloor(to)}`;
  const events = await ctx.db
    .select()
    .from(changeEvents)
    .where(scoped(ctx, changeEvents.tenantId, range))
    .orderBy(asc(changeEvents.id))
    .limit(MAX_REPLAY * 2 + 1);
  const picked = events.filter((ev) => wants(endpoint, ev.type));
  if (picked.length > MAX_REPLAY)
    throw invalid({ from: `Khoảng thời gian có hơn ${MAX_REPLAY} sự kiện: hãy chọn khoảng ngắn hơn.` });
  const rows = picked.map((ev) => deliveryRow(ctx, endpointId, ev));
  const ins = insertMany(ctx.db, webhookDeliveries, rows);
  await writeBatch(ctx.db, [
    ...(ins ? [ins] : []),
    auditInsert(ctx, {
      action: "webhook.replay_range",
      entityType: "webhook",
      entityId: endpointId,
      after: { from: input.from, to: input.to, queued: rows.length },
    }),
  ]);
  await enqueue(
    queue,
    ctx.tenant.id,
    rows.map((r) => r.id),
  );
  return { queued: rows.length };
}

export function toDeliveryOut(d: DeliveryRow): DeliveryOut {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status as DeliveryOut["status"],
    attempts: d.attempts,
    nextAttemptAt: d.status === "pending" ? isoTimeOrNull(d.nextAttemptAt) : null,
    lastStatusCode: d.lastStatusCode,
    replayOf: d.replayOf,
    createdAt: isoTimeOrNull(d.createdAt)!,
    log: JSON.parse(d.logJson) as AttemptOut[],
  };
}

/**
 * The cron's safety net for one tenant: fans out events no request woke the dispatcher for, queues
 * again deliveries whose message was lost (due over 15 minutes ago), and drops the log past 30 days.
 */
export async function sweepWebhooks(ctx: Ctx, queue: JobQueue): Promise<void> {
  await dispatchEvents(ctx, queue);
  const lost = await ctx.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      scoped(
        ctx,
        webhookDeliveries.tenantId,
        eq(webhookDeliveries.status, "pending"),
        lt(webhookDeliveries.nextAttemptAt, ctx.now - 15 * 60_000),
      ),
    )
    .limit(1000);
  await enqueue(
    queue,
    ctx.tenant.id,
    lost.map((d) => d.id),
  );
  const old = ctx.now - KEEP_DAYS * 86_400_000;
  await ctx.db
    .delete(webhookDeliveries)
    .where(scoped(ctx, webhookDeliveries.tenantId, lt(webhookDeliveries.createdAt, old)));
}
