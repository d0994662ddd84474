import { vnYear } from "../../domain/time";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { cycleQuery } from "../cycles";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import {
  LOCKED,
  type MemberNow,
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
import type { CellProposalInput, DecideInput, EvaluationOut, SelfProposalInput } from "./evaluations.inputs";
import {
  ancestorsQuery,
  capCounts,
  capCountersQuery,
  capSettingsOf,
  capUnitOf,
  evalByIdQuery,
  parseConditions,
  reviewsQuery,
  settingsQuery,
} from "./evaluations.queries";
import { automaticConditions, canDecide, capCheck, finalReviewIn, levelAboveCap } from "./evaluations.rules";
import { rowOf } from "../../platform/lookups";

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

/**
 * The committee's decision, which locks the evaluation. Deciding "xuất sắc" beyond the cap
 * needs a recorded reason (the warning comes back as a field error on overrideReason).
 */
export async function decideEvaluation(ctx: Ctx, id: string, input: DecideInput): Promise<EvaluationOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const of = rowOf(ctx, "evaluations", id);
  const [rows, cycleRows, reviews, ancestors, counters, settingRows] = await ctx.db.batch([
    evalByIdQuery(ctx, id),
    cycleQuery(ctx, of("cycle_id")),
    reviewsQuery(ctx, of("member_id"), of("year")),
    ancestorsQuery(ctx, of("member_id")),
    capCountersQuery(ctx, of("member_id"), of("year")),
    settingsQuery(ctx),
  ]);
  const found = rows[0];
  if (!found) throw notFound("Không tìm thấy đánh giá.");
  const ev = found.ev;
  if (!canDecide(ctx, found.memberUnitPath, ev.memberId))
    throw forbidden(
      "Chỉ cấp ủy cấp trên của chi bộ (hoặc quản trị viên) mới quyết định xếp loại, và không tự quyết định cho mình.",
    );
  if (ev.status === "decided") throw conflict(LOCKED);
  requireOpenCycle(cycleRows[0], ev.year);
  if (!finalReviewIn(reviews)) throw conflict(NO_FINAL);
  if (!ev.cellLevel) throw conflict("Chi bộ chưa đề xuất mức xếp loại cho đảng viên này.");
  if (ev.version !== input.version) throw conflict(STALE);
  if (input.decisionDate < `${ev.year}-01-01`)
    throw invalid({
      decisionDate: `Ngày quyết định phải từ 01/01/${ev.year} trở đi: đây là xếp loại năm ${ev.year}.`,
    });
  const conditions = input.conditions ?? parseConditions(ev.conditionsJson);
  const tooHigh = levelAboveCap(input.level, [...conditions, ...automaticConditions(reviews)]);
  if (tooHigh) throw invalid({ level: tooHigh });
  const capUnit = capUnitOf(ancestors);
  const cap =
    input.level === "xuat_sac"
      ? capCheck(capSettingsOf(settingRows), capUnit.name, capCounts(counters, capUnit.id))
      : null;
  if (cap?.warning && !input.overrideReason) throw invalid({ overrideReason: cap.warning }, cap.warning);
  const member: MemberNow = {
    id: ev.memberId,
    unitId: found.memberUnitId,
    unitPath: found.memberUnitPath,
    group: found.memberGroup,
  };
  const after = placed(
    {
      ...ev,
      status: "decided",
      decidedLevel: input.level,
      decisionNote: input.note ?? "",
      decidedAt: ctx.now,
      decidedBy: ctx.actor.accountId,
      decidedByLabel: ctx.actor.displayName,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      conditionsJson: JSON.stringify(conditions),
      capWarning: cap?.warning ?? null,
      capOverrideReason: cap?.warning ? input.overrideReason! : null,
    },
    member,
    capUnit.id,
  );
  await writeBatch(ctx.db, writeStatements(ctx, ev, after, "evaluation.decide", ev.memberId));
  return finish(after, true, ctx.now);
}
