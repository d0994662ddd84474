// For the members feature: when a member moves to another cell, their plans of open cycles
// move with them, and so do the counters (−1 at the old cell and its ancestors, +1 at the new).
import { eq, inArray } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { cycles } from "../../db/schema/tenant/cycles";
import { plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import { scoped } from "../../platform/scope";
import { auditMany } from "./plans-bulk.queries";
import { counterStatements } from "./plans-counters.service";
import type { PlanRow } from "./plans.queries";
import { joinRef, writeAtVersion } from "../../platform/lookups";

/** The member's plans in open cycles: put it in the transfer's read batch. */
export function openPlansOfMemberQuery(ctx: Ctx, memberId: string) {
  return ctx.db
    .select({ p: plans })
    .from(plans)
    .innerJoin(cycles, joinRef(cycles, plans.cycleId, plans))
    .where(scoped(ctx, plans.tenantId, eq(plans.memberId, memberId), inArray(cycles.status, ["open"])));
}

/** Statements that move those plans and their counters to the new cell: put them in the transfer's write batch. */
export function movePlansStatements(
  ctx: Ctx,
  rows: { p: PlanRow }[],
  to: { id: string; path: string },
): BatchItem<"sqlite">[] {
  const moving = rows.map((r) => r.p).filter((p) => p.unitId !== to.id);
  if (!moving.length) return [];
  const out: BatchItem<"sqlite">[] = [];
  const changes = moving.map((before) => ({
    before,
    after: { ...before, unitId: to.id, unitPath: to.path, version: before.version + 1, updatedAt: ctx.now },
  }));
  for (const c of changes)
    out.push(
      ...writeAtVersion(ctx, plans, c.before, {
        unitId: to.id,
        unitPath: to.path,
        version: c.after.version,
        updatedAt: ctx.now,
      }),
    );
  out.push(...counterStatements(ctx, changes));
  const audit = auditMany(
    ctx,
    changes.map((c) => ({
      action: "plan.move",
      entityType: "plan",
      entityId: c.before.id,
      before: { unitId: c.before.unitId },
      after: { unitId: to.id },
      onBehalfOf: c.before.memberId,
    })),
  );
  if (audit) out.push(audit);
  return out;
}
