/** Writes shared by the feature's counted records (commendations, conferences). */
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { type CounterDelta, bumpCounters } from "../../platform/counters";
import { writeAtVersion } from "../../platform/lookups";

/** Where a record counts: its unit's path, its year, and what it adds to the figures there. */
export interface Counted {
  unitPath: string;
  year: number;
  deltas: CounterDelta[];
}

/**
 * Deletes a counted record at the version read, in one batch: the row, its counts taken back
 * (`counted.deltas` already negated), and the `<entity>.delete` audit entry with what it was.
 */
export async function deleteCounted(
  ctx: Ctx,
  table: Parameters<typeof writeAtVersion>[1],
  entity: string,
  row: { id: string; version: number },
  before: unknown,
  counted: Counted,
): Promise<void> {
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, table, row, null),
    bumpCounters(ctx, counted.unitPath, counted.year, counted.deltas),
    auditInsert(ctx, { action: `${entity}.delete`, entityType: entity, entityId: row.id, before }),
  ]);
}
