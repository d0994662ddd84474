// The change feed: a credential's events in the order they occurred, from a cursor. The cursor stays
// SETTLE_MS behind the present: a write that began earlier may commit a little later with an older id,
// and a cursor already past it would skip it (ADR 013).
import { asc, gt, inArray, isNull, lt, or } from "drizzle-orm";
import { changeEvents } from "../../db/schema/tenant/events";
import type { Ctx } from "../../platform/context";
import { timeIdFloor } from "../../platform/ids";
import { inSubtree, scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import type { EventOut, EventPageOut, EventsQuery } from "./webhooks-feed.inputs";

export const SETTLE_MS = 5_000;
/** How long events are kept (the cron prunes older ones). */
export const KEEP_DAYS = 30;

type EventRow = typeof changeEvents.$inferSelect;

export function toEventOut(e: EventRow): EventOut {
  return {
    id: e.id,
    type: e.type as EventOut["type"],
    occurredAt: new Date(e.occurredAt).toISOString(),
    unitId: e.unitId,
    resource: { type: e.resourceType, id: e.resourceId },
    data: JSON.parse(e.dataJson) as Record<string, unknown>,
  };
}

/** Events the actor may read: all for an admin; a secretary's (or unit key's) subtree and the tenant-wide ones. */
function feedScope(ctx: Ctx) {
  const a = ctx.actor;
  if (a.role === "admin") return undefined;
  return or(isNull(changeEvents.unitPath), inSubtree(changeEvents.unitPath, a.unitPath ?? "-"));
}

export async function listEvents(ctx: Ctx, q: EventsQuery): Promise<EventPageOut> {
  requireRole(ctx, "admin", "secretary");
  const limit = q.limit ?? 50;
  const rows = await ctx.db
    .select()
    .from(changeEvents)
    .where(
      scoped(
        ctx,
        changeEvents.tenantId,
        q.after ? gt(changeEvents.id, q.after) : undefined,
        q.types?.length ? inArray(changeEvents.type, q.types) : undefined,
        feedScope(ctx),
      ),
    )
    .orderBy(asc(changeEvents.id))
    .limit(limit);
  const settled = timeIdFloor(ctx.now - SETTLE_MS);
  const last = rows.filter((r) => r.id < settled).at(-1);
  return { items: rows.map(toEventOut), nextCursor: last?.id ?? q.after ?? null };
}

/** Deletes the tenant's events older than KEEP_DAYS (the cron's tenant job). */
export async function pruneEvents(ctx: Ctx): Promise<void> {
  const floor = timeIdFloor(ctx.now - KEEP_DAYS * 86_400_000);
  await ctx.db.delete(changeEvents).where(scoped(ctx, changeEvents.tenantId, lt(changeEvents.id, floor)));
}
