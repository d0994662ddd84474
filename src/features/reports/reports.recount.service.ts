// "Recount and compare" for admins: rebuilds every registered counter from the raw rows
// (platform/recount.ts) and lists the differences; the fix adds (actual − stored) to each
// differing counter, so writes that land meanwhile are kept, in one batch with its audit row.
import { inArray, sql } from "drizzle-orm";
import { unitCounters } from "../../db/schema/tenant/counters";
import { units } from "../../db/schema/tenant/core";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { COUNTER_SOURCES } from "../../platform/counters";
import { type CounterDiff, recountCounters } from "../../platform/recount";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { RecountOut } from "./reports.outputs";

const CHUNK = 500;

function fixStatements(ctx: Ctx, diffs: CounterDiff[]) {
  const out = [];
  for (let i = 0; i < diffs.length; i += CHUNK) {
    const rows = JSON.stringify(
      diffs.slice(i, i + CHUNK).map((d) => [d.unitId, d.year, d.metric, d.grp, d.actual - d.stored]),
    );
    out.push(
      ctx.db
        .insert(unitCounters)
        .select(
          sql`SELECT ${ctx.tenant.id}, d.value ->> 0, d.value ->> 1, d.value ->> 2, d.value ->> 3, d.value ->> 4
              FROM json_each(${rows}) AS d WHERE true`,
        )
        .onConflictDoUpdate({
          target: [
            unitCounters.tenantId,
            unitCounters.unitId,
            unitCounters.year,
            unitCounters.metric,
            unitCounters.grp,
          ],
          set: { value: sql`${unitCounters.value} + excluded.value` },
        }),
    );
  }
  return out;
}

/** Compares the stored counters with a recount from raw rows; with `fix`, corrects them. */
export async function runRecount(ctx: Ctx, fix: boolean): Promise<RecountOut> {
  requireRole(ctx, "admin");
  if (fix) requireWritable(ctx);
  const diffs = await recountCounters(ctx.db, ctx.tenant.id);
  const ids = [...new Set(diffs.map((d) => d.unitId))];
  // One bound JSON array instead of one parameter per id (D1 allows 100 per statement).
  const rows = ids.length
    ? await ctx.db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(
          scoped(
            ctx,
            units.tenantId,
            inArray(units.id, sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`),
          ),
        )
    : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  if (fix && diffs.length) {
    await writeBatch(ctx.db, [
      ...fixStatements(ctx, diffs),
      auditInsert(ctx, {
        action: "counters.fix",
        entityType: "tenant",
        entityId: ctx.tenant.id,
        before: diffs.slice(0, 200).map((d) => ({ ...d, value: d.stored })),
        after: { differences: diffs.length },
      }),
    ]);
  }
  return {
    fixed: fix && diffs.length > 0,
    differences: diffs.map((d) => ({ ...d, unitName: names.get(d.unitId) ?? null })),
    sources: COUNTER_SOURCES.map((s) => s.name),
  };
}
