/** Each unit's 3–4 focus issues of a year, which plan items link to by id. */
import { type SQL, and, asc, eq, notExists, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { criteriaFocusIssues as issues } from "../../db/schema/tenant/criteria";
import { planItems } from "../../db/schema/tenant/plans";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { matching, pathInActorScope, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import {
  type CreateFocusIssueInput,
  FOCUS_MAX,
  FOCUS_MIN,
  type FocusKind,
  type UpdateFocusIssueInput,
} from "./criteria.inputs";
import { ancestorIds, pathUnitsQuery, unitQuery } from "./criteria.queries";
import { canReadUnit } from "./criteria.service";
import { type YearThemeOut, themeOf, yearThemeQuery } from "./criteria-themes.service";
import { firstVersion, nextVersion, writeAtVersion } from "../../platform/lookups";

export interface FocusIssueOut {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  kind: FocusKind;
  position: number;
  title: string;
  description: string | null;
  version: number;
  createdAt: number;
  updatedAt: number;
}

const issueCols = {
  id: issues.id,
  unitId: issues.unitId,
  unitName: units.name,
  year: issues.year,
  kind: issues.kind,
  position: issues.position,
  title: issues.title,
  description: issues.description,
  version: issues.version,
  createdAt: issues.createdAt,
  updatedAt: issues.updatedAt,
};

/** Focus issues of a unit (an id, or SQL yielding one) and of its ancestors for a year, root first: a builder for a read batch. */
export function focusIssuesOnPathQuery(ctx: Ctx, unitId: string | SQL, year: number) {
  return ctx.db
    .select(issueCols)
    .from(issues)
    .innerJoin(units, and(eq(units.id, issues.unitId), eq(units.tenantId, issues.tenantId)))
    .where(
      scoped(
        ctx,
        issues.tenantId,
        sql`${issues.unitId} IN ${ancestorIds(ctx, unitId)}`,
        eq(issues.year, year),
      ),
    )
    .orderBy(asc(units.depth), asc(issues.position));
}

/** The focus issues a plan item of this unit can link to: the unit's own and its ancestors'. */
export async function listFocusIssuesForUnit(
  ctx: Ctx,
  unitId: string,
  year: number,
): Promise<{ unit: { id: string; name: string }; issues: FocusIssueOut[] }> {
  const [path, rows] = await ctx.db.batch([
    pathUnitsQuery(ctx, unitId),
    focusIssuesOnPathQuery(ctx, unitId, year),
  ]);
  const unit = path.at(-1);
  if (!unit || unit.id !== unitId || !canReadUnit(ctx, unit.path)) throw notFound("Không tìm thấy đơn vị.");
  return { unit: { id: unit.id, name: unit.name }, issues: rows as FocusIssueOut[] };
}

const tooMany = () =>
  conflict(
    `Mỗi năm đơn vị chọn từ ${FOCUS_MIN} đến ${FOCUS_MAX} nội dung trọng tâm, đột phá hoặc vấn đề bức xúc, nổi cộm; đơn vị đã có đủ ${FOCUS_MAX} nội dung. Hãy sửa hoặc xóa một nội dung trước khi thêm.`,
  );

export async function createFocusIssue(ctx: Ctx, input: CreateFocusIssueInput): Promise<FocusIssueOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const [unitRows, existing] = await ctx.db.batch([
    unitQuery(ctx, input.unitId),
    ctx.db
      .select({ position: issues.position })
      .from(issues)
      .where(scoped(ctx, issues.tenantId, eq(issues.unitId, input.unitId), eq(issues.year, input.year))),
  ]);
  const unit = unitRows[0];
  if (!unit || !pathInActorScope(ctx, unit.path)) throw notFound("Không tìm thấy đơn vị.");
  if (existing.length >= FOCUS_MAX) throw tooMany();
  const row = {
    id: newId(),
    tenantId: ctx.tenant.id,
    unitId: unit.id,
    year: input.year,
    kind: input.kind,
    position: Math.max(0, ...existing.map((e) => e.position)) + 1,
    title: input.title,
    description: input.description ?? null,
    ...firstVersion(ctx),
  };
  const { tenantId: _t, ...out } = row;
  await writeBatch(ctx.db, [
    ctx.db.insert(issues).values(row),
    // Two racing inserts cannot both pass the cap: the batch aborts when the count is over.
    // (A select builder, not db.run(sql): drizzle's D1 batch cannot bind raw SQL parameters.)
    ctx.db
      .select({ over: sql`CASE WHEN count(*) > ${FOCUS_MAX} THEN json('too_many') END` })
      .from(issues)
      .where(scoped(ctx, issues.tenantId, eq(issues.unitId, unit.id), eq(issues.year, input.year))),
    auditInsert(ctx, {
      action: "focus_issue.create",
      entityType: "focus_issue",
      entityId: row.id,
      after: out,
    }),
  ]);
  return { ...out, unitName: unit.name } as FocusIssueOut;
}

/** Plan items that link to the focus issue: while any does, the issue cannot be deleted. */
const linkOf = (ctx: Ctx, id: string) => scoped(ctx, planItems.tenantId, eq(planItems.focusIssueId, id));
function linkedPlanItems(ctx: Ctx, id: string) {
  return ctx.db.select({ n: sql<number>`count(*)` }).from(planItems).where(linkOf(ctx, id));
}

async function getIssueForEdit(ctx: Ctx, id: string, extra: ReturnType<typeof linkedPlanItems>[] = []) {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const [rows, ...usage] = await ctx.db.batch([
    ctx.db
      .select({ ...issueCols, path: units.path })
      .from(issues)
      .innerJoin(units, and(eq(units.id, issues.unitId), eq(units.tenantId, issues.tenantId)))
      .where(scoped(ctx, issues.tenantId, eq(issues.id, id)))
      .limit(1),
    ...extra,
  ]);
  const row = rows[0];
  if (!row || !pathInActorScope(ctx, row.path)) throw notFound("Không tìm thấy nội dung trọng tâm này.");
  const { path: _p, ...issue } = row;
  return { issue: issue as FocusIssueOut, usage: usage as { n: number }[][] };
}

const ISSUE_STALE = "Nội dung này vừa được người khác sửa. Vui lòng tải lại trang và thử lại.";

export async function updateFocusIssue(
  ctx: Ctx,
  id: string,
  input: UpdateFocusIssueInput,
): Promise<FocusIssueOut> {
  const { issue } = await getIssueForEdit(ctx, id);
  if (issue.version !== input.version) throw conflict(ISSUE_STALE);
  const after: FocusIssueOut = {
    ...issue,
    kind: input.kind ?? issue.kind,
    title: input.title ?? issue.title,
    description: input.description === undefined ? issue.description : input.description,
    ...nextVersion(issue, ctx),
  };
  await writeBatch(ctx.db, [
    ...writeAtVersion(
      ctx,
      issues,
      { id, version: input.version },
      {
        kind: after.kind,
        title: after.title,
        description: after.description,
        version: after.version,
        updatedAt: ctx.now,
      },
    ),
    auditInsert(ctx, {
      action: "focus_issue.update",
      entityType: "focus_issue",
      entityId: id,
      before: issue,
      after,
    }),
  ]);
  return after;
}

export async function deleteFocusIssue(ctx: Ctx, id: string, version: number): Promise<FocusIssueOut> {
  const { issue, usage } = await getIssueForEdit(ctx, id, [linkedPlanItems(ctx, id)]);
  if (usage.some((r) => (r[0]?.n ?? 0) > 0))
    throw conflict(
      "Đã có kế hoạch cá nhân gắn với nội dung này nên không thể xóa; hãy sửa nội dung thay vì xóa.",
    );
  if (issue.version !== version) throw conflict(ISSUE_STALE);
  await writeBatch(ctx.db, [
    // NOT EXISTS closes the race with a plan saved between the read and this write.
    ctx.db
      .delete(issues)
      .where(
        matching(
          ctx,
          issues,
          { id, version },
          notExists(ctx.db.select({ one: sql`1` }).from(planItems).where(linkOf(ctx, id))),
        ),
      ),
    guardChanged(ctx.db),
    auditInsert(ctx, {
      action: "focus_issue.delete",
      entityType: "focus_issue",
      entityId: id,
      before: issue,
    }),
  ]);
  return issue;
}

export interface FocusPageData {
  unit: { id: string; name: string };
  year: number;
  issues: FocusIssueOut[];
  theme: YearThemeOut | null;
  canEdit: boolean;
}

/** A unit's focus issues with its ancestors' and the year's themes: one round trip. */
export async function getFocusPage(ctx: Ctx, unitId: string, year: number): Promise<FocusPageData> {
  requireRole(ctx, "admin", "secretary");
  const [path, issues, theme] = await ctx.db.batch([
    pathUnitsQuery(ctx, unitId),
    focusIssuesOnPathQuery(ctx, unitId, year),
    yearThemeQuery(ctx, year),
  ]);
  const unit = path.at(-1);
  if (!unit || unit.id !== unitId || !canReadUnit(ctx, unit.path)) throw notFound("Không tìm thấy đơn vị.");
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    issues: issues as FocusIssueOut[],
    theme: themeOf(theme),
    canEdit: pathInActorScope(ctx, unit.path),
  };
}
