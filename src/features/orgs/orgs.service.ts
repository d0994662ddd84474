import { type SQL, asc, eq, sql } from "drizzle-orm";
import { accounts, units } from "../../db/schema/tenant/core";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { counterSources } from "../../counter-sources";
import { unitMoveStatements } from "../../platform/counters";
import { conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { inSubtree, onPath, scoped, scopedByKey, subtreeUpperBound } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { searchKey } from "../../platform/text";
import {
  type CreateUnitInput,
  type MoveUnitInput,
  UNIT_RANK,
  type UnitKind,
  type UnitOut,
  type UpdateUnitInput,
} from "./orgs.inputs";
import { unitDeleteBlockers } from "./orgs.usage";

type UnitRow = typeof units.$inferSelect;

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
  if (ctx.actor.role === "admin") return undefined;
  if (ctx.actor.role === "secretary" && ctx.actor.unitPath) return inSubtree(units.path, ctx.actor.unitPath);
  return sql`0 = 1`;
}

/** True when `path` is inside the actor's scope. */
export function pathInScope(ctx: Ctx, path: string): boolean {
  if (ctx.actor.role === "admin") return true;
  return ctx.actor.role === "secretary" && !!ctx.actor.unitPath && path.startsWith(ctx.actor.unitPath);
}

/**
 * The unit a list page is about, chosen in SQL so its rows can be read in the same batch: the
 * given unit, else the actor's own, else the tenant root. `idOf` / `pathOf` are subqueries;
 * `unit` and `children` (active, by name) are the queries for the page's batch.
 */
export function focusUnit(ctx: Ctx, unitId: string | undefined) {
  const tid = ctx.tenant.id;
  const pick = unitId
    ? sql`u.id = ${unitId}`
    : ctx.actor.unitId
      ? sql`u.id = ${ctx.actor.unitId}`
      : sql`u.depth = 0`;
  const idOf = sql`(SELECT u.id FROM units u WHERE u.tenant_id = ${tid} AND ${pick} LIMIT 1)`;
  const pathOf = sql`(SELECT u.path FROM units u WHERE u.tenant_id = ${tid} AND ${pick} LIMIT 1)`;
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

const codeTaken = () => invalid({ code: "Mã đơn vị này đã được dùng trong hệ thống." });

function unitQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select()
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, id), unitScope(ctx)))
    .limit(1);
}

/** Fetch-or-404 within the tenant and the actor's scope. */
export async function getUnitInScope(ctx: Ctx, id: string): Promise<UnitRow> {
  const row = (await unitQuery(ctx, id))[0];
  if (!row) throw notFound("Không tìm thấy đơn vị.");
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
  const pathOf = sql`(SELECT path FROM units WHERE id = ${id} AND tenant_id = ${ctx.tenant.id})`;
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
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
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

export async function createUnit(ctx: Ctx, input: CreateUnitInput): Promise<UnitOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const parent = await getUnitInScope(ctx, input.parentId);
  if (parent.status !== "active") throw conflict("Không thể thêm đơn vị vào một đơn vị đã giải thể.");
  if (UNIT_RANK[input.kind] <= UNIT_RANK[parent.kind as UnitKind])
    throw invalid({ kind: "Loại đơn vị phải thấp hơn cấp của đơn vị cha." });
  const id = newId();
  const row: UnitRow = {
    id,
    tenantId: ctx.tenant.id,
    parentId: parent.id,
    kind: input.kind,
    code: input.code,
    name: input.name,
    searchKey: searchKey(input.name),
    path: `${parent.path}${id}/`,
    depth: parent.depth + 1,
    status: "active",
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(units).values(row),
      auditInsert(ctx, { action: "unit.create", entityType: "unit", entityId: id, after: toUnitOut(row) }),
    ],
    { "units.tenant_id, units.code": codeTaken() },
  );
  return toUnitOut(row);
}

export async function updateUnit(ctx: Ctx, id: string, input: UpdateUnitInput): Promise<UnitOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const before = await getUnitInScope(ctx, id);
  if (before.version !== input.version) throw conflict("Đơn vị vừa được người khác sửa. Vui lòng tải lại.");
  const after: UnitRow = {
    ...before,
    name: input.name ?? before.name,
    searchKey: searchKey(input.name ?? before.name),
    code: input.code ?? before.code,
    version: before.version + 1,
    updatedAt: ctx.now,
  };
  await writeBatch(
    ctx.db,
    [
      ctx.db
        .update(units)
        .set({
          name: after.name,
          searchKey: after.searchKey,
          code: after.code,
          version: after.version,
          updatedAt: ctx.now,
        })
        .where(scoped(ctx, units.tenantId, eq(units.id, id), eq(units.version, input.version))),
      guardChanged(ctx.db),
      auditInsert(ctx, {
        action: "unit.update",
        entityType: "unit",
        entityId: id,
        before: toUnitOut(before),
        after: toUnitOut(after),
      }),
    ],
    { "units.tenant_id, units.code": codeTaken() },
  );
  return toUnitOut(after);
}

