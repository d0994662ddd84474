// Query builders of the evaluation (callers batch them). Member ids may be SQL so a decision can
// gather everything from an evaluation id in one round trip.
import { type SQL, asc, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { unitCounters } from "../../db/schema/tenant/counters";
import { evaluationSettings, evaluations } from "../../db/schema/tenant/evaluations";
import { members } from "../../db/schema/tenant/members";
import { notebookEntries } from "../../db/schema/tenant/notebook";
import type { Ctx } from "../../platform/context";
import { inTenant, matching, onPath, scoped, scopedByKey } from "../../platform/scope";
import { memberReach } from "../plans";
import { DEFAULT_CAP, type CapSettings, type Level } from "./evaluations.rules";
import type { EvaluationOut } from "./evaluations.inputs";
import { counterRowsQuery, countersOfYear } from "../../platform/counter-rows";
import { joinRef, memberNowColumns } from "../../platform/lookups";

export type EvalRow = typeof evaluations.$inferSelect;
type Val = SQL | string | number;
const v = (x: Val): SQL => (typeof x === "object" ? x : sql`${x}`);

/** An evaluation the actor reaches, with its member's current cell and group. */
export function evalByIdQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select({ ev: evaluations, ...memberNowColumns() })
    .from(evaluations)
    .innerJoin(members, joinRef(members, evaluations.memberId, evaluations))
    .innerJoin(units, joinRef(units, members.unitId, members))
    .where(scoped(ctx, evaluations.tenantId, eq(evaluations.id, id), memberReach(ctx)))
    .limit(1);
}

export function settingsQuery(ctx: Ctx) {
  return ctx.db.select().from(evaluationSettings).where(scoped(ctx, evaluationSettings.tenantId)).limit(1);
}

export function capSettingsOf(
  rows: (typeof evaluationSettings.$inferSelect)[],
): CapSettings & { version: number } {
  const r = rows[0];
  return r
    ? { percent: r.capPercent, enabled: r.capEnabled === 1, version: r.version }
    : { ...DEFAULT_CAP, version: 0 };
}

const memberPath = (ctx: Ctx, memberId: Val) =>
  sql`(SELECT u.path FROM members m JOIN units u ON u.id = m.unit_id AND u.tenant_id = m.tenant_id WHERE m.id = ${v(memberId)} AND ${inTenant(ctx, sql`m.tenant_id`)})`;

/** The member's cell and every unit above it, root first. */
export function ancestorsQuery(ctx: Ctx, memberId: Val) {
  return ctx.db
    .select({ id: units.id, name: units.name, kind: units.kind, depth: units.depth })
    .from(units)
    .where(scopedByKey(ctx, units.tenantId, onPath(units.id, memberPath(ctx, memberId))))
    .orderBy(asc(units.depth));
}

/** Decided "xuất sắc" and "tốt" counted at each unit above the member (for the cap check). */
export function capCountersQuery(ctx: Ctx, memberId: Val, year: Val) {
  return counterRowsQuery(
    ctx,
    countersOfYear(v(year), ["eval.level.xuat_sac", "eval.level.tot"]),
    onPath(unitCounters.unitId, memberPath(ctx, memberId)),
  );
}

/** The grassroots organisation of the cap check: the nearest grassroots unit above (or at) the cell, else the cell. */
export function capUnitOf(ancestors: { id: string; name: string; kind: string }[]): {
  id: string;
  name: string;
} {
  const g = [...ancestors].reverse().find((a) => a.kind === "grassroots");
  const u = g ?? ancestors[ancestors.length - 1];
  return u ? { id: u.id, name: u.name } : { id: "", name: "" };
}

export function capCounts(rows: { unitId: string; metric: string; value: number }[], unitId: string) {
  const sum = (metric: string) =>
    rows.filter((r) => r.unitId === unitId && r.metric === metric).reduce((a, r) => a + r.value, 0);
  return { xuatSac: sum("eval.level.xuat_sac"), tot: sum("eval.level.tot") };
}

/** The member's reviews of the year (submitted ones only: they are what the cell judges). */
export function reviewsQuery(ctx: Ctx, memberId: Val, year: Val) {
  return ctx.db
    .select({
      kind: notebookEntries.kind,
      progressJson: notebookEntries.progressJson,
      submittedAt: notebookEntries.submittedAt,
    })
    .from(notebookEntries)
    .where(
      matching(
        ctx,
        notebookEntries,
        { memberId: v(memberId), year: v(year), status: "submitted" },
        sql`${notebookEntries.kind} <> 'free'`,
      ),
    );
}

export function parseConditions(json: string): string[] {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

export function toEvaluationOut(e: EvalRow): EvaluationOut {
  return {
    id: e.id,
    memberId: e.memberId,
    cycleId: e.cycleId,
    year: e.year,
    status: e.status === "decided" ? "decided" : "open",
    selfLevel: e.selfLevel as Level | null,
    selfNote: e.selfNote,
    selfAt: e.selfAt,
    cellLevel: e.cellLevel as Level | null,
    cellNote: e.cellNote,
    cellAt: e.cellAt,
    cellByLabel: e.cellByLabel,
    scoreGeneral: e.scoreGeneral,
    scoreTasks: e.scoreTasks,
    conditions: parseConditions(e.conditionsJson),
    decidedLevel: e.decidedLevel as Level | null,
    decisionNote: e.decisionNote,
    decidedAt: e.decidedAt,
    decidedByLabel: e.decidedByLabel,
    decisionNumber: e.decisionNumber,
    decisionDate: e.decisionDate,
    capWarning: e.capWarning,
    capOverrideReason: e.capOverrideReason,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
