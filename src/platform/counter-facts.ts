// Counting as a pure function of state: a row contributes facts (unit, year, metric, group, n);
// a write bumps the counters by what the row contributes after minus what it contributed before,
// and the recount rebuilds them from the same facts of the stored rows.
import { type SQL, getTableColumns, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { PublicCtx } from "./context";
import { type CounterDelta, type CounterGroup, type CounterSource, bumpCounters } from "./counters";
import type { Db } from "./db";
import { scoped, tenantRef } from "./scope";

export interface Fact {
  unitPath: string;
  year: number;
  metric: string;
  grp: CounterGroup;
  n: number;
}

export interface CounterChange {
  unitPath: string;
  year: number;
  deltas: CounterDelta[];
}

/** after − before, grouped by (unit, year), without zero deltas. */
export function counterChanges(before: Fact[], after: Fact[]): CounterChange[] {
  const sums = new Map<string, number>();
  const add = (f: Fact, sign: number) => {
    const k = JSON.stringify([f.unitPath, f.year, f.metric, f.grp]);
    sums.set(k, (sums.get(k) ?? 0) + sign * f.n);
  };
  for (const f of before) add(f, -1);
  for (const f of after) add(f, 1);
  const groups = new Map<string, CounterChange>();
  for (const [k, delta] of sums) {
    if (delta === 0) continue;
    const [unitPath, year, metric, grp] = JSON.parse(k) as [string, number, string, CounterGroup];
    const gk = `${unitPath}\u0000${year}`;
    const g = groups.get(gk) ?? { unitPath, year, deltas: [] };
    g.deltas.push({ metric, grp, delta });
    groups.set(gk, g);
  }
  return [...groups.values()];
}

/** The bumpCounters statements that take the counters from the `before` facts to the `after` facts. */
export function factBumps(ctx: Pick<PublicCtx, "db" | "tenant">, before: Fact[], after: Fact[]) {
  return counterChanges(before, after).map((c) => bumpCounters(ctx, c.unitPath, c.year, c.deltas));
}

/** A member's group as a counter group (anything unknown counts under "follower"). */
export function groupOf(g: string | null | undefined): "exemplar" | "follower" {
  return g === "exemplar" ? "exemplar" : "follower";
}

/** The columns `keys` of `table`, by key: what a part groups its rows by. */
export function columnsOf<T extends SQLiteTable, K extends keyof T["_"]["columns"] & string>(
  table: T,
  ...keys: K[]
): Record<K, SQLiteColumn> {
  const cols = getTableColumns(table) as Record<string, SQLiteColumn>;
  return Object.fromEntries(keys.map((k) => [k, cols[k]])) as Record<K, SQLiteColumn>;
}

/** One grouped count over a table of a source: the rows by `by`, their facts weighted by the count. */
export interface FactPart<R> {
  table: SQLiteTable & { tenantId: SQLiteColumn };
  by: Record<string, SQLiteColumn | SQL>;
  where?: SQL;
  facts: (row: R & { n: number }) => Fact[];
}

// biome-ignore lint/suspicious/noExplicitAny: each part has its own row type
type AnyPart = FactPart<any>;

/**
 * A CounterSource that rebuilds its metrics from the raw rows: each part counts the tenant's rows
 * grouped by the columns its facts depend on, in one batch.
 */
export function factSource(s: {
  name: string;
  metrics: readonly string[];
  pathTables?: string[];
  parts: AnyPart[];
}): CounterSource {
  return {
    name: s.name,
    metrics: [...s.metrics],
    ...(s.pathTables ? { pathTables: s.pathTables } : {}),
    async query(db: Db, tenantId: string) {
      const t = tenantRef(tenantId);
      const queries = s.parts.map((p) =>
        db
          .select({ ...p.by, n: sql<number>`count(*)` })
          .from(p.table)
          .where(scoped(t, p.table.tenantId, p.where))
          .groupBy(...Object.values(p.by)),
      );
      const results = (await db.batch(queries as [(typeof queries)[0], ...typeof queries])) as {
        n: number;
      }[][];
      return results.flatMap((rows, i) =>
        rows.flatMap((r) =>
          s.parts[i]!.facts(r).map((f) => ({
            unitPath: f.unitPath,
            year: f.year,
            metric: f.metric,
            grp: f.grp,
            value: r.n * f.n,
          })),
        ),
      );
    },
  };
}