export async function moveUnit(ctx: Ctx, id: string, input: MoveUnitInput): Promise<UnitOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const [unitRows, parentRows] = await ctx.db.batch([unitQuery(ctx, id), unitQuery(ctx, input.parentId)]);
  const unit = unitRows[0];
  const parent = parentRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  if (!parent) throw invalid({ parentId: "Không tìm thấy đơn vị cha." });
  if (unit.depth === 0) throw conflict("Không thể chuyển đơn vị gốc của hệ thống.");
  if (parent.path.startsWith(unit.path))
    throw conflict("Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị cấp dưới của nó.");
  if (unit.version !== input.version) throw conflict("Đơn vị vừa được người khác sửa. Vui lòng tải lại.");
  if (UNIT_RANK[unit.kind as UnitKind] <= UNIT_RANK[parent.kind as UnitKind])
    throw invalid({ parentId: "Đơn vị cha phải ở cấp cao hơn đơn vị được chuyển." });
  if (parent.status !== "active") throw conflict("Không thể chuyển vào một đơn vị đã giải thể.");
  const newPath = `${parent.path}${unit.id}/`;
  const depthDelta = parent.depth + 1 - unit.depth;
  const after = {
    ...unit,
    parentId: parent.id,
    path: newPath,
    depth: parent.depth + 1,
    version: unit.version + 1,
  };
  await writeBatch(ctx.db, [
    ctx.db
      .update(units)
      .set({ parentId: parent.id, version: after.version, updatedAt: ctx.now })
      .where(scoped(ctx, units.tenantId, eq(units.id, id), eq(units.version, input.version))),
    guardChanged(ctx.db),
    // Re-root the whole subtree (the unit included) in one statement.
    ctx.db
      .update(units)
      .set({
        path: sql`${newPath} || substr(${units.path}, ${unit.path.length + 1})`,
        depth: sql`${units.depth} + ${depthDelta}`,
      })
      .where(
        scoped(
          ctx,
          units.tenantId,
          sql`${units.path} >= ${unit.path} AND ${units.path} < ${subtreeUpperBound(unit.path)}`,
        ),
      ),
    ...unitMoveStatements(ctx, unit, newPath, counterSources()),
    auditInsert(ctx, {
      action: "unit.move",
      entityType: "unit",
      entityId: id,
      before: { parentId: unit.parentId, path: unit.path },
      after: { parentId: parent.id, path: newPath },
    }),
  ]);
  return toUnitOut({ ...after, updatedAt: ctx.now });
}

/** Retires the unit and its whole subtree (giải thể); history stays. */
export async function setUnitStatus(
  ctx: Ctx,
  id: string,
  status: "active" | "retired",
  version: number,
): Promise<UnitOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const unit = await getUnitInScope(ctx, id);
  if (unit.depth === 0) throw conflict("Không thể giải thể đơn vị gốc của hệ thống.");
  if (unit.status === status)
    throw conflict(status === "retired" ? "Đơn vị đã được giải thể trước đó." : "Đơn vị đang hoạt động.");
  if (unit.version !== version) throw conflict("Đơn vị vừa được người khác sửa. Vui lòng tải lại.");
  const range = sql`${units.path} >= ${unit.path} AND ${units.path} < ${subtreeUpperBound(unit.path)}`;
  await writeBatch(ctx.db, [
    ctx.db
      .update(units)
      .set({ version: version + 1, updatedAt: ctx.now })
      .where(scoped(ctx, units.tenantId, eq(units.id, id), eq(units.version, version))),
    guardChanged(ctx.db),
    ctx.db
      .update(units)
      .set({ status })
      .where(scoped(ctx, units.tenantId, status === "retired" ? range : eq(units.id, id))),
    auditInsert(ctx, {
      action: status === "retired" ? "unit.retire" : "unit.restore",
      entityType: "unit",
      entityId: id,
      before: { status: unit.status },
      after: { status },
    }),
  ]);
  return toUnitOut({ ...unit, status, version: version + 1, updatedAt: ctx.now });
}

/** Deletes a unit that has no children, accounts or members; otherwise it can only be retired. */
export async function deleteUnit(ctx: Ctx, id: string, version: number): Promise<void> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const [unitRows, children, accts, ...usage] = await ctx.db.batch([
    unitQuery(ctx, id),
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.parentId, id))),
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(accounts)
      .where(scoped(ctx, accounts.tenantId, eq(accounts.unitId, id))),
    ...unitDeleteBlockers(ctx, id),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  if (unit.depth === 0) throw conflict("Không thể xóa đơn vị gốc của hệ thống.");
  const inUse =
    (children[0]?.n ?? 0) > 0 ||
    (accts[0]?.n ?? 0) > 0 ||
    usage.some((r) => ((r as { n: number }[])[0]?.n ?? 0) > 0);
  if (inUse)
    throw conflict(
      "Đơn vị còn đơn vị trực thuộc, tài khoản hoặc đảng viên nên không thể xóa; chỉ có thể giải thể.",
    );
  if (unit.version !== version) throw conflict("Đơn vị vừa được người khác sửa. Vui lòng tải lại.");
  await writeBatch(ctx.db, [
    ctx.db.delete(units).where(scoped(ctx, units.tenantId, eq(units.id, id), eq(units.version, version))),
    guardChanged(ctx.db),
    auditInsert(ctx, { action: "unit.delete", entityType: "unit", entityId: id, before: toUnitOut(unit) }),
  ]);
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
  if (!row) throw invalid({ [field]: "Không tìm thấy đơn vị có mã này trong phạm vi của bạn." });
  return toUnitOut(row);
}
