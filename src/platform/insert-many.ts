// Many rows in one statement: `INSERT … SELECT … FROM json_each(?)` binds one parameter however
// many rows there are, where a VALUES list would hit D1's 100-parameter limit.
import { getTableColumns, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./db";

/** One INSERT of all `rows` (in the table's column order), or null when there are none. */
export function insertMany<T extends SQLiteTable>(db: Db, table: T, rows: T["$inferInsert"][]) {
  if (rows.length === 0) return null;
  const keys = Object.keys(getTableColumns(table));
  const data = JSON.stringify(rows.map((r) => keys.map((k) => (r as Record<string, unknown>)[k] ?? null)));
  const cols = sql.join(
    keys.map((_, i) => sql.raw(`j.value ->> ${i}`)),
    sql`, `,
  );
  return db.insert(table).select(sql`SELECT ${cols} FROM json_each(${data}) AS j WHERE true`);
}
