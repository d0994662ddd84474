/**
 * The organisation tree: reading units within the actor's scope, and the scope itself, which
 * other features apply to their unit-bound rows. Writes live in orgs-edit and orgs-move.
 */
import { type SQL, asc, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import type { Ctx } from "../../platform/context";
import { invalid, notFound } from "../../platform/errors";
import { actorScope, inTenant, onPath, pathInActorScope, scoped, scopedByKey } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import type { UnitKind, UnitOut } from "./orgs.inputs";

export type UnitRow = typeof units.$inferSelect;
export const UNIT_NOT_FOUND = "Không tìm thấy đơn vị.";

export function toUnitOut(u: UnitRow): UnitOut {
  return {
    id: u.id,
    parentId: u.parentId,
    kind: u.kind as UnitKind,
    code: u.code,
    name: u.name,
    path: u.path,
    depth: u.depth,
    status: u.status as "active" | "retired",
    version: u.version,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

/** Units the actor may see: the whole tenant for an admin, their subtree for a secretary. */
export function unitScope(ctx: Ctx): SQL | undefined {
  return actorScope(ctx, units.path);
}

/** True when `path` is inside the actor's scope. */
export function pathInScope(ctx: Ctx, path: string): boolean {
  return pathInActorScope(ctx, path);
}

/**
 * The unit a list page is about, chosen in SQL so its rows can be read in the same batch: the
 * given unit, else the actor's own, else the tenant root. `idOf` / `pathOf` are subqueries;
 * `unit` and `children` (active, by name) are the queries for the page's batch.
 */
export function focusUnit(ctx: Ctx, unitId: string | undefined) {
  const pick = unitId
    ? sql`u.id = ${unitId}`
    : ctx.actor.unitId
      ? sql`u.id = ${ctx.actor.unitId}`
      : sql`u.depth = 0`;
  const mine = inTenant(ctx, sql`u.tenant_id`);
  const idOf = sql`(SELECT u.id FROM units u WHERE ${mine} AND ${pick} LIMIT 1)`;
  const pathOf = sql`(SELECT u.path FROM units u WHERE ${mine} AND ${pick} LIMIT 1)`;
  return {
    idOf,
    pathOf,
    unit: () =>
      ctx.db
        .select()
        .from(units)
        .where(scoped(ctx, units.tenantId, sql`${units.id} = ${idOf}`, unitScope(ctx)))
        .limit(1),
    children: () =>
      ctx.db
        .select({ id: units.id, name: units.name, kind: units.kind })
        .from(units)
        .where(
          scoped(
            ctx,
            units.tenantId,
            sql`${units.parentId} = ${idOf}`,
            eq(units.status, "active"),
            unitScope(ctx),
          ),
        )
        .orderBy(asc(units.name))
        .limit(500),
  };
}

/** The unit `id` within the tenant and the actor's scope (for a read batch). */
export function unitQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select()
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, id), unitScope(ctx)))
    .limit(1);
}

/** Fetch-or-404 within the tenant and the actor's scope. */
export async function getUnitInScope(ctx: Ctx, id: string): Promise<UnitRow> {
  const row = (await unitQuery(ctx, id))[0];
  if (!row) throw notFound(UNIT_NOT_FOUND);
  return row;
}

export interface UnitView {
  unit: UnitOut;
  ancestors: UnitOut[];
  children: UnitOut[];
}

/** A unit with its ancestors and children: one round trip. */
export async function getUnitView(ctx: Ctx, id: string): Promise<UnitView> {
  requireRole(ctx, "admin", "secretary");
  const pathOf = sql`(SELECT path FROM units WHERE id = ${id} AND ${inTenant(ctx, sql`tenant_id`)})`;
  const [unitRows, ancestors, children] = await ctx.db.batch([
    unitQuery(ctx, id),
    ctx.db
      .select()
      .from(units)
      .where(scopedByKey(ctx, units.tenantId, onPath(units.id, pathOf), sql`${units.id} <> ${id}`))
      .orderBy(asc(units.depth)),
    ctx.db
      .select()
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.parentId, id), unitScope(ctx)))
      .orderBy(asc(units.status), asc(units.code)),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  return { unit: toUnitOut(unit), ancestors: ancestors.map(toUnitOut), children: children.map(toUnitOut) };
}

/** The unit an actor starts from: the tenant root for an admin, their own unit for a secretary. */
export async function getHomeUnitId(ctx: Ctx): Promise<string | null> {
  requireRole(ctx, "admin", "secretary");
  if (ctx.actor.role === "secretary") return ctx.actor.unitId;
  if (ctx.actor.role !== "admin") return null;
  const root = await ctx.db
    .select({ id: units.id })
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.depth, 0)))
    .limit(1);
  return root[0]?.id ?? null;
}

/** A unit by its code, within the actor's scope (used by forms that take a code). */
export async function getUnitByCode(ctx: Ctx, code: string, field = "parentCode"): Promise<UnitOut> {
  const row = (
    await ctx.db
      .select()
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.code, code.trim()), unitScope(ctx)))
      .limit(1)
  )[0];
  if (!row) throw invalid({ [field]: "Không tìm thấy đơn vị có mã này trong phạm vi của đồng chí." });
  return toUnitOut(row);
}
