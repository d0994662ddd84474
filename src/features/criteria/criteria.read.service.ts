/**
 * Read models of the criteria pages that are not a single set: the index of a year, a unit's
 * start page and a member's own criteria. Each is one batch (one D1 round trip).
 */
import { desc, eq } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { criteriaSets } from "../../db/schema/tenant/criteria";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import {
  type FocusIssueOut,
  type YearThemeOut,
  focusIssuesOnPathQuery,
  yearThemeQuery,
} from "./criteria.focus.service";
import type { CriteriaGroup } from "./criteria.inputs";
import { pathUnitsQuery } from "./criteria.queries";
import {
  type EffectiveResult,
  canEditUnit,
  canReadUnit,
  effectiveQueries,
  finishEffective,
} from "./criteria.service";
import { type SetSummary, finishSetList, listSetsQuery } from "./criteria.list.service";

const themeOf = (rows: { tenantId: string }[]): YearThemeOut | null => {
  const row = rows[0];
  if (!row) return null;
  const { tenantId: _t, ...rest } = row as YearThemeOut & { tenantId: string };
  return rest;
};

export interface CriteriaIndex {
  year: number;
  sets: SetSummary[];
  nextCursor: string | null;
  theme: YearThemeOut | null;
  /** The unit the actor starts from: the tenant root for an admin, their own unit for a secretary. */
  home: { id: string; name: string; depth: number } | null;
}

export async function getCriteriaIndex(ctx: Ctx, year: number, cursor?: string): Promise<CriteriaIndex> {
  requireRole(ctx, "admin", "secretary");
  const limit = 100;
  const homeWhere =
    ctx.actor.role === "admin" ? eq(units.depth, 0) : eq(units.id, ctx.actor.unitId ?? "-none-");
  const [rows, theme, home] = await ctx.db.batch([
    listSetsQuery(ctx, { year, cursor, limit }),
    yearThemeQuery(ctx, year),
    ctx.db
      .select({ id: units.id, name: units.name, depth: units.depth })
      .from(units)
      .where(scoped(ctx, units.tenantId, homeWhere))
      .limit(1),
  ]);
  const list = finishSetList(rows, limit);
  return {
    year,
    sets: list.items,
    nextCursor: list.nextCursor,
    theme: themeOf(theme),
    home: home[0] ?? null,
  };
}

export interface UnitStart {
  unitId: string;
  year: number;
  /** The unit's set for the year, when it has one (the page then redirects to it). */
  setId: string | null;
  /** What the unit inherits (its effective set while it has no set of its own). */
  effective: EffectiveResult;
  /** Years in which the unit already has a set (to copy from). */
  otherYears: number[];
  canEdit: boolean;
}

export async function getUnitStart(ctx: Ctx, unitId: string, year: number): Promise<UnitStart> {
  requireRole(ctx, "admin", "secretary");
  const [path, rows, sets] = await ctx.db.batch([
    ...effectiveQueries(ctx, unitId, year),
    ctx.db
      .select({ id: criteriaSets.id, year: criteriaSets.year })
      .from(criteriaSets)
      .where(scoped(ctx, criteriaSets.tenantId, eq(criteriaSets.unitId, unitId)))
      .orderBy(desc(criteriaSets.year)),
  ]);
  const effective = finishEffective(ctx, unitId, year, null, path, rows);
  const unit = path.at(-1)!;
  return {
    unitId,
    year,
    setId: sets.find((s) => s.year === year)?.id ?? null,
    effective,
    otherYears: sets.filter((s) => s.year !== year).map((s) => s.year),
    canEdit: canEditUnit(ctx, unit.path),
  };
}

export interface MyCriteria {
  effective: EffectiveResult;
  theme: YearThemeOut | null;
  focusIssues: FocusIssueOut[];
}

/**
 * The signed-in account's criteria for a group: the effective set of its unit, the year's
 * themes and the focus issues on its path, in one round trip. Without a group, a member sees
 * their own group's (read in the same batch); other accounts see group 1's.
 */
export async function getMyCriteria(
  ctx: Ctx,
  q: { group?: CriteriaGroup; year: number; unitId?: string },
): Promise<MyCriteria & { group: CriteriaGroup }> {
  const unitId = q.unitId ?? ctx.actor.unitId;
  if (!unitId) throw notFound("Tài khoản chưa gắn với chi bộ hay đơn vị nào.");
  const own = ctx.db
    .select({ group: members.memberGroup })
    .from(members)
    .where(scoped(ctx, members.tenantId, eq(members.id, ctx.actor.memberId ?? "")))
    .limit(q.group || !ctx.actor.memberId ? 0 : 1);
  const [path, rows, theme, focus, mine] = await ctx.db.batch([
    ...effectiveQueries(ctx, unitId, q.year),
    yearThemeQuery(ctx, q.year),
    focusIssuesOnPathQuery(ctx, unitId, q.year),
    own,
  ]);
  const group: CriteriaGroup = q.group ?? (mine[0]?.group === "follower" ? "follower" : "exemplar");
  return {
    group,
    effective: finishEffective(ctx, unitId, q.year, group, path, rows),
    theme: themeOf(theme),
    focusIssues: focus as FocusIssueOut[],
  };
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
    canEdit: canEditUnit(ctx, unit.path),
  };
}
