/** Write verbs of the models registry: every one is one read batch + one atomic write batch. */
import { and, eq, inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import {
  commendations,
  exemplarModelFiles,
  exemplarModelYears,
  exemplarModels,
} from "../../db/schema/tenant/exemplars";
import { members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import type { EventType } from "../../domain/events";
import { eventInsert } from "../../platform/events";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { atVersion, firstVersion, nextVersion, writeAtVersion } from "../../platform/lookups";
import { bumpCounters } from "../../platform/counters";
import { conflict, invalid, notFound } from "../../platform/errors";
import { filesOf } from "../../platform/files";
import { newId } from "../../platform/ids";
import { matching, pathInActorScope, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { searchKey } from "../../platform/text";
import { MODEL_404, rejectMemberFields, requireModelWrite, yearErrors } from "./models.rules";
import { yearDeltas } from "./recognition-figures.rules";
import type { CreateModelInput, ModelOut, SetYearInput, UpdateModelInput } from "./models.inputs";
import { aliased, modelInTenantQuery, titleKey, toModelOut, yearsQuery } from "./models.queries";

type YearRow = typeof exemplarModelYears.$inferSelect;
const CURRENT_MEMBER = ["official", "probationary"];
const taken = () => invalid({ title: "Đơn vị này đã có mô hình cùng tên với cùng năm bắt đầu." });
const UNIQUE = { "exemplar_models.tenant_id, exemplar_models.unit_id": taken() };
export const stale = () => conflict("Mô hình vừa được người khác sửa. Vui lòng tải lại trang.");

/** Units by id within the actor's scope (replication targets). */
export function unitsByIdQuery(ctx: Ctx, ids: string[]) {
  return ctx.db
    .select({ id: units.id, path: units.path, status: units.status })
    .from(units)
    .where(scoped(ctx, units.tenantId, inArray(units.id, ids.length ? ids : [""])));
}

export function checkTargets(ctx: Ctx, wanted: string[] | undefined, found: { id: string; path: string }[]) {
  const ok = new Set(found.filter((u) => pathInActorScope(ctx, u.path)).map((u) => u.id));
  if ((wanted ?? []).some((id) => !ok.has(id)))
    throw invalid({ replicatedTo: "Có đơn vị nhân rộng không tìm thấy trong phạm vi của đồng chí." });
}

export function yearRow(ctx: Ctx, modelId: string, y: Omit<SetYearInput, "version">): YearRow {
  return {
    tenantId: ctx.tenant.id,
    modelId,
    year: y.year,
    status: y.status,
    exemplary: y.exemplary ? 1 : 0,
    replicatedTo: JSON.stringify([...new Set(y.replicatedTo ?? [])]),
    note: y.note ?? "",
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export async function createModel(ctx: Ctx, input: CreateModelInput): Promise<ModelOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  if (input.kind === "collective" && (!input.unitId || input.memberId))
    throw invalid({ unitId: "Mô hình tập thể cần chọn đơn vị (không chọn đảng viên)." });
  if (input.kind === "individual" && (!input.memberId || input.unitId))
    throw invalid({ memberId: "Mô hình cá nhân cần chọn đảng viên (đơn vị lấy theo đảng viên)." });
  if (input.firstYear) {
    const e = yearErrors(input.startYear, input.firstYear, "firstYear.");
    if (Object.keys(e).length) throw invalid(e);
  }
  const [unitRows, memberRows, targets] = await ctx.db.batch([
    ctx.db
      .select({ id: units.id, code: units.code, name: units.name, path: units.path, status: units.status })
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.id, input.unitId ?? ""))),
    ctx.db
      .select({
        m: members,
        unitPath: units.path,
        unitCode: units.code,
        unitName: units.name,
        unitStatus: aliased<string>(units.status, "unit_status"),
      })
      .from(members)
      .innerJoin(units, and(eq(units.id, members.unitId), eq(units.tenantId, members.tenantId)))
      .where(scoped(ctx, members.tenantId, eq(members.id, input.memberId ?? ""))),
    unitsByIdQuery(ctx, input.firstYear?.replicatedTo ?? []),
  ]);
  const member = memberRows[0];
  const unit =
    input.kind === "collective"
      ? unitRows[0]
      : member && {
          id: member.m.unitId,
          code: member.unitCode,
          name: member.unitName,
          path: member.unitPath,
          status: member.unitStatus,
        };
  if (!unit || !pathInActorScope(ctx, unit.path))
    throw notFound(input.kind === "collective" ? "Không tìm thấy đơn vị." : "Không tìm thấy đảng viên.");
  if (unit.status !== "active") throw conflict("Đơn vị đã giải thể, không thể thêm mô hình.");
  if (member && !CURRENT_MEMBER.includes(member.m.status))
    throw conflict("Đảng viên không còn sinh hoạt trong đơn vị, không thể thêm mô hình cá nhân.");
  checkTargets(ctx, input.firstYear?.replicatedTo, targets);
  const id = newId();
  const row: typeof exemplarModels.$inferSelect = {
    id,
    tenantId: ctx.tenant.id,
    kind: input.kind,
    unitId: unit.id,
    memberId: member?.m.id ?? null,
    title: input.title,
    titleKey: titleKey(input.title),
    searchKey: searchKey(input.title),
    description: input.description ?? "",
    field: input.field,
    startYear: input.startYear,
    published: 0,
    createdBy: ctx.actor.accountId,
    ...firstVersion(ctx),
  };
  const first = input.firstYear ? yearRow(ctx, id, input.firstYear) : null;
  const out = toModelOut(
    {
      m: row,
      unitCode: unit.code,
      unitName: unit.name,
      unitPath: unit.path,
      memberName: member?.m.fullName ?? null,
    },
    first,
  );
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(exemplarModels).values(row),
      ...(first
        ? [
            ctx.db.insert(exemplarModelYears).values(first),
            bumpCounters(ctx, unit.path, first.year, yearDeltas(first)),
          ]
        : []),
      auditInsert(ctx, { action: "model.create", entityType: "model", entityId: id, after: out }),
      modelEvent(ctx, "model.created", unit.path, out),
    ],
    UNIQUE,
  );
  return out;
}

