// A member's plan for a year: the page data (one round trip) and the writes (save, submit),
// by the member or by a secretary on their behalf.
import type { Group } from "../../domain/groups";
import { vnYear } from "../../domain/time";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { requireRole } from "../../platform/tenant-context";
import { cyclesQuery, toCycleOut } from "../cycles";
import { planDeadline } from "../cycles";
import { type CriteriaContext, criteriaReads, finishCriteria } from "./plans-criteria.queries";
import type { PlanStatus } from "./plans.inputs";
import type { MemberPlanOut, PlanItemOut, PlanOut } from "./plans.outputs";
import {
  CURRENT,
  eventsOfMemberQuery,
  eventsOfPlanQuery,
  itemsOfMemberQuery,
  itemsOfPlanQuery,
  memberWithCellQuery,
  pendingLeadersQuery,
  planByIdQuery,
  planOfMemberQuery,
  unitOfMember,
  unitSecretariesQuery,
} from "./plans.queries";
import { cycleOpen, toEventOut, toItemOut, toPlanOut } from "./plans-mapping.rules";

export const NO_MEMBER = "Không tìm thấy đảng viên.";
export const NO_PROFILE =
  "Tài khoản của đồng chí chưa được gắn với hồ sơ đảng viên. Vui lòng liên hệ bí thư chi bộ hoặc quản trị viên.";

/** Everything a plan page or a plan write needs, in one read batch. */
export async function loadMemberPlan(ctx: Ctx, memberId: string, year: number) {
  const [member, cycles, plan, items, events, pending, secretaries, ...crit] = await ctx.db.batch([
    memberWithCellQuery(ctx, memberId),
    cyclesQuery(ctx),
    planOfMemberQuery(ctx, memberId, year),
    itemsOfMemberQuery(ctx, memberId, year),
    eventsOfMemberQuery(ctx, memberId, year),
    pendingLeadersQuery(ctx, memberId, year),
    unitSecretariesQuery(ctx, unitOfMember(ctx, memberId)),
    ...criteriaReads(ctx, memberId, year),
  ]);
  const m = member[0];
  if (!m) throw notFound(NO_MEMBER);
  const p = plan[0] ?? null;
  const c = cycles.find((x) => x.year === year) ?? null;
  const editable = !p || p.status === "draft" || p.status === "returned";
  // While the plan can change it follows the member's current group; after that it keeps its own.
  const group = (editable ? m.group : p.grp) as Group;
  const criteria = finishCriteria(year, group, crit);
  return {
    member: m,
    cycle: c,
    years: cycles.map((x) => x.year),
    plan: p,
    items: items.map((r) => ({ row: r.i, wording: r })),
    events: events.map(toEventOut),
    pendingLeaders: pending[0]?.n ?? 0,
    secretaries,
    group,
    criteria,
    editable,
  };
}
export type Loaded = Awaited<ReturnType<typeof loadMemberPlan>>;

export function itemOuts(l: Pick<Loaded, "items">): PlanItemOut[] {
  return l.items.map((i) => toItemOut(i.row, i.wording));
}

export function memberPlanOut(year: number, l: Loaded): MemberPlanOut {
  const current = CURRENT.includes(l.member.status);
  const firstFollower = l.group === "follower" && !l.plan?.firstSubmittedAt;
  return {
    member: {
      id: l.member.id,
      fullName: l.member.fullName,
      unitId: l.member.unitId,
      unitName: l.member.unitName,
      group: l.member.group as Group,
      status: l.member.status,
    },
    year,
    years: l.years,
    cycle: l.cycle ? toCycleOut(l.cycle) : null,
    group: l.group,
    deadline: l.cycle ? planDeadline(l.cycle, l.group) : null,
    criteria: choices(l.criteria),
    focusIssues: l.criteria.focusIssues,
    yearTheme: l.criteria.yearTheme,
    plan: l.plan
      ? toPlanOut(
          l.plan,
          { memberName: l.member.fullName, unitName: l.member.unitName },
          itemOuts(l),
          l.events,
        )
      : null,
    canEdit: cycleOpen(l.cycle) && current && l.editable,
    gatedBy: l.cycle?.gating === 1 && firstFollower && l.pendingLeaders > 0 ? l.pendingLeaders : null,
  };
}

function choices(c: CriteriaContext) {
  return c.criteria.map((e) => ({
    criterionVersionId: e.criterionVersionId,
    key: e.key,
    number: e.number,
    title: e.title,
    body: e.body,
    isCore: e.isCore,
    originUnitName: e.trail.at(-1)?.unitName ?? e.origin.unitName,
  }));
}

/** The member a request acts for: the actor's own record for "mine". */
export function ownMemberId(ctx: Ctx): string {
  if (!ctx.actor.memberId) throw notFound(NO_PROFILE);
  return ctx.actor.memberId;
}

export async function getMemberPlan(ctx: Ctx, memberId: string, year?: number): Promise<MemberPlanOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const y = year ?? vnYear(ctx.now);
  return memberPlanOut(y, await loadMemberPlan(ctx, memberId, y));
}

export const statusOf = (l: Pick<Loaded, "plan">): PlanStatus | "none" =>
  (l.plan?.status as PlanStatus | undefined) ?? "none";

/** A plan by id (a member: only their own; a secretary: their subtree): one round trip. */
export async function getPlan(ctx: Ctx, id: string): Promise<PlanOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const [rows, items, events] = await ctx.db.batch([
    planByIdQuery(ctx, id),
    itemsOfPlanQuery(ctx, id),
    eventsOfPlanQuery(ctx, id),
  ]);
  const r = rows[0];
  if (!r) throw notFound("Không tìm thấy kế hoạch.");
  return toPlanOut(
    r.p,
    r,
    items.map((i) => toItemOut(i.i, i)),
    events.map(toEventOut),
  );
}
