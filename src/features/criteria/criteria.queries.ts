/**
 * Query builders shared by the criteria services. None of them runs a query: callers put
 * them in one `ctx.db.batch([...])`, so a whole path root → unit costs one round trip.
 */
import type { Group } from "../../domain";
import { type SQL, and, asc, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { units } from "../../db/schema/tenant/core";
import { criteria, criteriaSetVersions as versions } from "../../db/schema/tenant/criteria";
import type { Ctx } from "../../platform/context";
import { inTenant, scoped } from "../../platform/scope";
import type { CriterionKind } from "./criteria.inputs";
import type { CriterionRow, Level, SetHeader, VersionMeta } from "./criteria.rules";

/**
 * Ids of the unit `seed` names and of all its ancestors: a recursive walk up parent_id, one
 * primary-key lookup per level, however deep the tree.
 */
export function ancestorIds(ctx: Ctx, seed: SQL | string): SQL {
  return sql`(WITH RECURSIVE anc(id) AS (
    SELECT ${units.id} FROM ${units} WHERE ${inTenant(ctx, units.tenantId)} AND ${units.id} = ${seed}
    UNION ALL
    SELECT ${units.parentId} FROM ${units} JOIN anc ON ${units.id} = anc.id
      WHERE ${inTenant(ctx, units.tenantId)} AND ${units.parentId} IS NOT NULL
  ) SELECT id FROM anc)`;
}

export const unitCols = {
  id: units.id,
  name: units.name,
  kind: units.kind,
  depth: units.depth,
  path: units.path,
  parentId: units.parentId,
  status: units.status,
};
/** unitCols aliased, for selects that join units to a table with the same column names. */
export const unitColsAs = {
  id: sql<string>`${units.id}`.as("u_id"),
  name: sql<string>`${units.name}`.as("u_name"),
  kind: sql<string>`${units.kind}`.as("u_kind"),
  depth: sql<number>`${units.depth}`.as("u_depth"),
  path: sql<string>`${units.path}`.as("u_path"),
  parentId: sql<string | null>`${units.parentId}`.as("u_parent_id"),
};
export type UnitLite = { id: string; name: string; kind: string; depth: number; path: string };

/** The unit `id` (use in a read batch). */
export function unitQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select(unitCols)
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, id)))
    .limit(1);
}

/** The unit `seed` and its ancestors, root first. */
export function pathUnitsQuery(ctx: Ctx, seed: SQL | string) {
  return ctx.db
    .select(unitCols)
    .from(units)
    .where(scoped(ctx, units.tenantId, sql`${units.id} IN ${ancestorIds(ctx, seed)}`))
    .orderBy(asc(units.depth));
}

/**
 * Joined selects alias every column: inside a D1 batch, rows come back keyed by column
 * name, and two columns both called "id" or "title" would shift every value after them.
 */
const as = <T>(col: SQLiteColumn, alias: string) => sql<T>`${col}`.as(alias);

export const versionCols = {
  vId: as<string>(versions.id, "v_id"),
  vSetId: as<string>(versions.setId, "v_set_id"),
  vUnitId: as<string>(versions.unitId, "v_unit_id"),
  vNumber: as<number>(versions.number, "v_number"),
  vStatus: as<string>(versions.status, "v_status"),
  vTitle: as<string>(versions.title, "v_title"),
  vIssuer: as<string>(versions.issuer, "v_issuer"),
  vDocNumber: as<string | null>(versions.docNumber, "v_doc_number"),
  vDocDate: as<string | null>(versions.docDate, "v_doc_date"),
  vRevision: as<number>(versions.revision, "v_revision"),
  vLockedAt: as<number | null>(versions.lockedAt, "v_locked_at"),
};

export const rowCols = {
  cId: as<string | null>(criteria.id, "c_id"),
  cKey: as<string>(criteria.key, "c_key"),
  cGroup: as<string>(criteria.group, "c_group"),
  cPosition: as<number>(criteria.position, "c_position"),
  cKind: as<string>(criteria.kind, "c_kind"),
  cTitle: as<string>(criteria.title, "c_title"),
  cBody: as<string>(criteria.body, "c_body"),
  cIsCore: as<number>(criteria.isCore, "c_is_core"),
  cBasisId: as<string | null>(criteria.basisId, "c_basis_id"),
  cBasisTitle: as<string | null>(criteria.basisTitle, "c_basis_title"),
  cBasisBody: as<string | null>(criteria.basisBody, "c_basis_body"),
};

/** Versions matching `conds`, each joined with its rows (a version without rows gives one row of NULLs). */
function versionsWithRows(ctx: Ctx, ...conds: SQL[]) {
  return ctx.db
    .select({ ...versionCols, ...rowCols })
    .from(versions)
    .leftJoin(criteria, and(eq(criteria.setVersionId, versions.id), eq(criteria.tenantId, versions.tenantId)))
    .where(scoped(ctx, versions.tenantId, ...conds))
    .orderBy(asc(criteria.position));
}

/** Published versions (with their rows) of `seed` and its ancestors for a year. */
export function pathPublishedRowsQuery(ctx: Ctx, seed: SQL | string, year: SQL | number) {
  return versionsWithRows(
    ctx,
    sql`${versions.unitId} IN ${ancestorIds(ctx, seed)}`,
    eq(versions.year, year as number),
    eq(versions.status, "published"),
  );
}

/** The rows of the given versions (with their version columns). */
export function versionRowsQuery(ctx: Ctx, versionIds: SQL | string[]) {
  return versionsWithRows(
    ctx,
    Array.isArray(versionIds) ? inArray(versions.id, versionIds) : sql`${versions.id} IN ${versionIds}`,
  );
}

