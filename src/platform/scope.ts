import { type SQL, and, eq, getTableColumns, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Ctx } from "./context";

let tenantFilterEnabled = true;

/** Test-only: switches the tenant filter off so the isolation suite can prove it would fail. */
export function setTenantFilterForTests(enabled: boolean): void {
  tenantFilterEnabled = enabled;
}

/** Whose rows a filter selects: a service context, or `tenantRef(id)` where only the id is at hand. */
export type TenantRef = { tenant: { id: string } };
export const tenantRef = (id: string): TenantRef => ({ tenant: { id } });

/**
 * `tenant_id = ctx.tenant.id`: every query on tenant data goes through this (or scoped()), so the
 * isolation suite's switch reaches all of them. `column` may be raw SQL for an aliased table
 * (sql`c.tenant_id`).
 */
export function inTenant(ctx: TenantRef, column: SQLiteColumn | SQL): SQL {
  return tenantFilterEnabled ? sql`${column} = ${ctx.tenant.id}` : sql`1 = 1`;
}

/**
 * Like scoped(), for rows looked up by their own key (the units on a path): the tenant check is a
 * plain filter (`+tenant_id` keeps SQLite off the tenant_id indexes), so the rows are found by key
 * instead of by reading every row of the tenant.
 */
export function scopedByKey(ctx: TenantRef, column: SQLiteColumn | SQL, ...conds: (SQL | undefined)[]): SQL {
  return and(tenantFilterEnabled ? sql`+${column} = ${ctx.tenant.id}` : sql`1 = 1`, ...conds) as SQL;
}

/** inTenant(...) AND the other conditions. */
export function scoped(ctx: TenantRef, column: SQLiteColumn | SQL, ...conds: (SQL | undefined)[]): SQL {
  return and(inTenant(ctx, column), ...conds) as SQL;
}

type Columns<T extends SQLiteTable> = T["_"]["columns"];

/**
 * scoped() on `table` with a column = value condition per entry of `values` (keys are the table's
 * column keys; a value may be SQL, e.g. a subquery): `matching(ctx, plans, { memberId, year }, planScope(ctx))`.
 */
export function matching<T extends SQLiteTable & { tenantId: SQLiteColumn }>(
  ctx: TenantRef,
  table: T,
  values: { [K in keyof Columns<T>]?: Columns<T>[K]["_"]["data"] | SQL },
  ...conds: (SQL | undefined)[]
): SQL {
  const cols = getTableColumns(table) as Record<string, SQLiteColumn>;
  return scoped(ctx, table.tenantId, ...Object.entries(values).map(([k, v]) => eq(cols[k]!, v)), ...conds);
}

/** `path` lies in the subtree rooted at `rootPath` (range scan, never LIKE). */
export function inSubtree(pathColumn: SQLiteColumn | SQL, rootPath: string): SQL {
  return sql`(${pathColumn} >= ${rootPath} AND ${pathColumn} < ${subtreeUpperBound(rootPath)})`;
}

/** Paths end in "/"; the next code point after "/" is "0", so [p, p with "/"→"0") is the subtree. */
export function subtreeUpperBound(rootPath: string): string {
  return rootPath.slice(0, -1) + "0";
}

export function isInSubtree(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}

/** SQL: the ids on a materialised path "/a/b/c/" as a JSON array (ids are [0-9a-z], no quoting needed). */
export function pathJson(path: SQL): SQL {
  return sql`('["' || replace(substr(${path}, 2, length(${path}) - 2), '/', '","') || '"]')`;
}

/**
 * `column` is one of the units on `path` (SQL yielding a materialised path, NULL for none): one
 * primary-key probe per level, never a scan of the tenant's units as `instr(path, id)` would be.
 */
export function onPath(column: SQLiteColumn | SQL, path: SQL): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${pathJson(path)}))`;
}

/**
 * SQL subquery: the unit `unitId` and the ids of its children. A UNION of two index lookups:
 * `id = ? OR parent_id = ?` would make SQLite read every unit of the tenant.
 */
export function unitAndChildIds(ctx: TenantRef, unitId: string | SQL): SQL {
  return sql`(SELECT ${unitId} UNION ALL SELECT c.id FROM units c WHERE ${inTenant(ctx, sql`c.tenant_id`)} AND c.parent_id = ${unitId})`;
}

/**
 * The rows the actor may reach, by the unit path `path` of each row: all (admin, `undefined`), the
 * subtree of the secretary's unit, or nothing; `own(memberId)` adds the actor's own rows (a secretary's
 * own plan, a member's own records) where a feature has them.
 */
export function actorScope(
  ctx: Pick<Ctx, "actor">,
  path: SQLiteColumn | SQL,
  own?: (memberId: string) => SQL,
): SQL | undefined {
  const a = ctx.actor;
  if (a.role === "admin") return undefined;
  const mine = own && a.memberId ? own(a.memberId) : undefined;
  if (a.role === "secretary" && a.unitPath) {
    const sub = inSubtree(path, a.unitPath);
    return mine ? sql`(${sub} OR ${mine})` : sub;
  }
  return mine ?? sql`0 = 1`;
}

/** actorScope() for a path already read: is a row at `path` inside the actor's subtree (admin: always)? */
export function pathInActorScope(ctx: Pick<Ctx, "actor">, path: string): boolean {
  const a = ctx.actor;
  if (a.role === "admin") return true;
  return a.role === "secretary" && !!a.unitPath && isInSubtree(path, a.unitPath);
}
