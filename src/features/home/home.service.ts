import { and, eq, sql } from "drizzle-orm";
import { accounts, units } from "../../db/schema/tenant/core";
import type { Ctx } from "../../platform/context";
import { actorScope, inTenant, onPath, scoped, scopedByKey } from "../../platform/scope";
import { type OnboardingState, onboardingQuery, onboardingState } from "../onboarding";
import { type HomePlans, finishHomePlans, homePlanReads } from "../plans";

export interface HomeData {
  unit: { id: string; name: string; kind: string } | null;
  trail: string[];
  unitsInScope: number;
  accountsInScope: number;
  accountsWithoutPassword: number;
  /** The new admin's checklist (admins only). */
  onboarding: OnboardingState | null;
  /** The member's plan of the year and latest notifications. */
  plans: HomePlans;
}

/** What the home page shows: one read batch. */
export async function getHome(ctx: Ctx): Promise<HomeData> {
  const manager = ctx.actor.role !== "member";
  const unitId = ctx.actor.unitId ?? "";
  const pathOf = sql`(SELECT path FROM units WHERE id = ${unitId} AND ${inTenant(ctx, sql`tenant_id`)})`;
  // Members manage nobody: their figures stay zero.
  const scope = manager ? actorScope(ctx, units.path) : sql`0 = 1`;
  const ob = onboardingQuery(ctx);
  const [unitRows, trail, counts, notes, unread, myPlan, obRows] = await ctx.db.batch([
    ctx.db
      .select({ id: units.id, name: units.name, kind: units.kind })
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.id, unitId)))
      .limit(1),
    ctx.db
      .select({ name: units.name })
      .from(units)
      .where(scopedByKey(ctx, units.tenantId, onPath(units.id, pathOf)))
      .orderBy(units.depth),
    ctx.db
      .select({
        units: sql<number>`(SELECT count(*) FROM ${units} WHERE ${scoped(ctx, units.tenantId, eq(units.status, "active"), scope)})`,
        accounts: sql<number>`count(*)`,
        noPassword: sql<number>`coalesce(sum(CASE WHEN ${accounts.passwordHash} IS NULL THEN 1 ELSE 0 END), 0)`,
      })
      .from(accounts)
      .leftJoin(units, and(eq(units.id, accounts.unitId), eq(units.tenantId, accounts.tenantId)))
      .where(scoped(ctx, accounts.tenantId, scope)),
    ...homePlanReads(ctx),
    ...(ob ? [ob] : []),
  ]);
  const c = counts[0];
  return {
    unit: unitRows[0] ?? null,
    trail: trail.map((t) => t.name),
    unitsInScope: manager ? (c?.units ?? 0) : 0,
    accountsInScope: c?.accounts ?? 0,
    accountsWithoutPassword: c?.noPassword ?? 0,
    onboarding: onboardingState(ctx, obRows),
    plans: finishHomePlans(ctx, [notes, unread, myPlan]),
  };
}
