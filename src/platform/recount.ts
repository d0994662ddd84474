import { unitCounters } from "../db/schema/tenant/counters";
import type { Db } from "./db";
import { type CounterSource, countersOf, pathIds, removeCountersOf } from "./counters";

export interface CounterDiff {
  unitId: string;
  year: number;
  metric: string;
  grp: string;
  stored: number;
  actual: number;
}

const key = (u: string, y: number, m: string, g: string) => `${u}\u0000${y}\u0000${m}\u0000${g}`;

/**
 * Rebuilds the counters of `sources` from raw rows, rolled up the tree, and lists the
 * differences with unit_counters. With `fix`, replaces the stored counters of those
 * metrics by the recounted ones in one batch.
 */
export async function recountCounters(
  db: Db,
  tenantId: string,
  sources: readonly CounterSource[],
  opts: { fix?: boolean } = {},
): Promise<CounterDiff[]> {
  const actual = new Map<string, number>();
  const metrics = sources.flatMap((s) => s.metrics);
  for (const source of sources) {
    for (const r of await source.query(db, tenantId)) {
      for (const unitId of pathIds(r.unitPath)) {
        const k = key(unitId, r.year, r.metric, r.grp);
        actual.set(k, (actual.get(k) ?? 0) + r.value);
      }
    }
  }
  const stored = new Map<string, number>();
  if (metrics.length) {
    const rows = await db.select().from(unitCounters).where(countersOf(tenantId, metrics));
    for (const r of rows) stored.set(key(r.unitId, r.year, r.metric, r.grp), r.value);
  }
  const diffs: CounterDiff[] = [];
  for (const k of new Set([...actual.keys(), ...stored.keys()])) {
    const a = actual.get(k) ?? 0;
    const s = stored.get(k) ?? 0;
    if (a === s) continue;
    const [unitId, year, metric, grp] = k.split("\u0000") as [string, string, string, string];
    diffs.push({ unitId, year: Number(year), metric, grp, stored: s, actual: a });
  }
  if (opts.fix && diffs.length) {
    const rows = [...actual.entries()].map(([k, value]) => {
      const [unitId, year, metric, grp] = k.split("\u0000") as [string, string, string, string];
      return { tenantId, unitId, year: Number(year), metric, grp, value };
    });
    const deleteOld = removeCountersOf(db, tenantId, metrics);
    const inserts = [];
    for (let i = 0; i < rows.length; i += 14)
      inserts.push(db.insert(unitCounters).values(rows.slice(i, i + 14)));
    await db.batch([deleteOld, ...inserts]);
  }
  return diffs.sort((x, y) => x.unitId.localeCompare(y.unitId) || x.metric.localeCompare(y.metric));
}
