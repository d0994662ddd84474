import { vnYear } from "../../domain/time";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { requireRole } from "../../platform/tenant-context";

import { commendationsForMemberQuery, toCommendationOut } from "../recognition";
import { remarksForMemberQuery, toRemarkOut } from "../meetings";
import { complianceOf, modeOf } from "../notebook";
import {
  cycleByYearQuery,
  parseProgress,
  planItemsDetailQuery,
  planRowQuery,
  toNotebookPlan,
  toPlanItems,
} from "../notebook";
import type { EvaluationViewOut } from "./evaluations.inputs";
import { automaticConditions, canDecide, finalReviewIn } from "./evaluations.rules";
import {
  ancestorsQuery,
  capCounts,
  capCountersQuery,
  capSettingsOf,
  capUnitOf,
  parseConditions,
  reviewsQuery,
  settingsQuery,
  toEvaluationOut,
} from "./evaluations.queries";
import { capCheck, suggest } from "./evaluations.rules";
import { memberWithCellQuery } from "../plans";
import { evaluationOfMemberQuery } from "../notebook";

const REVIEW_ORDER = ["annual", "q3", "midyear", "q1"];

/** The evaluation form's data with its evidence (plan, progress, compliance, praise, commendations): one round trip. */
export async function getEvaluationView(
  ctx: Ctx,
  memberId: string,
  year?: number,
): Promise<EvaluationViewOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const y = year ?? vnYear(ctx.now);
  const [
    memberRows,
    cycleRows,
    evRows,
    reviews,
    ancestors,
    counters,
    settingRows,
    planRows,
    items,
    remarks,
    comms,
  ] = await ctx.db.batch([
    memberWithCellQuery(ctx, memberId),
    cycleByYearQuery(ctx, y),
    evaluationOfMemberQuery(ctx, memberId, y),
    reviewsQuery(ctx, memberId, y),
    ancestorsQuery(ctx, memberId),
    capCountersQuery(ctx, memberId, y),
    settingsQuery(ctx),
    planRowQuery(ctx, memberId, y),
    planItemsDetailQuery(ctx, memberId, y),
    remarksForMemberQuery(ctx, memberId, y),
    commendationsForMemberQuery(ctx, memberId),
  ]);
  const m = memberRows[0];
  if (!m) throw notFound("Không tìm thấy đảng viên.");
  const cycle = cycleRows[0];
  const ev = evRows[0];
  const latest = REVIEW_ORDER.map((k) => reviews.find((r) => r.kind === k)).find(Boolean);
  const auto = automaticConditions(reviews);
  const conditions = [...(ev ? parseConditions(ev.conditionsJson) : []), ...auto];
  const settings = capSettingsOf(settingRows);
  const capUnit = capUnitOf(ancestors);
  const cap = capCheck(settings, capUnit.name, capCounts(counters, capUnit.id));
  const open = cycle?.status === "open" && ev?.status !== "decided";
  const final = finalReviewIn(reviews);
  const self = ctx.actor.memberId === memberId;
  const manager = ctx.actor.role === "admin" || ctx.actor.role === "secretary";
  return {
    member: {
      id: m.id,
      fullName: m.fullName,
      unitId: m.unitId,
      unitName: m.unitName,
      group: m.group === "exemplar" ? "exemplar" : "follower",
    },
    year: y,
    cycle: cycle ? { id: cycle.id, status: cycle.status } : null,
    evaluation: ev ? toEvaluationOut(ev) : null,
    finalReviewSubmitted: final,
    evidence: {
      plan: toNotebookPlan(ctx, planRows[0], toPlanItems(items)),
      progress: latest ? parseProgress(latest.progressJson) : [],
      progressFrom: latest?.kind ?? null,
      compliance: complianceOf(
        cycle ? modeOf(cycle) : "three",
        planRows[0]?.firstSubmittedAt != null,
        new Set(reviews.map((r) => r.kind)),
      ),
      remarks: remarks.map(toRemarkOut),
      commendations: comms
        .map(toCommendationOut)
        .filter((c) => c.year === y)
        .map((c) => ({
          id: c.id,
          year: c.year,
          level: c.level,
          form: c.form,
          issuer: c.issuer,
          decisionNumber: c.decisionNumber,
          decisionDate: c.decisionDate,
          content: c.content,
        })),
    },
    suggestion: ev ? suggest(ev.scoreGeneral, ev.scoreTasks, conditions) : null,
    automaticConditions: auto,
    cap: { unitId: capUnit.id, percent: settings.percent, enabled: settings.enabled, ...cap },
    can: {
      self: open && self && !ev?.cellLevel,
      propose: open && manager && !self && final,
      decide: open && final && !!ev?.cellLevel && canDecide(ctx, pathOf(ancestors), memberId),
    },
  };
}

const pathOf = (ancestors: { id: string }[]) => `/${ancestors.map((a) => a.id).join("/")}/`;

export async function getMyEvaluationView(ctx: Ctx, year?: number): Promise<EvaluationViewOut> {
  requireRole(ctx, "admin", "secretary", "member");
  if (!ctx.actor.memberId) throw notFound("Tài khoản của đồng chí chưa gắn với hồ sơ đảng viên.");
  return getEvaluationView(ctx, ctx.actor.memberId, year);
}
