/** Starting a unit's criteria set for a year: from a template (root only), a copy of another year, or blank. */
import { desc, eq, inArray, sql } from "drizzle-orm";
import { criteriaSetVersions as versions, criteriaSets } from "../../db/schema/tenant/criteria";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { matching, pathInActorScope, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { CreateSetInput } from "./criteria.inputs";
import {
  type JoinedRow,
  type UnitLite,
  groupByVersion,
  insertDraft,
  unitQuery,
  versionRowsQuery,
} from "./criteria.queries";
import { type CriterionRow, mergeHeader } from "./criteria.rules";
import { type EffectiveResult, effectiveQueries, finishEffective } from "./criteria.service";
import { findTemplate } from "./criteria-templates.rules";
import { firstVersion } from "../../platform/lookups";

const setExists = (year: number) =>
  conflict(`Đơn vị đã có khung tiêu chí năm ${year}. Hãy mở khung đó để chỉnh sửa.`);

/** Starts a unit's set for a year as a draft: from a template (root only), a copy of another year, or blank. */
export async function createSet(ctx: Ctx, input: CreateSetInput): Promise<{ id: string; versionId: string }> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const [unitRows, existing, source] = await ctx.db.batch([
    unitQuery(ctx, input.unitId),
    ctx.db
      .select({ id: criteriaSets.id })
      .from(criteriaSets)
      .where(matching(ctx, criteriaSets, { unitId: input.unitId, year: input.year })),
    versionRowsQuery(
      ctx,
      sql`(SELECT ${versions.id} FROM ${versions} WHERE ${matching(
        ctx,
        versions,
        { unitId: input.unitId, year: input.copyFromYear ?? -1 },
        inArray(versions.status, ["draft", "published"]),
      )})`,
    ),
  ]);
  const unit = unitRows[0];
  if (!unit || !pathInActorScope(ctx, unit.path)) throw notFound("Không tìm thấy đơn vị.");
  if (existing.length) throw setExists(input.year);
  const plan = startingPoint(input, unit, source);
  const setId = newId();
  const versionId = newId();
  const rows = plan.rows.map((r) => ({ ...r, id: newId() }));
  const header = mergeHeader(input, plan);
  if (!header.title || !header.issuer)
    throw invalid({
      ...(header.title ? {} : { title: "Cần nhập tên văn bản." }),
      ...(header.issuer ? {} : { issuer: "Cần nhập cơ quan ban hành." }),
    });
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(criteriaSets).values({
        id: setId,
        tenantId: ctx.tenant.id,
        unitId: unit.id,
        year: input.year,
        ...firstVersion(ctx),
      }),
      ...insertDraft(
        ctx,
        { id: versionId, setId, unitId: unit.id, year: input.year, number: 1, sourceTemplate: plan.template },
        { ...header, title: header.title, issuer: header.issuer },
        rows,
      ),
      auditInsert(ctx, {
        action: "criteria_set.create",
        entityType: "criteria_set",
        entityId: setId,
        after: { unitId: unit.id, year: input.year, source: input.source, ...header, criteria: rows.length },
      }),
    ],
    { "criteria_sets.tenant_id, criteria_sets.unit_id": setExists(input.year) },
  );
  return { id: setId, versionId };
}

type StartRow = Omit<CriterionRow, "id">;
interface StartingPoint {
  rows: StartRow[];
  title?: string | undefined;
  issuer?: string | undefined;
  docNumber: string | null;
  docDate: string | null;
  basis: string | null;
  template: string | null;
}

function startingPoint(input: CreateSetInput, unit: UnitLite, source: JoinedRow[]): StartingPoint {
  if (input.source === "template") {
    if (unit.depth !== 0)
      throw invalid({
        source: "Chỉ khung tiêu chí của cấp cao nhất mới áp dụng mẫu; cấp dưới kế thừa khung của cấp trên.",
      });
    const t = findTemplate(input.templateId ?? "");
    if (!t) throw invalid({ templateId: "Không tìm thấy mẫu khung tiêu chí này." });
    const pos = { exemplar: 0, follower: 0 };
    return {
      rows: t.criteria.map((c) => ({
        key: c.key,
        group: c.group,
        position: ++pos[c.group],
        kind: "added",
        title: c.title,
        body: c.body,
        isCore: c.isCore,
        basisId: null,
        basisTitle: null,
        basisBody: null,
      })),
      title: t.title,
      issuer: t.issuer,
      docNumber: t.docNumber,
      docDate: t.docDate,
      basis: t.basis,
      template: t.id,
    };
  }
  if (input.source === "copy") {
    if (input.copyFromYear === undefined || input.copyFromYear === input.year)
      throw invalid({ copyFromYear: "Chọn một năm khác để sao chép khung tiêu chí." });
    const byVersion = [...groupByVersion(source).values()];
    const from = byVersion.find((v) => v.meta.status === "published") ?? byVersion[0];
    if (!from) throw invalid({ copyFromYear: `Đơn vị chưa có khung tiêu chí năm ${input.copyFromYear}.` });
    // Keys are kept, so links to the parent's criteria carry over to the new year.
    return {
      rows: from.rows.map(({ id: _id, ...r }) => r),
      title: from.meta.title,
      issuer: from.meta.issuer,
      docNumber: from.meta.docNumber,
      docDate: from.meta.docDate,
      basis: null,
      template: null,
    };
  }
  return { rows: [], docNumber: null, docDate: null, basis: null, template: null };
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
    canEdit: pathInActorScope(ctx, unit.path),
  };
}
