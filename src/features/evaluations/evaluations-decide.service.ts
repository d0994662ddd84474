import { sql } from "drizzle-orm";
import { cycles } from "../../db/schema/tenant/cycles";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { DecideInput, EvaluationOut } from "./evaluations.inputs";
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
import { automaticConditions, canDecide, finalReviewIn } from "./evaluations-policy.rules";
import { capCheck, levelAboveCap } from "./evaluations.rules";

import {
  LOCKED,
  type MemberNow,
  NO_FINAL,
  STALE,
  finish,
  placed,
  requireOpenCycle,
  writeStatements,
} from "./evaluations-saving.service";

/**
 * The committee's decision, which locks the evaluation. Deciding "xuất sắc" beyond the cap
 * needs a recorded reason (the warning comes back as a field error on overrideReason).
 */
export async function decideEvaluation(ctx: Ctx, id: string, input: DecideInput): Promise<EvaluationOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const of = (col: string) =>
    sql`(SELECT ${sql.raw(col)} FROM evaluations WHERE id = ${id} AND tenant_id = ${ctx.tenant.id})`;
  const [rows, cycleRows, reviews, ancestors, counters, settingRows] = await ctx.db.batch([
    evalByIdQuery(ctx, id),
    ctx.db
      .select()
      .from(cycles)
      .where(scoped(ctx, cycles.tenantId, sql`${cycles.id} = ${of("cycle_id")}`))
      .limit(1),
    reviewsQuery(ctx, of("member_id"), of("year")),
    ancestorsQuery(ctx, of("member_id")),
    capCountersQuery(ctx, of("member_id"), of("year")),
    settingsQuery(ctx),
  ]);
  const found = rows[0];
  if (!found) throw notFound("Không tìm thấy đánh giá.");
  const ev = found.ev;
  if (!canDecide(ctx, found.unitPath, ev.memberId))
    throw forbidden(
      "Chỉ cấp ủy cấp trên của chi bộ (hoặc quản trị viên) mới quyết định xếp loại, và không tự quyết định cho mình.",
    );
  if (ev.status === "decided") throw conflict(LOCKED);
  requireOpenCycle(cycleRows[0], ev.year);
  if (!finalReviewIn(reviews)) throw conflict(NO_FINAL);
  if (!ev.cellLevel) throw conflict("Chi bộ chưa đề xuất mức xếp loại cho đảng viên này.");
  if (ev.version !== input.version) throw conflict(STALE);
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
    unitId: found.unitId,
    unitPath: found.unitPath,
    group: found.group,
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
