// Scalar subqueries for batched reads: a value of a row known only by its id (the member of an
// entry, the path of a unit), so a read batch can find everything from one id in one round trip.
import { type SQL, and, eq, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { type TenantRef, inTenant, scoped } from "./scope";

/**
 * SQL: the column `col` of the row `id` of `table` in the tenant (NULL when there is none).
 * `table` and `col` are trusted identifiers written in the code, never input.
 */
export function columnOf(ctx: TenantRef, table: string, id: string | SQL, col: string): SQL {
  return sql`(SELECT ${sql.raw(col)} FROM ${sql.raw(table)} WHERE id = ${id} AND ${inTenant(ctx, sql.raw("tenant_id"))})`;
}

/** columnOf() bound to one row: `of("member_id")`, `of("year")`. */
export function rowOf(ctx: TenantRef, table: string, id: string | SQL): (col: string) => SQL {
  return (col) => columnOf(ctx, table, id, col);
}

/** SQL: the materialised path of the unit `unitId` (NULL when there is none). */
export function unitPathOf(ctx: TenantRef, unitId: string | SQL): SQL {
  return columnOf(ctx, "units", unitId, "path");
}

/** `path` lies in the subtree under the root path given as SQL (a subquery): a range scan, never LIKE. */
export function inSubtreeOf(pathColumn: SQLiteColumn | SQL, root: SQL): SQL {
  return sql`(${pathColumn} >= ${root} AND ${pathColumn} < substr(${root}, 1, length(${root}) - 1) || '0')`;
}

type Versioned = SQLiteTable & { tenantId: SQLiteColumn; id: SQLiteColumn; version: SQLiteColumn };

/** The row `id` as it was read (`version`): the WHERE of a conditional write, followed by guardChanged(). */
export function atVersion(ctx: TenantRef, table: Versioned, id: string, version: number): SQL {
  return scoped(ctx, table.tenantId, eq(table.id, id), eq(table.version, version));
}

/** Join condition: the row of `table` that `ref` (a column of `from`) points at, in the same tenant. */
export function joinRef(
  table: { id: SQLiteColumn; tenantId: SQLiteColumn },
  ref: SQLiteColumn,
  from: { tenantId: SQLiteColumn },
): SQL {
  return and(eq(table.id, ref), eq(table.tenantId, from.tenantId)) as SQL;
}
