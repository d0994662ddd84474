/**
 * The commendations importer, idempotent on (subject, year, level, form, decision number): a
 * second run changes nothing. The plan resolves a chunk's subjects in one read batch: the queue's
 * check rejects the rows it cannot place, the commit writes the rest in one atomic batch.
 */
import { and, eq, or, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { commendations, exemplarModels } from "../../db/schema/tenant/exemplars";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { bumpCountersMany, rollUp } from "../../platform/counters";
import { conflict } from "../../platform/errors";
import { newId } from "../../platform/ids";
import type { ImportSpec, RowError, Stored } from "../../platform/imports/spec";
import { inTenant, pathInActorScope, scoped } from "../../platform/scope";
import { commendationInserts, commendationUpdates } from "./commendations-import.queries";
import {
  type CommendationImportRow,
  commendationRowValues,
  describeCommendation,
  parseCommendationRow,
} from "./commendations-import.rules";
import { COMMENDATION_COLUMNS } from "./commendations-sheet.rules";
import { decisionKey } from "./commendations.service";
import { aliased, titleKey } from "./models.queries";
import { commendationDeltas } from "./recognition-figures.rules";
import { jsonSet, outcomeCounts, sheetImportBase } from "./recognition-sheets.rules";
import { firstVersion } from "../../platform/lookups";

const c = commendations;
type Subject = { id: string; kind: string; unitId: string; unitPath: string };
type Resolved = Stored<CommendationImportRow> & { subject: Subject };
type Update = Pick<
  typeof c.$inferSelect,
  "id" | "version" | "decisionNumber" | "decisionDate" | "issuer" | "content"
>;

/** The rows' units, members, models and the commendations they may repeat: one read batch. */
async function readFor(ctx: Ctx, rows: CommendationImportRow[]) {
  const codes = jsonSet(rows.map((p) => p.unitCode));
  const cards = jsonSet(rows.map((p) => p.card));
  const keys = jsonSet(rows.map((p) => (p.modelTitle ? titleKey(p.modelTitle) : "")));
  const inJson = (col: unknown, list: string) => sql`${col} IN (SELECT value FROM json_each(${list}))`;
  const u = { unitId: aliased<string>(units.id, "unit_id_"), unitCode: units.code, unitPath: units.path };
  const m = exemplarModels;
  const unitIds = sql`(SELECT uu.id FROM units uu WHERE ${inTenant(ctx, sql`uu.tenant_id`)} AND uu.code IN (SELECT value FROM json_each(${codes})))`;
  const candidates = or(
    sql`${c.subjectId} IN ${unitIds}`,
    sql`${c.subjectId} IN (SELECT mm.id FROM members mm WHERE ${inTenant(ctx, sql`mm.tenant_id`)} AND mm.card_number IN (SELECT value FROM json_each(${cards})))`,
    sql`${c.subjectId} IN (SELECT em.id FROM exemplar_models em WHERE ${inTenant(ctx, sql`em.tenant_id`)} AND em.unit_id IN ${unitIds}
          AND em.title_key IN (SELECT value FROM json_each(${keys})))`,
  );
  const [unitRows, memberRows, modelRows, existing] = await ctx.db.batch([
    ctx.db
      .select(u)
      .from(units)
      .where(scoped(ctx, units.tenantId, inJson(units.code, codes))),
    ctx.db
      .select({ id: members.id, card: members.cardNumber, ...u })
      .from(members)
      .innerJoin(units, and(eq(units.id, members.unitId), eq(units.tenantId, members.tenantId)))
      .where(scoped(ctx, members.tenantId, inJson(members.cardNumber, cards))),
    ctx.db
      .select({ id: m.id, titleKey: m.titleKey, startYear: m.startYear, kind: m.kind, ...u })
      .from(m)
      .innerJoin(units, and(eq(units.id, m.unitId), eq(units.tenantId, m.tenantId)))
      .where(scoped(ctx, m.tenantId, inJson(units.code, codes), inJson(m.titleKey, keys))),
    ctx.db
      .select()
      .from(c)
      .where(scoped(ctx, c.tenantId, candidates)),
  ]);
  const inScope = <T extends { unitPath: string }>(xs: T[]) =>
    xs.filter((x) => pathInActorScope(ctx, x.unitPath));
  return {
    unitByCode: new Map(inScope(unitRows).map((x) => [x.unitCode, x])),
    memberByCard: new Map(inScope(memberRows).map((x) => [x.card, x])),
    models: inScope(modelRows),
    existing,
  };
}

const keyOf = (x: { subjectId: string; year: number; level: string; form: string; decisionKey: string }) =>
  `${x.subjectId}|${x.year}|${x.level}|${x.form}|${x.decisionKey}`;

/** What the rows would change: commendations to insert and update, the outcome and the rows' errors. */
export async function planCommendations(ctx: Ctx, rows: Stored<CommendationImportRow>[]) {
  const { unitByCode, memberByCard, models, existing } = await readFor(ctx, rows);
  const errors = new Map<number, RowError[]>();
  const err = (row: number, column: string, message: string) =>
    errors.set(row, [...(errors.get(row) ?? []), { column, message }]);
  const resolved: Resolved[] = [];
  for (const p of rows) {
    let subject: Subject | undefined;
    if (p.subjectType === "member") {
      const x = memberByCard.get(p.card);
      if (!x)
        err(p.r, "Số thẻ đảng viên", "Không tìm thấy đảng viên có số thẻ này trong phạm vi của đồng chí.");
      else subject = { id: x.id, kind: "individual", unitId: x.unitId, unitPath: x.unitPath };
    } else if (p.subjectType === "unit") {
      const x = unitByCode.get(p.unitCode);
      if (!x) err(p.r, "Mã đơn vị", "Không tìm thấy đơn vị có mã này trong phạm vi của đồng chí.");
      else subject = { id: x.unitId, kind: "collective", unitId: x.unitId, unitPath: x.unitPath };
    } else {
      const hits = models.filter(
        (x) =>
          x.unitCode === p.unitCode &&
          x.titleKey === titleKey(p.modelTitle) &&
          (p.startYear === null || x.startYear === p.startYear),
      );
      const hit = hits.length === 1 ? hits[0]! : undefined;
      if (!hit)
        err(
          p.r,
          "Tên mô hình",
          hits.length
            ? "Có nhiều mô hình cùng tên ở đơn vị này: ghi thêm năm bắt đầu."
            : "Không tìm thấy mô hình này ở đơn vị đã ghi (xem sổ mô hình).",
        );
      else subject = { id: hit.id, kind: hit.kind, unitId: hit.unitId, unitPath: hit.unitPath };
    }
    if (subject) resolved.push({ ...p, subject });
  }
  const byKey = new Map(existing.map((x) => [keyOf(x), x]));
  const seen = new Map<string, number>();
  const inserts: (typeof c.$inferSelect)[] = [];
  const updates: Update[] = [];
  const outcome = { created: 0, updated: 0, unchanged: 0 };
  for (const r of resolved) {
    const row = {
      subjectId: r.subject.id,
      year: r.year,
      level: r.level,
      form: r.form,
      decisionKey: decisionKey(r.decisionNumber),
    };
    const k = keyOf(row);
    if (seen.has(k)) {
      err(r.r, "Số quyết định", `Trùng với dòng ${seen.get(k)}.`);
      continue;
    }
    seen.set(k, r.r);
    const ex = byKey.get(k);
    if (!ex) {
      inserts.push({
        id: newId(),
        tenantId: ctx.tenant.id,
        subjectType: r.subjectType,
        modelId: r.subjectType === "model" ? r.subject.id : null,
        memberId: r.subjectType === "member" ? r.subject.id : null,
        unitId: r.subject.unitId,
        subjectKind: r.subject.kind,
        decisionNumber: r.decisionNumber,
        decisionDate: r.decisionDate,
        issuer: r.issuer,
        content: r.content,
        createdBy: ctx.actor.accountId,
        ...firstVersion(ctx),
        ...row,
      });
      outcome.created++;
    } else if (
      ex.issuer !== r.issuer ||
      (r.content && ex.content !== r.content) ||
      (r.decisionDate && ex.decisionDate !== r.decisionDate) ||
      ex.decisionNumber !== r.decisionNumber
    ) {
      updates.push({
        id: ex.id,
        version: ex.version,
        decisionNumber: r.decisionNumber,
        decisionDate: r.decisionDate ?? ex.decisionDate,
        issuer: r.issuer,
        content: r.content || ex.content,
      });
      outcome.updated++;
    } else outcome.unchanged++;
  }
  const pathOf = new Map(resolved.map((r) => [r.subject.unitId, r.subject.unitPath]));
  const counters = inserts.map((x) => ({
    unitPath: pathOf.get(x.unitId)!,
    year: x.year,
    deltas: commendationDeltas(x),
  }));
  return { inserts, updates, counters, outcome, errors };
}

export const commendationsImport: ImportSpec<CommendationImportRow, Record<string, number>, null, null> = {
  kind: "commendations.import",
  audit: "commendation_import",
  filePrefix: "commendation-imports",
  fallbackName: "khen-thuong.xlsx",
  ...sheetImportBase(COMMENDATION_COLUMNS),
  parseRow: (r, index) => parseCommendationRow(r, index),
  check: async (ctx, rows) => (await planCommendations(ctx, rows)).errors,
  describe: describeCommendation,
  rowValues: commendationRowValues,
  async writeChunk(ctx, rows) {
    const { inserts, updates, counters, outcome: o } = await planCommendations(ctx, rows);
    return {
      statements: [
        ...commendationInserts(ctx, inserts),
        ...commendationUpdates(ctx, updates),
        ...bumpCountersMany(ctx, rollUp(counters)),
      ],
      counts: outcomeCounts(o),
      audit: { ...o, inserted: inserts.map((x) => x.id), changedIds: updates.map((x) => x.id) },
    };
  },
  uniques: {
    "commendations.tenant_id, commendations.subject_id": conflict(
      "Có người vừa nhập cùng khen thưởng. Vui lòng nhập lại tệp.",
    ),
  },
  chunkConflict: (_ctx, _job, e) => e.message,
};
