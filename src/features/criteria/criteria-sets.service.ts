/**
 * Reading one criteria set: everything its page needs (one batch), one stored version, and the
 * set beside its parent's and the root framework's.
 */
import { type SQL, and, asc, desc, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { criteria, criteriaSetVersions as versions, criteriaSets } from "../../db/schema/tenant/criteria";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { pathInActorScope, scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import type { SetStatus } from "./criteria.inputs";
import {
  type JoinedRow,
  type UnitLite,
  buildLevels,
  groupByVersion,
  pathPublishedRowsQuery,
  pathUnitsQuery,
  setRowsQuery,
  unitColsAs,
} from "./criteria.queries";
import {
  type CompareRow,
  type CriterionRow,
  type Level,
  type Notice,
  type Snapshot,
  compareSnapshots,
  foldLevels,
} from "./criteria.rules";
import { canReadUnit } from "./criteria.service";

type VersionRow = typeof versions.$inferSelect;
export type VersionOut = Omit<VersionRow, "tenantId" | "createdBy" | "publishedBy" | "status"> & {
  status: SetStatus;
  locked: boolean;
};

export function toVersionOut(v: VersionRow): VersionOut {
  const { tenantId: _t, createdBy: _c, publishedBy: _p, ...rest } = v;
  return { ...rest, status: v.status as SetStatus, locked: v.lockedAt !== null };
}

export const SET_NOT_FOUND = "Không tìm thấy khung tiêu chí.";

export interface SetView {
  set: { id: string; unitId: string; year: number; version: number; updatedAt: number };
  unit: UnitLite & { parentId: string | null };
  path: UnitLite[];
  versions: VersionOut[];
  draft: VersionOut | null;
  published: VersionOut | null;
  working: VersionOut;
  workingRows: CriterionRow[];
  publishedRows: CriterionRow[];
  /** What the next edit does: change the draft, change the unused published version, or start a draft. */
  editMode: "draft" | "in-place" | "new-draft";
  canEdit: boolean;
  /** Effective sets (published) of the root and of the parent; null at the root. */
  root: Snapshot | null;
  parent: Snapshot | null;
  /** This unit's effective set with its working version, and with its published one. */
  effective: Snapshot;
  publishedEffective: Snapshot | null;
  notices: Notice[];
}

const setSeed = (ctx: Ctx, setId: string, col: "unit_id" | "year"): SQL =>
  sql`(SELECT ${col === "unit_id" ? criteriaSets.unitId : criteriaSets.year} FROM ${criteriaSets} WHERE ${scoped(ctx, criteriaSets.tenantId, eq(criteriaSets.id, setId))})`;

/** One row of a set-level table (a set, a version) by id, with its unit: the head of a read batch. */
function withUnitQuery<T extends typeof criteriaSets | typeof versions>(ctx: Ctx, table: T, id: string) {
  return ctx.db
    .select({ r: table, u: unitColsAs })
    .from(table)
    .innerJoin(units, and(eq(units.id, table.unitId), eq(units.tenantId, table.tenantId)))
    .where(scoped(ctx, table.tenantId, eq(table.id, id)))
    .limit(1);
}

/** A set with its versions, rows, ancestors' published sets and the folded results: one round trip. */
export async function getSetView(ctx: Ctx, setId: string): Promise<SetView> {
  requireRole(ctx, "admin", "secretary");
  const [setRows, versionRows, ownRows, path, above] = await ctx.db.batch([
    withUnitQuery(ctx, criteriaSets, setId),
    ctx.db
      .select()
      .from(versions)
      .where(scoped(ctx, versions.tenantId, eq(versions.setId, setId)))
      .orderBy(desc(versions.number)),
    setRowsQuery(ctx, setId),
    pathUnitsQuery(ctx, setSeed(ctx, setId, "unit_id")),
    pathPublishedRowsQuery(ctx, setSeed(ctx, setId, "unit_id"), setSeed(ctx, setId, "year")),
  ]);
  const row = setRows[0];
  if (!row || !canReadUnit(ctx, row.u.path)) throw notFound(SET_NOT_FOUND);
  return assembleSetView(ctx, row, versionRows, ownRows, path, above);
}

function assembleSetView(
  ctx: Ctx,
  row: { r: typeof criteriaSets.$inferSelect; u: UnitLite & { parentId: string | null } },
  versionRows: VersionRow[],
  ownRows: JoinedRow[],
  path: UnitLite[],
  above: JoinedRow[],
): SetView {
  const all = versionRows.map(toVersionOut);
  const draft = all.find((v) => v.status === "draft") ?? null;
  const published = all.find((v) => v.status === "published") ?? null;
  const working = (draft ?? published)!;
  const own = groupByVersion(ownRows);
  const workingRows = own.get(working.id)?.rows ?? [];
  const publishedRows = published ? (own.get(published.id)?.rows ?? []) : [];
  const ancestors = path.filter((u) => u.id !== row.u.id);
  const parentLevels = buildLevels(
    ancestors,
    above.filter((r) => r.vUnitId !== row.u.id),
  );
  const ownLevel = (v: VersionOut, rows: CriterionRow[]): Level => ({
    unit: { unitId: row.u.id, unitName: row.u.name, kind: row.u.kind, depth: row.u.depth },
    version: own.get(v.id)?.meta ?? {
      id: v.id,
      setId: v.setId,
      number: v.number,
      status: v.status,
      title: v.title,
      issuer: v.issuer,
      docNumber: v.docNumber,
      docDate: v.docDate,
      revision: v.revision,
      locked: v.locked,
    },
    rows,
  });
  const snaps = foldLevels([...parentLevels, ownLevel(working, workingRows)]);
  const effective = snaps.at(-1)!;
  const publishedEffective = published
    ? (foldLevels([...parentLevels, ownLevel(published, publishedRows)]).at(-1) ?? null)
    : null;
  return {
    set: {
      id: row.r.id,
      unitId: row.r.unitId,
      year: row.r.year,
      version: row.r.version,
      updatedAt: row.r.updatedAt,
    },
    unit: row.u,
    path,
    versions: all,
    draft,
    published,
    working,
    workingRows,
    publishedRows,
    editMode: draft ? "draft" : published?.locked ? "new-draft" : "in-place",
    canEdit: pathInActorScope(ctx, row.u.path),
    root: parentLevels.length ? snaps[0]! : null,
    parent: parentLevels.length ? snaps[snaps.length - 2]! : null,
    effective,
    publishedEffective,
    notices: effective.notices,
  };
}

/** One version of a set exactly as stored (the wording plans point at), with its unit. */
export async function getSetVersion(ctx: Ctx, versionId: string) {
  const [vRows, rows] = await ctx.db.batch([
    withUnitQuery(ctx, versions, versionId),
    ctx.db
      .select()
      .from(criteria)
      .where(scoped(ctx, criteria.tenantId, eq(criteria.setVersionId, versionId)))
      .orderBy(asc(criteria.group), asc(criteria.position)),
  ]);
  const row = vRows[0];
  if (!row || !canReadUnit(ctx, row.u.path)) throw notFound("Không tìm thấy phiên bản khung tiêu chí.");
  const { path: _p, ...unit } = row.u;
  return {
    version: toVersionOut(row.r),
    unit,
    rows: rows.map((c) => ({
      id: c.id,
      key: c.key,
      group: c.group,
      position: c.position,
      kind: c.kind,
      title: c.title,
      body: c.body,
      isCore: c.isCore === 1,
      basisId: c.basisId,
      basisTitle: c.basisTitle,
      basisBody: c.basisBody,
    })) as CriterionRow[],
  };
}

export interface SetComparison {
  setId: string;
  unit: { id: string; name: string };
  parentName: string | null;
  rootName: string | null;
  year: number;
  rows: CompareRow[];
  view: SetView;
}

/** The set's effective criteria (working version) beside its parent's and the root framework's. */
export async function getSetCompare(ctx: Ctx, setId: string): Promise<SetComparison> {
  const view = await getSetView(ctx, setId);
  const empty: Snapshot = { ...view.effective, version: null, criteria: [], hidden: [], notices: [] };
  return {
    setId,
    unit: { id: view.unit.id, name: view.unit.name },
    parentName: view.parent?.unit.unitName ?? null,
    rootName: view.root?.unit.unitName ?? null,
    year: view.set.year,
    rows: compareSnapshots(view.root ?? empty, view.parent ?? empty, view.effective),
    view,
  };
}
