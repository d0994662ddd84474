/** Reads of the models registry: a list or a detail is one batch (one round trip). */
import { type SQL, eq, inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { exemplarModelFiles, exemplarModelYears, exemplarModels } from "../../db/schema/tenant/exemplars";
import type { Ctx } from "../../platform/context";
import { firstOr404, notFound } from "../../platform/errors";
import { inTenant, scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { commendationsForModelQuery, toCommendationOut } from "./commendations.queries";
import { MODEL_404 } from "./models.rules";
import { EXPORT_LIMIT, PAGE_SIZE, afterCursor, newestFirst, pageOf } from "../../platform/registry/pager";
import type { ListModelsQuery, ModelDetailOut, ModelOut } from "./models.inputs";
import {
  inSubtreeOf,
  keyPattern,
  modelsQuery,
  modelsWithYearQuery,
  toFileOut,
  toModelOut,
  toYearOut,
  yearsQuery,
} from "./models.queries";

const m = exemplarModels;
const y = exemplarModelYears;

export interface ModelList {
  items: ModelOut[];
  nextCursor: string | null;
}

/** The filter conditions of a list query (year and status act on the joined year row). */
function filters(ctx: Ctx, q: ListModelsQuery): (SQL | undefined)[] {
  return [
    q.status ? eq(y.status, q.status) : undefined,
    q.exemplary ? eq(y.exemplary, q.exemplary === "1" ? 1 : 0) : undefined,
    q.kind ? eq(m.kind, q.kind) : undefined,
    q.field ? eq(m.field, q.field) : undefined,
    q.unitId ? inSubtreeOf(ctx, { id: q.unitId }) : undefined,
    q.unitCode ? inSubtreeOf(ctx, { code: q.unitCode }) : undefined,
    q.q ? sql`${m.searchKey} LIKE ${keyPattern(q.q)} ESCAPE '\\'` : undefined,
  ];
}

/** Builds (without running) the list query, so pages can batch it with their other reads. */
export function listModelsQuery(ctx: Ctx, q: ListModelsQuery, limit = PAGE_SIZE) {
  requireRole(ctx, "admin", "secretary", "member");
  // Without a year, a status filter means "latest status".
  return modelsWithYearQuery(ctx, q.year, ...filters(ctx, q), afterCursor(m, q.cursor))
    .orderBy(...newestFirst(m))
    .limit(limit + 1);
}

export const finishList = (rows: Awaited<ReturnType<typeof listModelsQuery>>, limit = PAGE_SIZE): ModelList =>
  pageOf(
    rows,
    (r) => toModelOut(r, r.y ?? null),
    (r) => r.m,
    limit,
  );

export async function listModels(ctx: Ctx, q: ListModelsQuery): Promise<ModelList> {
  const limit = q.limit ?? PAGE_SIZE;
  return finishList(await listModelsQuery(ctx, q, limit), limit);
}

/** Every row matching the filters (for exports), up to EXPORT_LIMIT. */
export async function exportModelRows(ctx: Ctx, q: ListModelsQuery): Promise<ModelOut[]> {
  const rows = await listModelsQuery(ctx, { ...q, cursor: undefined }, EXPORT_LIMIT);
  return rows.slice(0, EXPORT_LIMIT).map((r) => toModelOut(r, r.y ?? null));
}

/** A model with its years, files, replication targets and commendations: one round trip. */
export async function getModelDetail(ctx: Ctx, id: string): Promise<ModelDetailOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const replicated = sql`(SELECT j.value FROM ${y}, json_each(${y.replicatedTo}) AS j
    WHERE ${inTenant(ctx, y.tenantId)} AND ${y.modelId} = ${id})`;
  const [rows, years, files, targets, comm] = await ctx.db.batch([
    modelsQuery(ctx, eq(m.id, id)).limit(1),
    yearsQuery(ctx, id),
    ctx.db
      .select()
      .from(exemplarModelFiles)
      .where(scoped(ctx, exemplarModelFiles.tenantId, eq(exemplarModelFiles.modelId, id)))
      .orderBy(exemplarModelFiles.createdAt),
    ctx.db
      .select({ id: units.id, code: units.code, name: units.name })
      .from(units)
      .where(scoped(ctx, units.tenantId, sql`${units.id} IN ${replicated}`)),
    commendationsForModelQuery(ctx, id),
  ]);
  const row = rows[0];
  if (!row) throw notFound(MODEL_404);
  const latest = years[years.length - 1] ?? null;
  return {
    ...toModelOut(row, latest),
    years: years.map(toYearOut),
    files: files.map(toFileOut),
    replicatedUnits: targets,
    commendations: comm.map(toCommendationOut),
  };
}

/** Models of some ids in the actor's scope (pickers, commendation subjects). */
export function modelsByIdsQuery(ctx: Ctx, ids: string[]) {
  return modelsQuery(ctx, inArray(m.id, ids.length ? ids : [""]));
}

/** A model's id and title within the actor's scope (forms that name a model), or 404. */
export async function getModelBrief(ctx: Ctx, id: string): Promise<{ id: string; title: string }> {
  requireRole(ctx, "admin", "secretary", "member");
  const row = await firstOr404(modelsQuery(ctx, eq(m.id, id)), MODEL_404);
  return { id: row.m.id, title: row.m.title };
}
