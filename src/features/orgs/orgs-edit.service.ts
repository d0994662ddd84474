/** Changing the tree: create, rename, retire or restore, and delete an unused unit. */
import { eq, sql } from "drizzle-orm";
import { accounts, units } from "../../db/schema/tenant/core";
import { criteriaFocusIssues, criteriaSets } from "../../db/schema/tenant/criteria";
import { commendations, exemplarModels, studyConferences } from "../../db/schema/tenant/exemplars";
import { members } from "../../db/schema/tenant/members";
import { plans } from "../../db/schema/tenant/plans";
import { auditInsert } from "../../platform/audit";
import { eventInsert } from "../../platform/events";
import type { EventType } from "../../domain/events";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { scoped, subtreeUpperBound } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { searchKey } from "../../platform/text";
import {
  type CreateUnitInput,
  UNIT_RANK,
  type UnitKind,
  type UnitOut,
  type UpdateUnitInput,
} from "./orgs.inputs";
import { UNIT_NOT_FOUND, type UnitRow, getUnitInScope, toUnitOut, unitQuery } from "./orgs.service";
import { firstVersion, nextVersion, writeAtVersion } from "../../platform/lookups";

const codeTaken = () => invalid({ code: "Mã đơn vị này đã được dùng trong hệ thống." });

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
    ...firstVersion(ctx),
  };
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(units).values(row),
      auditInsert(ctx, { action: "unit.create", entityType: "unit", entityId: id, after: toUnitOut(row) }),
      unitEvent(ctx, "unit.created", row),
    ],
    { "units.tenant_id, units.code": codeTaken() },
  );
  return toUnitOut(row);
}

/** The change event of a unit: it belongs to the unit itself, so a key limited to it sees it. */
export function unitEvent(ctx: Ctx, type: EventType, unit: UnitRow) {
  return eventInsert(ctx, { type, unit, resource: { type: "unit", id: unit.id }, data: toUnitOut(unit) });
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
    ...nextVersion(before, ctx),
  };
  await writeBatch(
    ctx.db,
    [
      ...writeAtVersion(
        ctx,
        units,
        { id, version: input.version },
        {
          name: after.name,
          searchKey: after.searchKey,
          code: after.code,
          version: after.version,
          updatedAt: ctx.now,
        },
      ),
      auditInsert(ctx, {
        action: "unit.update",
        entityType: "unit",
        entityId: id,
        before: toUnitOut(before),
        after: toUnitOut(after),
      }),
      unitEvent(ctx, "unit.updated", after),
    ],
    { "units.tenant_id, units.code": codeTaken() },
  );
  return toUnitOut(after);
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
  const after = { ...unit, status, version: version + 1, updatedAt: ctx.now };
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, units, { id, version }, { version: version + 1, updatedAt: ctx.now }),
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
    unitEvent(ctx, status === "retired" ? "unit.retired" : "unit.updated", after),
  ]);
  return toUnitOut(after);
}

/** Tables of other features whose rows point at a unit: while any does, the unit can only be retired. */
const UNIT_USERS = [
  accounts,
  members,
  plans,
  criteriaSets,
  criteriaFocusIssues,
  exemplarModels,
  commendations,
  studyConferences,
];

/** `{ n }`: the unit's children and every row of UNIT_USERS that points at it, in one statement. */
function unitUsageQuery(ctx: Ctx, id: string) {
  const counts = [
    sql`(SELECT count(*) FROM ${units} WHERE ${scoped(ctx, units.tenantId, eq(units.parentId, id))})`,
    ...UNIT_USERS.map(
      (t) => sql`(SELECT count(*) FROM ${t} WHERE ${scoped(ctx, t.tenantId, eq(t.unitId, id))})`,
    ),
  ];
  return ctx.db
    .select({ n: sql<number>`${sql.join(counts, sql` + `)}` })
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, id)));
}

/** Deletes a unit that has no children, accounts or members; otherwise it can only be retired. */
export async function deleteUnit(ctx: Ctx, id: string, version: number): Promise<void> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const [unitRows, usage] = await ctx.db.batch([unitQuery(ctx, id), unitUsageQuery(ctx, id)]);
  const unit = unitRows[0];
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  if (unit.depth === 0) throw conflict("Không thể xóa đơn vị gốc của hệ thống.");
  if ((usage[0]?.n ?? 0) > 0)
    throw conflict(
      "Đơn vị còn đơn vị trực thuộc, tài khoản hoặc đảng viên nên không thể xóa; chỉ có thể giải thể.",
    );
  if (unit.version !== version) throw conflict("Đơn vị vừa được người khác sửa. Vui lòng tải lại.");
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, units, { id, version }, null),
    auditInsert(ctx, { action: "unit.delete", entityType: "unit", entityId: id, before: toUnitOut(unit) }),
    unitEvent(ctx, "unit.deleted", unit),
  ]);
}
