/** Commendations (khen thưởng, biểu dương) of a model, a member or a unit, counted where they live. */
import { and, eq } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { commendations, exemplarModels } from "../../db/schema/tenant/exemplars";
import { members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { eventInsert } from "../../platform/events";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { bumpCounters } from "../../platform/counters";
import { conflict, firstOr404, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { pathInActorScope, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { commendationDeltas, yearMoves } from "./recognition-figures.rules";
import { aliased } from "./models.queries";
import type {
  CommendationOut,
  CreateCommendationInput,
  UpdateCommendationInput,
} from "./commendations.inputs";
import { commendationsQuery, toCommendationOut } from "./commendations.queries";
import { firstVersion, nextVersion, writeAtVersion } from "../../platform/lookups";
import { deleteCounted } from "./recognition-writes.service";

const c = commendations;
export const COMMENDATION_404 = "Không tìm thấy khen thưởng.";
const duplicate = () =>
  invalid({
    decisionNumber: "Đã ghi khen thưởng này (cùng đối tượng, năm, cấp, hình thức và số quyết định).",
  });
export const COMMENDATION_UNIQUE = { "commendations.tenant_id, commendations.subject_id": duplicate() };
const stale = () => conflict("Khen thưởng vừa được người khác sửa. Vui lòng tải lại trang.");

/** "123 - QĐ/TU" → "123-QĐ/TU": decision numbers compared without spaces or case. */
export const decisionKey = (s: string) => s.replace(/\s+/g, "").toLocaleUpperCase("vi");

export interface Subject {
  type: "model" | "member" | "unit";
  id: string;
  name: string;
  kind: "collective" | "individual";
  unitId: string;
  unitPath: string;
  modelId: string | null;
  memberId: string | null;
}

/** Reads for resolving a subject of any type (one batch); finishSubject picks the answer. */
export function subjectQueries(ctx: Ctx, type: Subject["type"], id: string) {
  const u = { unitId: aliased<string>(units.id, "unit_id_"), unitPath: units.path };
  return [
    ctx.db
      .select({ id: exemplarModels.id, name: exemplarModels.title, kind: exemplarModels.kind, ...u })
      .from(exemplarModels)
      .innerJoin(units, and(eq(units.id, exemplarModels.unitId), eq(units.tenantId, exemplarModels.tenantId)))
      .where(scoped(ctx, exemplarModels.tenantId, eq(exemplarModels.id, type === "model" ? id : ""))),
    ctx.db
      .select({ id: members.id, name: members.fullName, kind: members.status, ...u })
      .from(members)
      .innerJoin(units, and(eq(units.id, members.unitId), eq(units.tenantId, members.tenantId)))
      .where(scoped(ctx, members.tenantId, eq(members.id, type === "member" ? id : ""))),
    ctx.db
      .select({ id: units.id, name: units.name, kind: units.kind, ...u })
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.id, type === "unit" ? id : ""))),
  ] as const;
}

type SubjectRow = { id: string; name: string; kind: string; unitId: string; unitPath: string };
export function finishSubject(ctx: Ctx, type: Subject["type"], rows: readonly SubjectRow[][]): Subject {
  const r = rows[type === "model" ? 0 : type === "member" ? 1 : 2]?.[0];
  if (!r || !pathInActorScope(ctx, r.unitPath))
    throw notFound(
      `Không tìm thấy ${type === "model" ? "mô hình" : type === "member" ? "đảng viên" : "đơn vị"}.`,
    );
  const kind =
    type === "member" ? "individual" : type === "unit" ? "collective" : (r.kind as Subject["kind"]);
  return {
    type,
    id: r.id,
    name: r.name,
    kind,
    unitId: r.unitId,
    unitPath: r.unitPath,
    modelId: type === "model" ? r.id : null,
    memberId: type === "member" ? r.id : null,
  };
}

function yearOf(input: { year?: number | undefined; decisionDate?: string | undefined }): number {
  const y = input.year ?? (input.decisionDate ? Number(input.decisionDate.slice(0, 4)) : undefined);
  if (!y) throw invalid({ year: "Cần ghi năm khen thưởng hoặc ngày quyết định." });
  return y;
}

