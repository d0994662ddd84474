/** Query builders and row mappers of the models registry; callers batch them. */
import { type SQL, and, eq, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { units } from "../../db/schema/tenant/core";
import {
  type exemplarModelFiles,
  exemplarModelYears,
  exemplarModels,
} from "../../db/schema/tenant/exemplars";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { actorScope, inTenant, scoped } from "../../platform/scope";
import { escapeLike, searchKey } from "../../platform/text";
import type { FileOut, ModelField, ModelKind, ModelOut, ModelStatus, YearOut } from "./models.inputs";
import { inSubtreeOf as subtreeOfRoot } from "../../platform/lookups";

const m = exemplarModels;
const y = exemplarModelYears;

/**
 * A column under its own alias. drizzle maps D1 batch results by column NAME, so two
 * selected columns with the same name (e.g. two `id`s of a join) must be aliased apart.
 */
export function aliased<T>(column: SQLiteColumn, alias: string) {
  return sql<T>`${column}`.as(alias);
}

/** Models the actor may read: all (admin), their subtree (secretary), their own individual ones. */
export function modelScope(ctx: Ctx): SQL | undefined {
  return actorScope(
    ctx,
    units.path,
    (memberId) => and(eq(m.kind, "individual"), eq(m.memberId, memberId)) as SQL,
  );
}

/** `units.path` lies in the subtree of the unit with this id or code (resolved inside the statement). */
export function inSubtreeOf(ctx: Ctx, unit: { id: string } | { code: string }): SQL {
  const key = "id" in unit ? sql`${units.id} = ${unit.id}` : sql`${units.code} = ${unit.code}`;
  const root = sql`(SELECT path FROM ${units} WHERE ${inTenant(ctx, units.tenantId)} AND ${key})`;
  return subtreeOfRoot(units.path, root);
}

/** A LIKE pattern on search keys, escaped and within D1's 50-byte limit. */
export function keyPattern(q: string): string {
  let key = searchKey(q);
  while (new TextEncoder().encode(`%${escapeLike(key)}%`).length > 50) key = key.slice(0, -1);
  return `%${escapeLike(key)}%`;
}

export const modelCols = {
  m: exemplarModels,
  unitCode: units.code,
  unitName: units.name,
  unitPath: units.path,
  memberName: members.fullName,
  memberCard: members.cardNumber,
};

/** Models joined with unit and member, within tenant, the actor's scope and `conds`. */
export function modelsQuery(ctx: Ctx, ...conds: (SQL | undefined)[]) {
  return ctx.db
    .select(modelCols)
    .from(m)
    .innerJoin(units, and(eq(units.id, m.unitId), eq(units.tenantId, m.tenantId)))
    .leftJoin(members, and(eq(members.id, m.memberId), eq(members.tenantId, m.tenantId)))
    .where(scoped(ctx, m.tenantId, modelScope(ctx), ...conds))
    .$dynamic();
}

/** Models with one year row each: the given year's (inner) or, without a year, the latest (left). */
export function modelsWithYearQuery(ctx: Ctx, year: number | undefined, ...conds: (SQL | undefined)[]) {
  const latest = sql`(SELECT max(y2.year) FROM ${y} AS y2 WHERE ${m.tenantId} = y2.tenant_id AND y2.model_id = ${m.id})`;
  const on = and(
    eq(y.tenantId, m.tenantId),
    eq(y.modelId, m.id),
    year === undefined ? sql`${y.year} = ${latest}` : eq(y.year, year),
  );
  const yearCols = {
    year: y.year,
    status: y.status,
    exemplary: y.exemplary,
    replicatedTo: y.replicatedTo,
    note: y.note,
  };
  const q = ctx.db.select({ ...modelCols, y: yearCols }).from(m);
  const joined = year === undefined ? q.leftJoin(y, on) : q.innerJoin(y, on);
  return joined
    .innerJoin(units, and(eq(units.id, m.unitId), eq(units.tenantId, m.tenantId)))
    .leftJoin(members, and(eq(members.id, m.memberId), eq(members.tenantId, m.tenantId)))
    .where(scoped(ctx, m.tenantId, modelScope(ctx), ...conds))
    .$dynamic();
}

export type ModelRow = {
  m: typeof exemplarModels.$inferSelect;
  unitCode: string;
  unitName: string;
  unitPath: string;
  memberName: string | null;
  memberCard?: string | null;
};
type YearRow = Pick<
  typeof exemplarModelYears.$inferSelect,
  "year" | "status" | "exemplary" | "replicatedTo" | "note"
>;

export function toYearOut(r: YearRow): YearOut {
  return {
    year: r.year,
    status: r.status as ModelStatus,
    exemplary: r.exemplary === 1,
    replicatedTo: JSON.parse(r.replicatedTo) as string[],
    note: r.note,
  };
}

export function toModelOut(r: ModelRow, current: YearRow | null): ModelOut {
  const x = r.m;
  return {
    id: x.id,
    kind: x.kind as ModelKind,
    unitId: x.unitId,
    unitCode: r.unitCode,
    unitName: r.unitName,
    memberId: x.memberId,
    memberName: r.memberName,
    title: x.title,
    description: x.description,
    field: x.field as ModelField,
    startYear: x.startYear,
    published: x.published === 1,
    current: current ? toYearOut(current) : null,
    version: x.version,
    createdAt: x.createdAt,
    updatedAt: x.updatedAt,
  };
}

export function toFileOut(f: typeof exemplarModelFiles.$inferSelect): FileOut {
  return {
    id: f.id,
    fileName: f.fileName,
    contentType: f.contentType,
    size: f.size,
    uploadedByLabel: f.uploadedByLabel,
    createdAt: f.createdAt,
  };
}

/** A model by id in the tenant, NOT narrowed to the actor's scope (writes decide 403 vs 404). */
export function modelInTenantQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select(modelCols)
    .from(m)
    .innerJoin(units, and(eq(units.id, m.unitId), eq(units.tenantId, m.tenantId)))
    .leftJoin(members, and(eq(members.id, m.memberId), eq(members.tenantId, m.tenantId)))
    .where(scoped(ctx, m.tenantId, eq(m.id, id)))
    .limit(1);
}

export function yearsQuery(ctx: Ctx, modelId: string) {
  return ctx.db
    .select()
    .from(y)
    .where(scoped(ctx, y.tenantId, eq(y.modelId, modelId)))
    .orderBy(y.year);
}

/** NFC, lower-case, single-spaced title: the natural key with unit and start year. */
export function titleKey(title: string): string {
  return title.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

/** Models, commendations and conferences counted at a unit (`{ n }`): they block deleting it. */
export function exemplarsCountByUnit(ctx: Ctx, unitId: string) {
  const t = inTenant(ctx, sql`tenant_id`);
  return ctx.db
    .select({
      n: sql<number>`(SELECT count(*) FROM exemplar_models WHERE ${t} AND unit_id = ${unitId})
        + (SELECT count(*) FROM commendations WHERE ${t} AND unit_id = ${unitId})
        + (SELECT count(*) FROM study_conferences WHERE ${t} AND unit_id = ${unitId})`,
    })
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, unitId)));
}
