import type { cycles } from "../../db/schema/tenant/cycles";
import { evaluations } from "../../db/schema/tenant/evaluations";
import { auditInsert } from "../../platform/audit";
import type { EventType } from "../../domain/events";
import { eventInsert } from "../../platform/events";
import type { Ctx } from "../../platform/context";
import { conflict, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { factBumps } from "../../platform/counter-facts";
import { cycleByYearQuery } from "../notebook";
import { memberWithCellQuery } from "../plans";
import type { EvaluationOut } from "./evaluations.inputs";
import { LEVEL_LABEL, type Level, evaluationFacts } from "./evaluations.rules";
import { notifyStatement } from "../notifications";
import {
  type EvalRow,
  ancestorsQuery,
  capUnitOf,
  reviewsQuery,
  toEvaluationOut,
} from "./evaluations.queries";
import { firstVersion, nextVersion, writeAtVersion } from "../../platform/lookups";
import { evaluationOfMemberQuery } from "../notebook";

export const LOCKED = "Kết quả xếp loại đã được quyết định và khóa: không sửa được nữa.";
export const STALE = "Đánh giá vừa được thay đổi ở nơi khác. Vui lòng tải lại trang.";
export const NO_FINAL =
  "Đảng viên chưa nộp bản tổng kết năm trong sổ tay: chưa thể đề xuất hay quyết định xếp loại.";

export type MemberNow = { id: string; unitId: string; unitPath: string; group: string };
export type CycleRow = typeof cycles.$inferSelect;

export function requireOpenCycle(c: CycleRow | undefined, year: number | string): CycleRow {
  if (!c) throw conflict(`Chưa mở chu kỳ năm ${year}.`);
  if (c.status !== "open") throw conflict(`Chu kỳ năm ${c.year} đã khóa: không thay đổi đánh giá được nữa.`);
  return c;
}

/** Where the evaluation counts: the member's cell and group now, and the grassroots unit of the cap check. */
export function placed(row: EvalRow, m: MemberNow, capUnitId: string): EvalRow {
  return { ...row, unitId: m.unitId, unitPath: m.unitPath, grp: m.group, capUnitId };
}

export function fresh(ctx: Ctx, cycle: CycleRow, m: MemberNow, capUnitId: string): EvalRow {
  return placed(
    {
      id: newId(),
      tenantId: ctx.tenant.id,
      cycleId: cycle.id,
      year: cycle.year,
      memberId: m.id,
      unitId: "",
      unitPath: "",
      grp: "",
      capUnitId: "",
      status: "open",
      selfLevel: null,
      selfNote: "",
      selfAt: null,
      cellLevel: null,
      cellNote: "",
      cellAt: null,
      cellBy: null,
      cellByLabel: null,
      scoreGeneral: null,
      scoreTasks: null,
      conditionsJson: "[]",
      decidedLevel: null,
      decisionNote: "",
      decidedAt: null,
      decidedBy: null,
      decidedByLabel: null,
      decisionNumber: null,
      decisionDate: null,
      capWarning: null,
      capOverrideReason: null,
      ...firstVersion(ctx),
    },
    m,
    capUnitId,
  );
}

/** Everything a proposal needs about the member and the year: one round trip. */
export async function gather(ctx: Ctx, memberId: string, year: number) {
  const [memberRows, cycleRows, evRows, reviews, ancestors] = await ctx.db.batch([
    memberWithCellQuery(ctx, memberId),
    cycleByYearQuery(ctx, year),
    evaluationOfMemberQuery(ctx, memberId, year),
    reviewsQuery(ctx, memberId, year),
    ancestorsQuery(ctx, memberId),
  ]);
  const member = memberRows[0];
  if (!member) throw notFound("Không tìm thấy đảng viên.");
  return { member, cycle: cycleRows[0], ev: evRows[0], reviews, capUnit: capUnitOf(ancestors) };
}

const EVENT_OF: Record<string, EventType> = {
  "evaluation.self": "evaluation.self_assessed",
  "evaluation.propose": "evaluation.proposed",
  "evaluation.decide": "evaluation.decided",
};

/** The change event of an evaluation: its levels and state; the notes (personal writing) stay in the API. */
function evaluationEvent(ctx: Ctx, type: EventType, row: EvalRow) {
  const {
    selfNote: _s,
    cellNote: _c,
    decisionNote: _d,
    capOverrideReason: _r,
    ...data
  } = toEvaluationOut(row);
  return eventInsert(ctx, {
    type,
    unit: { id: row.unitId, path: row.unitPath },
    resource: { type: "evaluation", id: row.id },
    data: { ...data, unitId: row.unitId },
  });
}

/** Insert or versioned update, with the audit row, the change event and any counters. */
export function writeStatements(
  ctx: Ctx,
  before: EvalRow | undefined,
  after: EvalRow,
  action: string,
  onBehalfOf: string | null,
) {
  const stmts = before
    ? [
        ...writeAtVersion(ctx, evaluations, before, {
          ...after,
          ...nextVersion(before, ctx),
        }),
      ]
    : [ctx.db.insert(evaluations).values(after)];
  return [
    ...stmts,
    ...factBumps(ctx, before ? evaluationFacts(before) : [], evaluationFacts(after)),
    auditInsert(ctx, {
      action,
      entityType: "evaluation",
      entityId: after.id,
      onBehalfOf,
      before: before ? toEvaluationOut(before) : undefined,
      after: toEvaluationOut(after),
    }),
    ...(EVENT_OF[action]
      ? [evaluationEvent(ctx, EVENT_OF[action], before ? { ...after, ...nextVersion(before, ctx) } : after)]
      : []),
    ...evaluationNotice(ctx, action, after),
  ];
}

/** The member is told of the cell's proposal and of the committee's decision, in the same batch. */
function evaluationNotice(ctx: Ctx, action: string, row: EvalRow) {
  const level = action === "evaluation.propose" ? row.cellLevel : row.decidedLevel;
  if ((action !== "evaluation.propose" && action !== "evaluation.decide") || !level) return [];
  const label = LEVEL_LABEL[level as Level];
  const proposed = action === "evaluation.propose";
  const n = notifyStatement(ctx, [
    {
      memberId: row.memberId,
      kind: proposed ? "evaluation.proposed" : "evaluation.decided",
      title: proposed ? `Chi bộ đã đề xuất xếp loại năm ${row.year}` : `Kết quả xếp loại năm ${row.year}`,
      body: proposed
        ? `Chi bộ đề xuất xếp loại đồng chí ở mức “${label}”. Cấp ủy cấp trên sẽ xem xét, quyết định.`
        : `Cấp ủy đã quyết định xếp loại đồng chí năm ${row.year}: “${label}”.`,
      link: `/members/${row.memberId}/evaluation?year=${row.year}`,
    },
  ]);
  return n ? [n] : [];
}

export function checkVersion(ev: EvalRow | undefined, version: number | undefined) {
  if (ev && ev.version !== version) throw conflict(STALE);
}

export const finish = (row: EvalRow, existed: boolean, now: number): EvaluationOut =>
  toEvaluationOut(existed ? { ...row, version: row.version + 1, updatedAt: now } : row);