export async function createCommendation(ctx: Ctx, input: CreateCommendationInput): Promise<CommendationOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const year = yearOf(input);
  const subject = finishSubject(
    ctx,
    input.subjectType,
    await ctx.db.batch(subjectQueries(ctx, input.subjectType, input.subjectId)),
  );
  const row: typeof c.$inferSelect = {
    id: newId(),
    tenantId: ctx.tenant.id,
    subjectType: subject.type,
    subjectId: subject.id,
    modelId: subject.modelId,
    memberId: subject.memberId,
    unitId: subject.unitId,
    subjectKind: subject.kind,
    level: input.level,
    form: input.form,
    decisionNumber: input.decisionNumber ?? "",
    decisionKey: decisionKey(input.decisionNumber ?? ""),
    decisionDate: input.decisionDate ?? null,
    issuer: input.issuer,
    year,
    content: input.content ?? "",
    createdBy: ctx.actor.accountId,
    ...firstVersion(ctx),
  };
  const out = toCommendationOut({
    c: row,
    unitName: "",
    unitPath: subject.unitPath,
    subjectName: subject.name,
  });
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(c).values(row),
      bumpCounters(ctx, subject.unitPath, year, commendationDeltas(row)),
      auditInsert(ctx, {
        action: "commendation.create",
        entityType: "commendation",
        entityId: row.id,
        after: out,
        onBehalfOf: subject.memberId,
      }),
      eventInsert(ctx, {
        type: "commendation.created",
        unit: { id: row.unitId, path: subject.unitPath },
        resource: { type: "commendation", id: row.id },
        data: out,
      }),
    ],
    COMMENDATION_UNIQUE,
  );
  return out;
}

const getRow = (ctx: Ctx, id: string) => firstOr404(commendationsQuery(ctx, eq(c.id, id)), COMMENDATION_404);

export async function getCommendation(ctx: Ctx, id: string): Promise<CommendationOut> {
  requireRole(ctx, "admin", "secretary", "member");
  return toCommendationOut(await getRow(ctx, id));
}

export async function updateCommendation(
  ctx: Ctx,
  id: string,
  input: UpdateCommendationInput,
): Promise<CommendationOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const before = await getRow(ctx, id);
  if (before.c.version !== input.version) throw stale();
  const decisionDate = input.decisionDate ?? before.c.decisionDate;
  const after = {
    ...before.c,
    level: input.level ?? before.c.level,
    form: input.form ?? before.c.form,
    decisionNumber: input.decisionNumber ?? before.c.decisionNumber,
    decisionKey: decisionKey(input.decisionNumber ?? before.c.decisionNumber),
    decisionDate,
    issuer: input.issuer ?? before.c.issuer,
    year: input.year ?? before.c.year,
    content: input.content ?? before.c.content,
    ...nextVersion(before.c, ctx),
  };
  const moved = after.year !== before.c.year || after.level !== before.c.level;
  const { id: _, tenantId: __, createdAt: ___, createdBy: ____, ...changes } = after;
  await writeBatch(
    ctx.db,
    [
      ...writeAtVersion(ctx, c, { id, version: input.version }, changes),
      ...(moved
        ? yearMoves(
            { year: before.c.year, deltas: commendationDeltas(before.c) },
            { year: after.year, deltas: commendationDeltas(after) },
          ).map((m) => bumpCounters(ctx, before.unitPath, m.year, m.deltas))
        : []),
      auditInsert(ctx, {
        action: "commendation.update",
        entityType: "commendation",
        entityId: id,
        before: toCommendationOut(before),
        after: toCommendationOut({ ...before, c: after }),
      }),
    ],
    COMMENDATION_UNIQUE,
  );
  return toCommendationOut({ ...before, c: after });
}

export async function deleteCommendation(ctx: Ctx, id: string, version: number): Promise<void> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const before = await getRow(ctx, id);
  if (before.c.version !== version) throw stale();
  await deleteCounted(ctx, c, "commendation", { id, version }, toCommendationOut(before), {
    unitPath: before.unitPath,
    year: before.c.year,
    deltas: commendationDeltas(before.c, -1),
  });
}
