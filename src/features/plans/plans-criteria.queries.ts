// The adapter between plans and the criteria feature: the effective criteria of a member's
// cell, the focus issues and the year theme, as query builders for the plan page's single
// read batch (criteria's own resolveEffectiveCriteria would cost a round trip of its own).
import type { Group } from "../../domain/groups";
import { type SQL, eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { criteriaYearThemes } from "../../db/schema/tenant/criteria";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { scoped } from "../../platform/scope";
import {
  type JoinedRow,
  type UnitLite,
  buildLevels,
  focusIssuesOnPathQuery,
  pathPublishedRowsQuery,
  pathUnitsQuery,
} from "../criteria";
import { type EffectiveCriterion, foldLevels } from "../criteria";
import { type EffectiveResult, criteriaUsageStatements } from "../criteria";

/** The id of the member's cell, as SQL (the seed of every path query). */
export function memberUnitSql(ctx: Ctx, memberId: string): SQL {
  return sql`(SELECT ${members.unitId} FROM ${members} WHERE ${members.tenantId} = ${ctx.tenant.id} AND ${members.id} = ${memberId})`;
}

/** Criteria, focus issues and the theme of the member's cell for a year: four batchable reads. */
export function criteriaReads(ctx: Ctx, memberId: string, year: number) {
  const seed = memberUnitSql(ctx, memberId);
  return [
    pathUnitsQuery(ctx, seed),
    pathPublishedRowsQuery(ctx, seed, year),
    focusIssuesOnPathQuery(ctx, seed, year),
    ctx.db
      .select({ termTheme: criteriaYearThemes.termTheme, yearTheme: criteriaYearThemes.yearTheme })
      .from(criteriaYearThemes)
      .where(scoped(ctx, criteriaYearThemes.tenantId, eq(criteriaYearThemes.year, year)))
      .limit(1),
  ] as const;
}

export interface CriteriaContext {
  /** The effective criteria of the plan's group, numbered within it. */
  criteria: EffectiveCriterion[];
  focusIssues: { id: string; title: string; kind: string; unitName: string }[];
  yearTheme: { termTheme: string; yearTheme: string } | null;
  /** The set versions the criteria were folded from: locked by a save (criteria's usage hook). */
  usage: (ctx: Ctx) => BatchItem<"sqlite">[];
}

type Reads = ReturnType<typeof criteriaReads>;

/** Folds the results of criteriaReads (in the same order) for the plan's group. */
export function finishCriteria(year: number, group: Group, r: unknown[]): CriteriaContext {
  const [path, rows, focus, theme] = r as [UnitLite[], JoinedRow[], Awaited<Reads[2]>, Awaited<Reads[3]>];
  const levels = buildLevels(path, rows);
  const snap = foldLevels(levels).at(-1);
  const unit = path.at(-1);
  const result: EffectiveResult | null =
    snap && unit
      ? {
          unit: { id: unit.id, name: unit.name, kind: unit.kind, depth: unit.depth },
          year,
          group,
          levels: levels.map((l) => ({ ...l.unit, version: l.version })),
          criteria: snap.criteria.filter((c) => c.group === group),
          hidden: [],
        }
      : null;
  return {
    criteria: result?.criteria ?? [],
    focusIssues: focus.map((f) => ({ id: f.id, title: f.title, kind: f.kind, unitName: f.unitName })),
    yearTheme: theme[0] ?? null,
    usage: (ctx) => (result ? criteriaUsageStatements(ctx, result) : []),
  };
}