export type JoinedRow = {
  [K in keyof typeof versionCols]: (typeof versionCols)[K]["_"]["type"];
} & { [K in keyof typeof rowCols]: (typeof rowCols)[K]["_"]["type"] };

export function toVersionMeta(r: JoinedRow): VersionMeta {
  return {
    id: r.vId,
    setId: r.vSetId,
    number: r.vNumber,
    status: r.vStatus,
    title: r.vTitle,
    issuer: r.vIssuer,
    docNumber: r.vDocNumber,
    docDate: r.vDocDate,
    revision: r.vRevision,
    locked: r.vLockedAt !== null,
  };
}

export function toCriterionRow(r: JoinedRow): CriterionRow {
  return {
    id: r.cId!,
    key: r.cKey,
    group: r.cGroup as Group,
    position: r.cPosition,
    kind: r.cKind as CriterionKind,
    title: r.cTitle,
    body: r.cBody,
    isCore: r.cIsCore === 1,
    basisId: r.cBasisId,
    basisTitle: r.cBasisTitle,
    basisBody: r.cBasisBody,
  };
}

/** Versions keyed by id, each with its rows. */
export type VersionWithRows = { meta: VersionMeta; unitId: string; rows: CriterionRow[] };
export function groupByVersion(rows: JoinedRow[]): Map<string, VersionWithRows> {
  const out = new Map<string, VersionWithRows>();
  for (const r of rows) {
    let v = out.get(r.vId);
    if (!v) {
      v = { meta: toVersionMeta(r), unitId: r.vUnitId, rows: [] };
      out.set(r.vId, v);
    }
    if (r.cId) v.rows.push(toCriterionRow(r));
  }
  return out;
}

/** The levels root → unit from the path units and the published versions found on them. */
export function buildLevels(path: UnitLite[], published: JoinedRow[]): Level[] {
  const byUnit = new Map<string, VersionWithRows>();
  for (const v of groupByVersion(published).values()) byUnit.set(v.unitId, v);
  return path.map((u) => {
    const v = byUnit.get(u.id);
    return {
      unit: { unitId: u.id, unitName: u.name, kind: u.kind, depth: u.depth },
      version: v?.meta ?? null,
      rows: v?.rows ?? [],
    };
  });
}

/** The draft and published versions of one set, with their rows. */
export function setRowsQuery(ctx: Ctx, setId: string) {
  return versionsWithRows(ctx, eq(versions.setId, setId), inArray(versions.status, ["draft", "published"]));
}

/** A row's stored columns (besides ids and times). */
const rowValues = (r: CriterionRow) => ({
  key: r.key,
  group: r.group,
  position: r.position,
  kind: r.kind,
  title: r.title,
  body: r.body,
  isCore: r.isCore ? 1 : 0,
  basisId: r.basisId,
  basisTitle: r.basisTitle,
  basisBody: r.basisBody,
});

/** A new draft version of a set (number `number`) with its rows. */
export function insertDraft(
  ctx: Ctx,
  v: {
    id: string;
    setId: string;
    unitId: string;
    year: number;
    number: number;
    sourceTemplate: string | null;
  },
  header: SetHeader,
  rows: CriterionRow[],
) {
  return [
    ctx.db.insert(versions).values({
      ...v,
      tenantId: ctx.tenant.id,
      status: "draft",
      ...header,
      revision: 1,
      createdBy: ctx.actor.accountId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }),
    ...insertRows(ctx, v.id, rows),
  ];
}

/** Inserts for a version's rows, chunked so each statement stays under D1's 100 bound parameters. */
export function insertRows(ctx: Ctx, versionId: string, rows: CriterionRow[]) {
  const values = rows.map((r) => ({
    id: r.id,
    tenantId: ctx.tenant.id,
    setVersionId: versionId,
    ...rowValues(r),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }));
  const out = [];
  for (let i = 0; i < values.length; i += 6) out.push(ctx.db.insert(criteria).values(values.slice(i, i + 6)));
  return out;
}

const same = (a: CriterionRow, b: CriterionRow) =>
  (Object.keys(a) as (keyof CriterionRow)[]).every((k) => a[k] === b[k]);

/** Deletes, inserts and updates turning `before` into `after` (rows matched by id). */
export function rowStatements(ctx: Ctx, versionId: string, before: CriterionRow[], after: CriterionRow[]) {
  const b = new Map(before.map((r) => [r.id, r]));
  const a = new Set(after.map((r) => r.id));
  const out: BatchItem<"sqlite">[] = [];
  const gone = before.filter((r) => !a.has(r.id)).map((r) => r.id);
  for (let i = 0; i < gone.length; i += 90)
    out.push(
      ctx.db
        .delete(criteria)
        .where(
          scoped(
            ctx,
            criteria.tenantId,
            eq(criteria.setVersionId, versionId),
            inArray(criteria.id, gone.slice(i, i + 90)),
          ),
        ),
    );
  out.push(
    ...insertRows(
      ctx,
      versionId,
      after.filter((r) => !b.has(r.id)),
    ),
  );
  for (const r of after) {
    const old = b.get(r.id);
    if (!old || same(old, r)) continue;
    out.push(
      ctx.db
        .update(criteria)
        .set({ ...rowValues(r), updatedAt: ctx.now })
        .where(scoped(ctx, criteria.tenantId, eq(criteria.id, r.id), eq(criteria.setVersionId, versionId))),
    );
  }
  return out;
}
