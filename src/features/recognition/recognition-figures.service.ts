/** The feature's figures: one query on unit_counters, whatever the subtree's size. */
import { asc, eq, sql } from "drizzle-orm";
import { unitCounters } from "../../db/schema/tenant/counters";
import { units } from "../../db/schema/tenant/core";
import type { Ctx } from "../../platform/context";
import { counterRows, readCounters, tabulate } from "../../platform/counters";
import { notFound } from "../../platform/errors";
import { inTenant, pathInActorScope, scoped, unitAndChildIds } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { LEVELS, type Level, type SubjectKind } from "./commendations.inputs";
import { MODES, type Mode } from "./conferences.inputs";
import { MODEL_STATUSES, type ModelStatus } from "./models.inputs";
import {
  EXEMPLARY_METRIC,
  EXEMPLAR_METRICS,
  commendationMetric,
  conferenceMetric,
  modelMetric,
} from "./recognition-figures.rules";
// Registers the recount sources wherever the feature is loaded.
import "./recognition-recount.service";

export interface ExemplarFigures {
  unitId: string;
  year: number;
  models: Record<ModelStatus, number> & { total: number; exemplary: number };
  commendations: Record<Level | "total", Record<SubjectKind | "total", number>>;
  conferences: Record<Mode | "total", { count: number; sites: number; participants: number }>;
}

/** Counter rows of the feature for some units and a year: put it in the caller's batch. */
export function exemplarFiguresQuery(ctx: Ctx, unitIds: string[], year: number) {
  return readCounters(ctx, unitIds, year, EXEMPLAR_METRICS);
}

/** Figures of one unit from the rows of exemplarFiguresQuery (absent counters are 0). */
export function toExemplarFigures(
  rows: { unitId: string; metric: string; grp: string; value: number }[],
  unitId: string,
  year: number,
): ExemplarFigures {
  const t = tabulate(rows.filter((r) => r.unitId === unitId))[unitId] ?? {};
  const v = (metric: string) => t[metric]?.all ?? 0;
  const models = Object.fromEntries(MODEL_STATUSES.map((s) => [s, v(modelMetric(s))])) as Record<
    ModelStatus,
    number
  >;
  const comm = {} as ExemplarFigures["commendations"];
  comm.total = { collective: 0, individual: 0, total: 0 };
  for (const l of LEVELS) {
    const c = v(commendationMetric(l, "collective"));
    const i = v(commendationMetric(l, "individual"));
    comm[l] = { collective: c, individual: i, total: c + i };
    comm.total.collective += c;
    comm.total.individual += i;
    comm.total.total += c + i;
  }
  const conf = {} as ExemplarFigures["conferences"];
  conf.total = { count: 0, sites: 0, participants: 0 };
  for (const m of MODES) {
    const x = {
      count: v(conferenceMetric(m, "count")),
      sites: v(conferenceMetric(m, "sites")),
      participants: v(conferenceMetric(m, "participants")),
    };
    conf[m] = x;
    conf.total.count += x.count;
    conf.total.sites += x.sites;
    conf.total.participants += x.participants;
  }
  return {
    unitId,
    year,
    models: {
      ...models,
      total: models.new + models.maintained + models.replicated,
      exemplary: v(EXEMPLARY_METRIC),
    },
    commendations: comm,
    conferences: conf,
  };
}

/** The figures of a unit's whole subtree for a year: the call the reports feature makes. */
export async function exemplarFigures(ctx: Ctx, unitId: string, year: number): Promise<ExemplarFigures> {
  return (await exemplarFiguresWithChildren(ctx, unitId, year)).unit;
}

export interface FiguresView {
  unit: ExemplarFigures & { name: string; code: string };
  children: (ExemplarFigures & { name: string; code: string })[];
}

export type UnitKey = { id: string } | { code: string } | { root: true };

/** A unit's figures and each child's (drill-down): one round trip. */
export async function exemplarFiguresWithChildren(
  ctx: Ctx,
  unit: string | UnitKey,
  year: number,
): Promise<FiguresView> {
  requireRole(ctx, "admin", "secretary");
  const key: UnitKey = typeof unit === "string" ? { id: unit } : unit;
  const self =
    "id" in key
      ? sql`${key.id}`
      : "code" in key
        ? sql`(SELECT id FROM ${units} WHERE ${inTenant(ctx, units.tenantId)} AND code = ${key.code})`
        : sql`(SELECT id FROM ${units} WHERE ${inTenant(ctx, units.tenantId)} AND depth = 0 LIMIT 1)`;
  const family = sql`${units.id} IN ${unitAndChildIds(ctx, self)}`;
  const [found, counters] = await ctx.db.batch([
    ctx.db
      .select({ id: units.id, name: units.name, code: units.code, path: units.path })
      .from(units)
      .where(scoped(ctx, units.tenantId, family))
      .orderBy(asc(units.depth), asc(units.code)),
    counterRows(
      ctx,
      eq(unitCounters.year, year),
      sql`${unitCounters.metric} LIKE 'exemplars.%'`,
      sql`${unitCounters.unitId} IN (SELECT ${units.id} FROM ${units} WHERE ${inTenant(ctx, units.tenantId)} AND ${family})`,
    ),
  ]);
  const head = found[0];
  if (!head || !pathInActorScope(ctx, head.path)) throw notFound("Không tìm thấy đơn vị.");
  const fig = (u: { id: string; name: string; code: string }) => ({
    ...toExemplarFigures(counters, u.id, year),
    name: u.name,
    code: u.code,
  });
  return { unit: fig(head), children: found.slice(1).map(fig) };
}

// The metric names stay importable from here (the reports catalogue reads them).
export { EXEMPLARY_METRIC, EXEMPLAR_METRICS, commendationMetric, conferenceMetric, modelMetric };
