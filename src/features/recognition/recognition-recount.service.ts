/** Recount sources: the feature's counted facts from raw rows, listed in src/counter-sources.ts. */
import { and, eq, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { units } from "../../db/schema/tenant/core";
import {
  commendations,
  exemplarModelYears,
  exemplarModels,
  studyConferences,
} from "../../db/schema/tenant/exemplars";
import type { CounterSource } from "../../platform/counters";
import type { Db } from "../../platform/db";
import { inTenant, tenantRef } from "../../platform/scope";
import type { Level, SubjectKind } from "./commendations.inputs";
import {
  COMMENDATION_METRICS,
  CONFERENCE_METRICS,
  MODEL_METRICS,
  commendationMetric,
  conferenceDeltas,
  yearDeltas,
} from "./recognition-figures.rules";

type SourceRow = { unitPath: string; year: number; metric: string; grp: string; value: number };

/** What every source counts by: the unit's path and the year, with the number of rows. */
const perUnitYear = <Y extends SQLiteColumn>(t: { year: Y }) => ({
  unitPath: units.path,
  year: t.year,
  n: sql<number>`count(*)`,
});
/** Joins units to a row of the feature's tables, within the row's tenant. */
const unitOf = (t: { unitId: SQLiteColumn; tenantId: SQLiteColumn }) =>
  and(eq(units.id, t.unitId), eq(units.tenantId, t.tenantId));

async function modelFacts(db: Db, tenantId: string): Promise<SourceRow[]> {
  const y = exemplarModelYears;
  const base = db
    .select({ ...perUnitYear(y), status: y.status, exemplary: y.exemplary })
    .from(y)
    .innerJoin(exemplarModels, and(eq(exemplarModels.id, y.modelId), eq(exemplarModels.tenantId, y.tenantId)))
    .innerJoin(units, and(eq(units.id, exemplarModels.unitId), eq(units.tenantId, y.tenantId)))
    .where(inTenant(tenantRef(tenantId), y.tenantId))
    .groupBy(units.path, y.year, y.status, y.exemplary);
  const out: SourceRow[] = [];
  for (const r of await base) {
    for (const d of yearDeltas(r, r.n))
      out.push({ unitPath: r.unitPath, year: r.year, metric: d.metric, grp: "all", value: d.delta });
  }
  return out;
}

async function commendationFacts(db: Db, tenantId: string): Promise<SourceRow[]> {
  const c = commendations;
  const rows = await db
    .select({ ...perUnitYear(c), level: c.level, kind: c.subjectKind })
    .from(c)
    .innerJoin(units, unitOf(c))
    .where(inTenant(tenantRef(tenantId), c.tenantId))
    .groupBy(units.path, c.year, c.level, c.subjectKind);
  return rows.map((r) => ({
    unitPath: r.unitPath,
    year: r.year,
    metric: commendationMetric(r.level as Level, r.kind as SubjectKind),
    grp: "all",
    value: r.n,
  }));
}

async function conferenceFacts(db: Db, tenantId: string): Promise<SourceRow[]> {
  const c = studyConferences;
  const rows = await db
    .select({
      ...perUnitYear(c),
      mode: c.mode,
      sites: sql<number>`sum(${c.sites})`,
      participants: sql<number>`sum(${c.participants})`,
    })
    .from(c)
    .innerJoin(units, unitOf(c))
    .where(inTenant(tenantRef(tenantId), c.tenantId))
    .groupBy(units.path, c.year, c.mode);
  return rows.flatMap((r) =>
    conferenceDeltas({ mode: r.mode, sites: r.sites, participants: r.participants }).map((d, i) => ({
      unitPath: r.unitPath,
      year: r.year,
      metric: d.metric,
      grp: "all",
      value: i === 0 ? r.n : d.delta,
    })),
  );
}

/** The registry's counter sources: models, commendations and conferences. */
export const exemplarsCounterSources: CounterSource[] = [
  { name: "exemplars.models", metrics: MODEL_METRICS, query: modelFacts },
  { name: "exemplars.commendations", metrics: COMMENDATION_METRICS, query: commendationFacts },
  { name: "exemplars.conferences", metrics: CONFERENCE_METRICS, query: conferenceFacts },
];
