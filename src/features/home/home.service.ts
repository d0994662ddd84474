import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { units } from "../../db/schema/tenant/core";
import type { Ctx } from "../../platform/context";
import { inTenant, onPath, scoped, scopedByKey } from "../../platform/scope";
import type { OnboardingState } from "../onboarding";
import { type HomePlans, finishHomePlans, homePlanReads } from "../plans";
import { taskReads } from "./home-tasks.service";
import { type TurnOut, myTurnQuery, toTurnOut } from "../meetings";
import { vnYear } from "../../domain/time";
import type { TasksOut } from "./home.outputs";

export interface HomeData {
  unit: { id: string; name: string; kind: string } | null;
  trail: string[];
  /** "Việc đang chờ", and the member's cell with its secretaries. */
  tasks: TasksOut;
  /** The new admin's checklist (admins only). */
  onboarding: OnboardingState | null;
  /** The member's plan of the year and latest notifications. */
  plans: HomePlans;
  /** The member's turn to report before the cell this year. */
  reportTurn: TurnOut | null;
}

/** What the home page shows: one read batch. */
export async function getHome(ctx: Ctx): Promise<HomeData> {
  const unitId = ctx.actor.unitId ?? "";
  const pathOf = sql`(SELECT path FROM units WHERE id = ${unitId} AND ${inTenant(ctx, sql`tenant_id`)})`;
  const tasks = taskReads(ctx);
  const [unitRows, trail, notes, unread, myPlan, turn, ...rest] = await ctx.db.batch([
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
    ...homePlanReads(ctx),
    myTurnQuery(ctx, vnYear(ctx.now)),
    ...(tasks.stmts as BatchItem<"sqlite">[]),
  ]);
  const { onboarding, ...mine } = tasks.finish(rest);
  return {
    unit: unitRows[0] ?? null,
    trail: trail.map((t) => t.name),
    tasks: mine,
    onboarding,
    plans: finishHomePlans(ctx, [notes, unread, myPlan]),
    reportTurn: turn[0] ? toTurnOut(turn[0]) : null,
  };
}
