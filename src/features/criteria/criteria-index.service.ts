/** Listing the criteria sets of a year within the actor's scope (index page and API). */
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { criteriaSets } from "../../db/schema/tenant/criteria";
import type { Ctx } from "../../platform/context";
import { actorScope, inTenant, scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { type YearThemeOut, themeOf, yearThemeQuery } from "./criteria-themes.service";

export interface SetSummary {
  id: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  unitDepth: number;
  year: number;
  draft: { id: string; number: number; title: string } | null;
  published: {
    id: string;
    number: number;
    title: string;
    docNumber: string | null;
    docDate: string | null;
    locked: boolean;
  } | null;
}

const versionJson = (ctx: Ctx, status: string) =>
  sql<
    string | null
  >`(SELECT json_object('id', v.id, 'number', v.number, 'title', v.title, 'docNumber', v.doc_number, 'docDate', v.doc_date, 'locked', v.locked_at IS NOT NULL) FROM criteria_set_versions v WHERE ${inTenant(ctx, sql`v.tenant_id`)} AND v.set_id = ${criteriaSets.id} AND v.status = ${status})`.as(
    `${status}_json`,
  );

/**
 * The sets of a year in the actor's scope, ordered along the tree (a builder for a read batch).
 * The two JSON columns need their own names: in a D1 batch, rows are keyed by column name.
 */
export function listSetsQuery(ctx: Ctx, q: { year: number; cursor?: string | undefined; limit: number }) {
  return ctx.db
    .select({
      id: criteriaSets.id,
      unitId: criteriaSets.unitId,
      year: criteriaSets.year,
      unitName: units.name,
      unitKind: units.kind,
      unitDepth: units.depth,
      path: units.path,
      draft: versionJson(ctx, "draft"),
      published: versionJson(ctx, "published"),
    })
    .from(criteriaSets)
    .innerJoin(units, and(eq(units.id, criteriaSets.unitId), eq(units.tenantId, criteriaSets.tenantId)))
    .where(
      scoped(
        ctx,
        criteriaSets.tenantId,
        eq(criteriaSets.year, q.year),
        actorScope(ctx, units.path),
        q.cursor ? gt(units.path, q.cursor) : undefined,
      ),
    )
    .orderBy(asc(units.path))
    .limit(q.limit + 1);
}

export function finishSetList(
  rows: Awaited<ReturnType<typeof listSetsQuery>>,
  limit: number,
): { items: SetSummary[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  return {
    items: page.map(({ path: _p, draft, published, ...r }) => {
      const pub = published ? JSON.parse(published) : null;
      return {
        ...r,
        draft: draft ? JSON.parse(draft) : null,
        published: pub && { ...pub, locked: pub.locked === 1 },
      };
    }),
    nextCursor: rows.length > limit ? page[page.length - 1]!.path : null,
  };
}

/** The sets of a year in the actor's scope; paged by unit path. */
export async function listSets(
  ctx: Ctx,
  q: { year: number; cursor?: string | undefined; limit?: number },
): Promise<{ items: SetSummary[]; nextCursor: string | null }> {
  requireRole(ctx, "admin", "secretary");
  const limit = q.limit ?? 100;
  return finishSetList(await listSetsQuery(ctx, { ...q, limit }), limit);
}

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
