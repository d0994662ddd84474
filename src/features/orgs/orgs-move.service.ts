/** Moving a unit and its subtree under another parent, with the counters and stored paths that follow it. */
import { sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { counterSources } from "../../counter-sources";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { unitMoveStatements } from "../../platform/counters";
import { conflict, invalid, notFound } from "../../platform/errors";
import { scoped, subtreeUpperBound } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { type MoveUnitInput, UNIT_RANK, type UnitKind, type UnitOut } from "./orgs.inputs";
import { UNIT_NOT_FOUND, toUnitOut, unitQuery } from "./orgs.service";
import { unitEvent } from "./orgs-edit.service";
import { writeAtVersion } from "../../platform/lookups";

export async function moveUnit(ctx: Ctx, id: string, input: MoveUnitInput): Promise<UnitOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const [unitRows, parentRows] = await ctx.db.batch([unitQuery(ctx, id), unitQuery(ctx, input.parentId)]);
  const unit = unitRows[0];
  const parent = parentRows[0];
  if (!unit) throw notFound(UNIT_NOT_FOUND);
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
    ...writeAtVersion(
      ctx,
      units,
      { id, version: input.version },
      { parentId: parent.id, version: after.version, updatedAt: ctx.now },
    ),
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
    unitEvent(ctx, "unit.moved", { ...after, updatedAt: ctx.now }),
  ]);
  return toUnitOut({ ...after, updatedAt: ctx.now });
}
