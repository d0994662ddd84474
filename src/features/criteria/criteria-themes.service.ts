/** The tenant's themes of a year (chuyên đề toàn khóa, chuyên đề năm), shown above every criteria page. */
import { eq } from "drizzle-orm";
import { criteriaYearThemes as themes } from "../../db/schema/tenant/criteria";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { YearThemeInput } from "./criteria.inputs";
import { firstVersion, writeAtVersion } from "../../platform/lookups";

type ThemeRow = typeof themes.$inferSelect;
export type YearThemeOut = Omit<ThemeRow, "tenantId">;
const themeOut = ({ tenantId: _t, ...rest }: ThemeRow): YearThemeOut => rest;

/** The theme among the rows yearThemeQuery read (in a page's batch), or null. */
export const themeOf = (rows: ThemeRow[]): YearThemeOut | null => (rows[0] ? themeOut(rows[0]) : null);

export function yearThemeQuery(ctx: Ctx, year: number) {
  return ctx.db
    .select()
    .from(themes)
    .where(scoped(ctx, themes.tenantId, eq(themes.year, year)))
    .limit(1);
}

export async function getYearTheme(ctx: Ctx, year: number): Promise<YearThemeOut | null> {
  return themeOf(await yearThemeQuery(ctx, year));
}

const THEME_STALE = "Chuyên đề năm vừa được người khác cập nhật. Vui lòng tải lại trang và thử lại.";

/** Records or replaces the themes of a year (tenant administrators). */
export async function setYearTheme(ctx: Ctx, input: YearThemeInput): Promise<YearThemeOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const existing = (await yearThemeQuery(ctx, input.year))[0];
  const fields = { termTheme: input.termTheme, yearTheme: input.yearTheme, note: input.note ?? null };
  if (existing) {
    if (input.version !== existing.version) throw conflict(THEME_STALE);
    const after: ThemeRow = { ...existing, ...fields, version: existing.version + 1, updatedAt: ctx.now };
    await writeBatch(ctx.db, [
      ...writeAtVersion(
        ctx,
        themes,
        { id: existing.id, version: existing.version },
        { ...fields, version: after.version, updatedAt: ctx.now },
      ),
      auditInsert(ctx, {
        action: "year_theme.update",
        entityType: "year_theme",
        entityId: existing.id,
        before: themeOut(existing),
        after: themeOut(after),
      }),
    ]);
    return themeOut(after);
  }
  const row: ThemeRow = {
    id: newId(),
    tenantId: ctx.tenant.id,
    year: input.year,
    ...fields,
    ...firstVersion(ctx),
  };
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(themes).values(row),
      auditInsert(ctx, {
        action: "year_theme.create",
        entityType: "year_theme",
        entityId: row.id,
        after: themeOut(row),
      }),
    ],
    { "criteria_year_themes.tenant_id": conflict(THEME_STALE) },
  );
  return themeOut(row);
}
