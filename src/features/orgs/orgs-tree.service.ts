/**
 * The organisation tree for integrators in one request: every unit of a subtree (the actor's whole
 * scope, or under a given unit) as a flat list in path order, and a unit found by its code.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { inTenant, scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import type { UnitOut } from "./orgs.inputs";
import { UNIT_NOT_FOUND, toUnitOut, unitQuery, unitScope } from "./orgs.service";

/** Units one answer carries at most; a larger subtree is cut (`truncated`), ask for a smaller one. */
export const TREE_MAX_UNITS = 20_000;

export interface UnitTree {
  items: UnitOut[];
  truncated: boolean;
}

/** One round trip: the root's row (to answer 404) and the units on or under its path. */
export async function getUnitTree(ctx: Ctx, rootId?: string): Promise<UnitTree> {
  requireRole(ctx, "admin", "secretary");
  const rootPath = sql`(SELECT u.path FROM units u WHERE ${inTenant(ctx, sql`u.tenant_id`)} AND u.id = ${rootId ?? ""})`;
  const under = rootId
    ? sql`${units.path} >= ${rootPath} AND ${units.path} < substr(${rootPath}, 1, length(${rootPath}) - 1) || '0'`
    : undefined;
  const tree = ctx.db
    .select()
    .from(units)
    .where(scoped(ctx, units.tenantId, unitScope(ctx), under))
    .orderBy(asc(units.path))
    .limit(TREE_MAX_UNITS + 1);
  const rows = rootId
    ? await ctx.db.batch([unitQuery(ctx, rootId), tree]).then(([root, list]) => {
        if (!root[0]) throw notFound(UNIT_NOT_FOUND);
        return list;
      })
    : await tree;
  return { items: rows.slice(0, TREE_MAX_UNITS).map(toUnitOut), truncated: rows.length > TREE_MAX_UNITS };
}

/** The unit with this code, in the actor's scope, or 404. */
export async function getUnitWithCode(ctx: Ctx, code: string): Promise<UnitOut> {
  requireRole(ctx, "admin", "secretary");
  const row = (
    await ctx.db
      .select()
      .from(units)
      .where(scoped(ctx, units.tenantId, and(eq(units.code, code.trim()), unitScope(ctx))))
      .limit(1)
  )[0];
  if (!row) throw notFound(UNIT_NOT_FOUND);
  return toUnitOut(row);
}
