// A fact source over one table whose counters see only the rows in one status (the submitted
// notebook entries, the decided evaluations): the recount groups those rows by the columns the
// facts read and hands each group, with that status, to the feature's facts.
import { type InferSelectModel, eq, getTableName } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Fact, columnsOf, factSource } from "./counter-facts";
import type { CounterSource } from "./counters";

type StatusTable = SQLiteTable & { tenantId: SQLiteColumn; status: SQLiteColumn };

export function statusFactSource<
  T extends StatusTable,
  K extends keyof T["_"]["columns"] & keyof InferSelectModel<T> & string,
>(s: {
  name: string;
  metrics: readonly string[];
  table: T;
  status: string;
  by: K[];
  facts: (row: Pick<InferSelectModel<T>, K> & { status: string }) => Fact[];
}): CounterSource {
  return factSource({
    name: s.name,
    pathTables: [getTableName(s.table)],
    metrics: s.metrics,
    parts: [
      {
        table: s.table,
        by: columnsOf(s.table, ...s.by),
        where: eq(s.table.status, s.status),
        facts: (r: Pick<InferSelectModel<T>, K>) => s.facts({ ...r, status: s.status }),
      },
    ],
  });
}
