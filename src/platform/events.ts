// Change events, written like the audit row: built beside it and put in the mutation's own batch, so an
// event exists exactly when its change does and costs no extra round trip (ADR 013).
import { changeEvents } from "../db/schema/tenant/events";
import type { EventType } from "../domain/events";
import type { Ctx } from "./context";
import { isoTime } from "./api-fields";
import { newTimeId } from "./ids";
import { insertMany } from "./insert-many";

export interface EventInput {
  type: EventType;
  /** The unit the change belongs to (a member's or plan's unit, the unit itself); null: tenant-wide. */
  unit: { id: string; path: string } | null;
  resource: { type: string; id: string };
  /** The resource's public fields, as the API shows them: never secrets, sessions or key material. */
  data: unknown;
}

/**
 * Instants in `data` as the API writes them (RFC 3339, ADR 012): services hand events their rows, whose
 * `…At` fields hold epoch milliseconds.
 */
function wireTimes(key: string, value: unknown): unknown {
  return key.endsWith("At") && typeof value === "number" && Number.isFinite(value) ? isoTime(value) : value;
}

/** The events row of one change by the context's actor. */
export function eventRow(ctx: Ctx, e: EventInput): typeof changeEvents.$inferInsert {
  if (ctx.outbox) ctx.outbox.pending = true;
  return {
    id: newTimeId(ctx.now),
    tenantId: ctx.tenant.id,
    type: e.type,
    occurredAt: ctx.now,
    unitId: e.unit?.id ?? null,
    unitPath: e.unit?.path ?? null,
    resourceType: e.resource.type,
    resourceId: e.resource.id,
    dataJson: JSON.stringify(e.data ?? null, wireTimes),
    dispatchedAt: null,
  };
}

/** The event insert of one change: put it in the same db.batch() as the change and its audit row. */
export function eventInsert(ctx: Ctx, e: EventInput) {
  return ctx.db.insert(changeEvents).values(eventRow(ctx, e));
}

/** The events of several changes in one statement (bulk reviews), or null when there are none. */
export function eventsInsert(ctx: Ctx, list: EventInput[]) {
  return insertMany(
    ctx.db,
    changeEvents,
    list.map((e) => eventRow(ctx, e)),
  );
}
