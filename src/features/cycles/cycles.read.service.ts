// The cycle page's read: the cycle and the published frameworks of its year to choose from.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { criteriaSetVersions } from "../../db/schema/tenant/criteria";
import { cycles } from "../../db/schema/tenant/cycles";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import type { CycleOut } from "./cycles.inputs";
import { toCycleOut } from "./cycles.service";

export interface FrameworkOption {
  id: string;
  label: string;
}

/** A cycle with the published frameworks of its year to choose from: one round trip. */
export async function getCyclePage(
  ctx: Ctx,
  id: string,
): Promise<{ cycle: CycleOut; frameworks: FrameworkOption[] }> {
  requireRole(ctx, "admin", "secretary");
  const yearOf = sql`(SELECT ${cycles.year} FROM ${cycles} WHERE ${cycles.id} = ${id} AND ${cycles.tenantId} = ${ctx.tenant.id})`;
  const [rows, versions] = await ctx.db.batch([
    ctx.db
      .select()
      .from(cycles)
      .where(scoped(ctx, cycles.tenantId, eq(cycles.id, id)))
      .limit(1),
    ctx.db
      .select({
        id: criteriaSetVersions.id,
        title: criteriaSetVersions.title,
        docNumber: criteriaSetVersions.docNumber,
        number: criteriaSetVersions.number,
        unitName: units.name,
      })
      .from(criteriaSetVersions)
      .innerJoin(
        units,
        and(eq(units.id, criteriaSetVersions.unitId), eq(units.tenantId, criteriaSetVersions.tenantId)),
      )
      .where(
        scoped(
          ctx,
          criteriaSetVersions.tenantId,
          sql`${criteriaSetVersions.year} = ${yearOf}`,
          inArray(criteriaSetVersions.status, ["published", "superseded"]),
        ),
      )
      .orderBy(units.depth, desc(criteriaSetVersions.number))
      .limit(50),
  ]);
  if (!rows[0]) throw notFound("Không tìm thấy chu kỳ.");
  return {
    cycle: toCycleOut(rows[0]),
    frameworks: versions.map((v) => ({
      id: v.id,
      label: `${v.unitName}: ${v.title}${v.docNumber ? ` (${v.docNumber})` : ""} — phiên bản ${v.number}`,
    })),
  };
}
