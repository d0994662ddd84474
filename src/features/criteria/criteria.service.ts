import type { Group } from "../../domain";
import { type FocusIssueOut, focusIssuesOnPathQuery } from "./criteria-focus.service";
import { type YearThemeOut, themeOf, yearThemeQuery } from "./criteria-themes.service";
/**
 * Reading criteria: the effective set of a unit (its own published set laid over its
 * ancestors'), and the hooks the plans feature uses to pin the versions a plan was written
 * against. Each read is one D1 round trip, however deep the tree.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { criteria, criteriaSetVersions as versions } from "../../db/schema/tenant/criteria";
import { guardChanged } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { members } from "../../db/schema/tenant/members";
import { notFound } from "../../platform/errors";
import { pathInActorScope, scoped } from "../../platform/scope";

import {
  type JoinedRow,
  type UnitLite,
  buildLevels,
  pathPublishedRowsQuery,
  pathUnitsQuery,
} from "./criteria.queries";
import {
  type EffectiveCriterion,
  type HiddenCriterion,
  type Snapshot,
  type VersionMeta,
  foldLevels,
} from "./criteria.rules";

export interface LevelSummary {
  unitId: string;
  unitName: string;
  kind: string;
  depth: number;
  version: VersionMeta | null;
}

export interface EffectiveResult {
  unit: { id: string; name: string; kind: string; depth: number };
  year: number;
  group: Group | null;
  /** Root → unit, each with the published set version that applies there (or none). */
  levels: LevelSummary[];
  criteria: EffectiveCriterion[];
  hidden: HiddenCriterion[];
}

/** Reading a unit's criteria: admins anywhere, secretaries in their subtree, anyone on their own path. */
export function canReadUnit(ctx: Ctx, path: string): boolean {
  return !!ctx.actor.unitPath?.startsWith(path) || pathInActorScope(ctx, path);
}

const UNIT_NOT_FOUND = "Không tìm thấy đơn vị.";

/** The two statements of an effective-set read, to be batched with whatever else a page needs. */
export function effectiveQueries(ctx: Ctx, unitId: string, year: number) {
  return [pathUnitsQuery(ctx, unitId), pathPublishedRowsQuery(ctx, unitId, year)] as const;
}

/** Folds the results of `effectiveQueries`; 404 when the unit is missing or not readable. */
export function finishEffective(
  ctx: Ctx,
  unitId: string,
  year: number,
  group: Group | null,
  path: UnitLite[],
  rows: JoinedRow[],
): EffectiveResult {
  const unit = path[path.length - 1];
  if (!unit || unit.id !== unitId || !canReadUnit(ctx, unit.path)) throw notFound(UNIT_NOT_FOUND);
  const levels = buildLevels(path, rows);
  const snap = foldLevels(levels).at(-1) as Snapshot;
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind, depth: unit.depth },
    year,
    group,
    levels: levels.map((l) => ({ ...l.unit, version: l.version })),
    criteria: group ? snap.criteria.filter((c) => c.group === group) : snap.criteria,
    hidden: group ? snap.hidden.filter((h) => h.group === group) : snap.hidden,
  };
}

/** The effective criteria of a unit for a year (optionally one group): one D1 round trip. */
export async function resolveEffectiveCriteria(
  ctx: Ctx,
  unitId: string,
  year: number,
  group?: Group,
): Promise<EffectiveResult> {
  const [path, rows] = await ctx.db.batch(effectiveQueries(ctx, unitId, year));
  return finishEffective(ctx, unitId, year, group ?? null, path, rows);
}

/**
 * A member's criteria: the effective set of their cell for their group. The plans feature
 * calls this with the member's cell; until members exist the pages pass the account's unit.
 */
export function getMemberCriteria(
  ctx: Ctx,
  q: { unitId: string; group: Group; year: number },
): Promise<EffectiveResult> {
  return resolveEffectiveCriteria(ctx, q.unitId, q.year, q.group);
}

/**
 * Marks a published set version as used by a plan (put it in the plan's write batch). With
 * `revision`, the statement changes nothing when the version was edited since it was read;
 * follow it with guardChanged — or use criteriaUsageStatements, which does both.
 */
export function markCriteriaVersionUsed(ctx: Ctx, versionId: string, revision?: number) {
  return ctx.db
    .update(versions)
    .set({ lockedAt: sql`coalesce(${versions.lockedAt}, ${ctx.now})` })
    .where(
      scoped(
        ctx,
        versions.tenantId,
        eq(versions.id, versionId),
        inArray(versions.status, ["published", "superseded"]),
        revision === undefined ? undefined : eq(versions.revision, revision),
      ),
    );
}

/**
 * Locks every set version an effective result was folded from, each guarded by the revision
 * that was read: a plan can never be saved against wording that changed under it.
 */
export function criteriaUsageStatements(ctx: Ctx, result: EffectiveResult): BatchItem<"sqlite">[] {
  const out: BatchItem<"sqlite">[] = [];
  for (const l of result.levels) {
    if (!l.version) continue;
    out.push(markCriteriaVersionUsed(ctx, l.version.id, l.version.revision), guardChanged(ctx.db));
  }
  return out;
}

/**
 * The exact wordings behind criterion version ids (what a plan stored), with their set
 * versions: a query builder to put in the caller's read batch. At most 90 ids (D1 binds 100).
 */
export function criterionVersionsQuery(ctx: Ctx, criterionVersionIds: string[]) {
  if (criterionVersionIds.length > 90) throw new Error("criterionVersionsQuery: at most 90 ids");
  return ctx.db
    .select({
      criterionVersionId: criteria.id,
      key: criteria.key,
      group: criteria.group,
      title: criteria.title,
      body: criteria.body,
      setVersionId: versions.id,
      unitId: versions.unitId,
      number: versions.number,
      status: versions.status,
    })
    .from(criteria)
    .innerJoin(
      versions,
      and(eq(versions.id, criteria.setVersionId), eq(versions.tenantId, criteria.tenantId)),
    )
    .where(scoped(ctx, criteria.tenantId, inArray(criteria.id, criterionVersionIds)));
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
  q: { group?: Group; year: number; unitId?: string },
): Promise<MyCriteria & { group: Group }> {
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
  const group: Group = q.group ?? (mine[0]?.group === "follower" ? "follower" : "exemplar");
  return {
    group,
    effective: finishEffective(ctx, unitId, q.year, group, path, rows),
    theme: themeOf(theme),
    focusIssues: focus as FocusIssueOut[],
  };
}
