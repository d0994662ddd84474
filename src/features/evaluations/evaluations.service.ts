import { vnYear } from "../../domain/time";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors";
import { requireRole, requireWritable } from "../../platform/tenant-context";

import type { CellProposalInput, EvaluationOut, SelfProposalInput } from "./evaluations.inputs";
import { parseConditions } from "./evaluations.queries";
import { automaticConditions, finalReviewIn } from "./evaluations-policy.rules";
import { levelAboveCap } from "./evaluations.rules";

import {
  LOCKED,
  NO_FINAL,
  STALE,
  checkVersion,
  finish,
  fresh,
  gather,
  placed,
  requireOpenCycle,
  writeStatements,
} from "./evaluations-saving.service";

export {
  getEvaluationView,
  getMyEvaluationView,
  getSettings,
  listEvaluations,
} from "./evaluations-view.service";
export { decideEvaluation } from "./evaluations-decide.service";
export { updateSettings } from "./evaluations-settings.service";

/** The signed-in member's own proposal (tự đánh giá, xếp loại), until the cell proposes. */
export async function proposeSelf(ctx: Ctx, input: SelfProposalInput): Promise<EvaluationOut> {
  requireRole(ctx, "admin", "secretary", "member");
  requireWritable(ctx);
  const memberId = ctx.actor.memberId;
  if (!memberId) throw notFound("Tài khoản của đồng chí chưa gắn với hồ sơ đảng viên.");
  const year = input.year ?? vnYear(ctx.now);
  const g = await gather(ctx, memberId, year);
  const cycle = requireOpenCycle(g.cycle, year);
  if (g.ev?.status === "decided") throw conflict(LOCKED);
  if (g.ev?.cellLevel) throw conflict("Chi bộ đã đề xuất mức xếp loại: không sửa phần tự đánh giá được nữa.");
  checkVersion(g.ev, input.version);
  const base = g.ev ?? fresh(ctx, cycle, g.member, g.capUnit.id);
  const after = placed(
    { ...base, selfLevel: input.level, selfNote: input.note ?? "", selfAt: ctx.now },
    g.member,
    g.capUnit.id,
  );
  await writeBatch(ctx.db, writeStatements(ctx, g.ev, after, "evaluation.self", null), {
    "evaluations.member_id": conflict(STALE),
  });
  return finish(after, !!g.ev, ctx.now);
}

/** The cell's proposal, with the optional 100-point score and the hard conditions. */
export async function proposeCell(
  ctx: Ctx,
  memberId: string,
  input: CellProposalInput,
): Promise<EvaluationOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const year = input.year ?? vnYear(ctx.now);
  const g = await gather(ctx, memberId, year);
  if (ctx.actor.memberId === memberId)
    throw forbidden("Đồng chí không thể đề xuất xếp loại cho chính mình thay chi bộ.");
  const cycle = requireOpenCycle(g.cycle, year);
  if (g.ev?.status === "decided") throw conflict(LOCKED);
  if (!finalReviewIn(g.reviews)) throw conflict(NO_FINAL);
  if ((input.scoreGeneral === undefined) !== (input.scoreTasks === undefined))
    throw invalid({ scoreTasks: "Nhập đủ cả hai phần điểm, hoặc để trống cả hai." });
  const conditions = input.conditions ?? (g.ev ? parseConditions(g.ev.conditionsJson) : []);
  const tooHigh = levelAboveCap(input.level, [...conditions, ...automaticConditions(g.reviews)]);
  if (tooHigh) throw invalid({ level: tooHigh });
  checkVersion(g.ev, input.version);
  const base = g.ev ?? fresh(ctx, cycle, g.member, g.capUnit.id);
  const after = placed(
    {
      ...base,
      cellLevel: input.level,
      cellNote: input.note ?? "",
      cellAt: ctx.now,
      cellBy: ctx.actor.accountId,
      cellByLabel: ctx.actor.displayName,
      scoreGeneral: input.scoreGeneral ?? null,
      scoreTasks: input.scoreTasks ?? null,
      conditionsJson: JSON.stringify(conditions),
    },
    g.member,
    g.capUnit.id,
  );
  await writeBatch(ctx.db, writeStatements(ctx, g.ev, after, "evaluation.propose", memberId), {
    "evaluations.member_id": conflict(STALE),
  });
  return finish(after, !!g.ev, ctx.now);
}
