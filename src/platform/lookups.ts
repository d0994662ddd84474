// Query pieces the features would otherwise each write again: scalar subqueries for batched reads
// (a value of a row known only by its id), subtree ranges on an SQL root, joins by reference within
// the tenant, and conditional writes of a row at the version it was read.
import { type SQL, and, eq, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import { units } from "../db/schema/tenant/core";
import { members } from "../db/schema/tenant/members";
import { guardChanged } from "./batch";
import type { Ctx } from "./context";
import type { Db } from "./db";
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

/**
 * The conditional write of a row read at `version`: the UPDATE (or DELETE when `set` is null)
 * and guardChanged(), so a lost race rolls the whole batch back.
 */
export function writeAtVersion<T extends Versioned>(
  ctx: TenantRef & { db: Db },
  table: T,
  row: { id: string; version: number },
  set: SQLiteUpdateSetSource<T> | null,
) {
  const where = atVersion(ctx, table, row.id, row.version);
  const write = set ? ctx.db.update(table).set(set).where(where) : ctx.db.delete(table).where(where);
  return [write, guardChanged(ctx.db)] as const;
}

/**
 * A member's name, current cell and group, for a select joined to `members` and the member's unit.
 * Aliased: a column name repeated in a joined select shifts the values in a D1 batch.
 */
export const memberNowColumns = () => ({
  memberName: members.fullName,
  memberUnitId: sql<string>`${members.unitId}`.as("member_unit_id"),
  memberUnitPath: units.path,
  memberGroup: members.memberGroup,
});

/** How many rows of `table` in the tenant match `conds`: `[{ n }]` (one statement for a read batch). */
export function countQuery(
  ctx: TenantRef & { db: Db },
  table: SQLiteTable & { tenantId: SQLiteColumn },
  ...conds: (SQL | undefined)[]
) {
  return ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .where(scoped(ctx, table.tenantId, ...conds));
}

/** A new row's optimistic-concurrency counter and timestamps (the schema's `versioned()` columns). */
export const firstVersion = (ctx: { now: number }) => ({
  version: 1,
  createdAt: ctx.now,
  updatedAt: ctx.now,
});

/** The version and timestamp of a row's next write, after `row` as it was read. */
export const nextVersion = (row: { version: number }, ctx: { now: number }) => ({
  version: row.version + 1,
  updatedAt: ctx.now,
});

/**
 * The unit an export is about, for its title: the filtered unit (by id or code), else the actor's
 * own unit, else the tenant's root. Read it with exportUnitName().
 */
export function exportUnitQuery(ctx: Ctx, by: { id?: string; code?: string } = {}) {
  const which = by.id
    ? eq(units.id, by.id)
    : by.code
      ? eq(units.code, by.code)
      : ctx.actor.unitId
        ? eq(units.id, ctx.actor.unitId)
        : eq(units.depth, 0);
  return ctx.db
    .select({ name: units.name })
    .from(units)
    .where(scoped(ctx, units.tenantId, which))
    .limit(1);
}

/** The unit name exportUnitQuery() read, or the tenant's name. */
export const exportUnitName = (ctx: Ctx, rows: { name: string }[]): string =>
  rows[0]?.name ?? ctx.tenant.name;