export async function updateModel(ctx: Ctx, id: string, input: UpdateModelInput): Promise<ModelOut> {
  requireRole(ctx, "admin", "secretary", "member");
  requireWritable(ctx);
  const [rows, years] = await ctx.db.batch([modelInTenantQuery(ctx, id), yearsQuery(ctx, id)]);
  const row = requireModelWrite(ctx, rows[0]);
  rejectMemberFields(ctx, input);
  if (row.m.version !== input.version) throw stale();
  const startYear = input.startYear ?? row.m.startYear;
  if (startYear !== row.m.startYear) {
    const bad = years.find((y) => y.year < startYear || (y.status === "new" && y.year !== startYear));
    if (bad)
      throw conflict(
        `Không đổi được năm bắt đầu: tình trạng năm ${bad.year} không còn phù hợp. Sửa các năm trước.`,
      );
  }
  const published = input.published ?? row.m.published === 1;
  // Checked when publishing; a model published earlier stays editable.
  if (published && row.m.published !== 1 && !years.some((y) => y.exemplary === 1))
    throw conflict("Chỉ công bố được mô hình đã được ghi nhận là điển hình ít nhất một năm.");
  const title = input.title ?? row.m.title;
  const after = {
    ...row.m,
    title,
    titleKey: titleKey(title),
    searchKey: searchKey(title),
    description: input.description ?? row.m.description,
    field: input.field ?? row.m.field,
    startYear,
    published: published ? 1 : 0,
    ...nextVersion(row.m, ctx),
  };
  const latest = years[years.length - 1] ?? null;
  const { id: _, tenantId: __, createdAt: ___, createdBy: ____, ...changes } = after;
  await writeBatch(
    ctx.db,
    [
      ctx.db
        .update(exemplarModels)
        .set(changes)
        .where(matching(ctx, exemplarModels, { id, version: input.version })),
      guardChanged(ctx.db),
      auditInsert(ctx, {
        action: "model.update",
        entityType: "model",
        entityId: id,
        before: toModelOut(row, latest),
        after: toModelOut({ ...row, m: after }, latest),
        onBehalfOf: row.m.memberId,
      }),
    ],
    UNIQUE,
  );
  return toModelOut({ ...row, m: after }, latest);
}

/** The change event of a model (`out` as the API shows it), in its unit. */
export function modelEvent(ctx: Ctx, type: EventType, unitPath: string, out: ModelOut) {
  return eventInsert(ctx, {
    type,
    unit: { id: out.unitId, path: unitPath },
    resource: { type: "model", id: out.id },
    data: out,
  });
}

/** Deletes a model without commendations, with its years, counters and evidence files. */
export async function deleteModel(ctx: Ctx, id: string, version: number): Promise<void> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const [rows, years, files, comm] = await ctx.db.batch([
    modelInTenantQuery(ctx, id),
    yearsQuery(ctx, id),
    ctx.db
      .select({ id: exemplarModelFiles.id })
      .from(exemplarModelFiles)
      .where(scoped(ctx, exemplarModelFiles.tenantId, eq(exemplarModelFiles.modelId, id))),
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(commendations)
      .where(scoped(ctx, commendations.tenantId, eq(commendations.modelId, id))),
  ]);
  const row = requireModelWrite(ctx, rows[0]);
  if ((comm[0]?.n ?? 0) > 0)
    throw conflict("Mô hình đã có khen thưởng: xóa các khen thưởng trước khi xóa mô hình.");
  if (row.m.version !== version) throw stale();
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, exemplarModels, { id, version }, null),
    ctx.db
      .delete(exemplarModelYears)
      .where(scoped(ctx, exemplarModelYears.tenantId, eq(exemplarModelYears.modelId, id))),
    ctx.db
      .delete(exemplarModelFiles)
      .where(scoped(ctx, exemplarModelFiles.tenantId, eq(exemplarModelFiles.modelId, id))),
    ...years.map((y) => bumpCounters(ctx, row.unitPath, y.year, yearDeltas(y, -1))),
    auditInsert(ctx, {
      action: "model.delete",
      entityType: "model",
      entityId: id,
      before: { ...toModelOut(row, years[years.length - 1] ?? null), years, files: files.length },
    }),
  ]);
  // The rows are gone; objects left behind by a failed delete are unreachable and harmless.
  await filesOf(ctx)
    .delete(files.map((f) => `models/${id}/${f.id}`))
    .catch(() => undefined);
}

/** The model's version bump that every year write carries (the concurrency token of its years). */
export function bumpModelVersion(ctx: Ctx, id: string, version: number) {
  return ctx.db
    .update(exemplarModels)
    .set({ version: version + 1, updatedAt: ctx.now })
    .where(atVersion(ctx, exemplarModels, id, version));
}

export { MODEL_404 };
