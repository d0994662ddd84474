// "Recount and compare" for admins: rebuilds every counter of src/counter-sources.ts from the raw rows
// (platform/recount.ts) and lists the differences; the fix adds (actual − stored) to each
// differing counter, so writes that land meanwhile are kept, in one batch with its audit row.
import { inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { type CounterGroup, bumpCountersMany } from "../../platform/counters";
import { counterSources, recountAll } from "../../counter-sources";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { RecountOut } from "./reports.outputs";

/** Compares the stored counters with a recount from raw rows; with `fix`, corrects them. */
export async function runRecount(ctx: Ctx, fix: boolean): Promise<RecountOut> {
  requireRole(ctx, "admin");
  if (fix) requireWritable(ctx);
  const diffs = await recountAll(ctx.db, ctx.tenant.id);
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
      ...bumpCountersMany(
        ctx,
        diffs.map((d) => ({
          unitId: d.unitId,
          year: d.year,
          metric: d.metric,
          grp: d.grp as CounterGroup,
          delta: d.actual - d.stored,
        })),
      ),
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
    sources: counterSources().map((s) => s.name),
  };
}
