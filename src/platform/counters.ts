import type { Group } from "../domain/groups";
import { type SQL, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { unitCounters } from "../db/schema/tenant/counters";
import type { Ctx, PublicCtx } from "./context";
import { batchStatement } from "./batch";
import { counterRowsQuery } from "./counter-rows";
import type { Db } from "./db";
import { inTenant, scoped, subtreeUpperBound, tenantRef } from "./scope";

/** Group dimension of a counter: nhóm 1, nhóm 2, or not split. */
export type CounterGroup = Group | "all";

export interface CounterDelta {
  metric: string;
  grp: CounterGroup;
  delta: number;
}

/** An upsert that adds the new value to an existing counter row. */
const ADD_TO_EXISTING = {
  target: [
    unitCounters.tenantId,
    unitCounters.unitId,
    unitCounters.year,
    unitCounters.metric,
    unitCounters.grp,
  ],
  set: { value: sql`${unitCounters.value} + excluded.value` },
};

/** Unit ids on a materialised path "/a/b/c/" → ["a", "b", "c"] (root first). */
export function pathIds(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/**
 * One statement that adds `deltas` to the counters of the unit at `unitPath` and of every
 * ancestor: put it in the same writeBatch as the change it counts.
 */
export function bumpCounters(
  ctx: Pick<PublicCtx, "db" | "tenant">,
  unitPath: string,
  year: number,
  deltas: CounterDelta[],
) {
  const nonZero = deltas.filter((d) => d.delta !== 0);
  const units = JSON.stringify(pathIds(unitPath));
  const ds = JSON.stringify(nonZero.map((d) => [d.metric, d.grp, d.delta]));
  return ctx.db
    .insert(unitCounters)
    .select(
      sql`SELECT ${ctx.tenant.id}, u.value, ${year}, d.value ->> 0, d.value ->> 1, d.value ->> 2
          FROM json_each(${units}) AS u CROSS JOIN json_each(${ds}) AS d WHERE true`,
    )
    .onConflictDoUpdate(ADD_TO_EXISTING);
}

/** The tenant's counter rows (unit, metric, group, value) matching `conds` (one query for a batch). */
export function counterRows(ctx: Ctx, ...conds: (SQL | undefined)[]) {
  return counterRowsQuery(ctx, ...conds);
}

/** Counter rows of some units for a year (one query; combine with others in a batch). */
export function readCounters(ctx: Ctx, unitIds: string[], year: number, metrics?: string[]) {
  return counterRows(
    ctx,
    inArray(unitCounters.unitId, unitIds.length ? unitIds : [""]),
    eq(unitCounters.year, year),
    metrics ? inArray(unitCounters.metric, metrics) : undefined,
  );
}

/** unitId → metric → grp → value, with "all" filled as the sum of the groups when absent. */
export type CounterTable = Record<string, Record<string, Record<CounterGroup, number>>>;

export function tabulate(
  rows: { unitId: string; metric: string; grp: string; value: number }[],
): CounterTable {
  const out: CounterTable = {};
  for (const r of rows) {
    const unit = out[r.unitId] ?? {};
    out[r.unitId] = unit;
    const m = unit[r.metric] ?? { exemplar: 0, follower: 0, all: 0 };
    unit[r.metric] = m;
    m[r.grp as CounterGroup] += r.value;
  }
  for (const metrics of Object.values(out))
    for (const m of Object.values(metrics)) if (m.all === 0) m.all = m.exemplar + m.follower;
  return out;
}

/**
 * A source of counted facts for the recount: SQL that yields, for the tenant, rows of
 * (unit_path, year, metric, grp, value) at the unit where each fact lives. The recount
 * rolls them up the tree and compares with unit_counters. `src/counter-sources.ts` lists them all.
 */
export interface CounterSource {
  name: string;
  metrics: string[];
  /**
   * Tables whose stored `unit_path` the source counts by: re-rooted with the counters when a unit
   * moves in the tree (sources that join `units` for the path need none).
   */
  pathTables?: string[];
  query: (
    db: Db,
    tenantId: string,
  ) => Promise<{ unitPath: string; year: number; metric: string; grp: string; value: number }[]>;
}

/** The counters of `metrics` of one tenant (a filter). */
export const countersOf = (tenantId: string, metrics: string[]) =>
  scoped(tenantRef(tenantId), unitCounters.tenantId, inArray(unitCounters.metric, metrics));

export function removeCountersOf(db: Db, tenantId: string, metrics: string[]) {
  return db.delete(unitCounters).where(countersOf(tenantId, metrics));
}

export interface UnitCounterDelta {
  unitId: string;
  year: number;
  metric: string;
  grp: CounterGroup;
  delta: number;
}

/**
 * Bulk form of bumpCounters for imports: deltas already rolled up to every ancestor (one
 * entry per unit, year, metric, group). One statement per 500 entries; put them in the
 * same writeBatch as the rows they count.
 */
export function bumpCountersMany(ctx: Pick<PublicCtx, "db" | "tenant">, deltas: UnitCounterDelta[]) {
  const rows = deltas.filter((d) => d.delta !== 0).map((d) => [d.unitId, d.year, d.metric, d.grp, d.delta]);
  const stmts = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = JSON.stringify(rows.slice(i, i + 500));
    stmts.push(
      ctx.db
        .insert(unitCounters)
        .select(
          sql`SELECT ${ctx.tenant.id}, d.value ->> 0, d.value ->> 1, d.value ->> 2, d.value ->> 3, d.value ->> 4
              FROM json_each(${chunk}) AS d WHERE true`,
        )
        .onConflictDoUpdate(ADD_TO_EXISTING),
    );
  }
  return stmts;
}

/** Rolls deltas at units (given by path) up to every ancestor, merged per unit, year and metric. */
export function rollUp(
  items: { unitPath: string; year: number; deltas: CounterDelta[] }[],
): UnitCounterDelta[] {
  const acc = new Map<string, UnitCounterDelta>();
  for (const it of items)
    for (const unitId of pathIds(it.unitPath))
      for (const d of it.deltas) {
        const k = `${unitId}\u0000${it.year}\u0000${d.metric}\u0000${d.grp}`;
        const e = acc.get(k);
        if (e) e.delta += d.delta;
        else acc.set(k, { unitId, year: it.year, metric: d.metric, grp: d.grp, delta: d.delta });
      }
  return [...acc.values()].filter((d) => d.delta !== 0);
}

/**
 * When a unit moves under a new parent, its subtree's counts leave the old ancestors and reach
 * the new ones: the unit's own counters (its subtree's totals, every year and metric) are taken
 * from the ancestors it leaves and added to those it joins, and the stored `unit_path` of
 * counted rows is re-rooted. Put these in the same batch as the move.
 */
export function unitMoveStatements(
  ctx: Pick<PublicCtx, "db" | "tenant">,
  unit: { id: string; path: string },
  newPath: string,
  sources: readonly CounterSource[],
): BatchItem<"sqlite">[] {
  const before = pathIds(unit.path).filter((id) => id !== unit.id);
  const after = pathIds(newPath).filter((id) => id !== unit.id);
  const leave = before.filter((id) => !after.includes(id));
  const join = after.filter((id) => !before.includes(id));
  const shift = (ids: string[], sign: 1 | -1) =>
    batchStatement(
      ctx.db,
      sql`INSERT INTO unit_counters (tenant_id, unit_id, year, metric, grp, value)
        SELECT c.tenant_id, a.value, c.year, c.metric, c.grp, ${sign} * c.value
        FROM unit_counters c CROSS JOIN json_each(${JSON.stringify(ids)}) a
        WHERE ${inTenant(ctx, sql`c.tenant_id`)} AND c.unit_id = ${unit.id} AND c.value <> 0
        ON CONFLICT (tenant_id, unit_id, year, metric, grp) DO UPDATE SET value = unit_counters.value + excluded.value`,
    );
  const out: BatchItem<"sqlite">[] = [];
  if (leave.length) out.push(shift(leave, -1));
  if (join.length) out.push(shift(join, 1));
  const tables = [...new Set(sources.flatMap((s) => s.pathTables ?? []))];
  for (const table of tables)
    out.push(
      batchStatement(
        ctx.db,
        sql`UPDATE ${sql.identifier(table)} SET unit_path = ${newPath} || substr(unit_path, ${unit.path.length + 1})
          WHERE ${inTenant(ctx, sql`tenant_id`)} AND unit_path >= ${unit.path} AND unit_path < ${subtreeUpperBound(unit.path)}`,
      ),
    );
  return out;
}
