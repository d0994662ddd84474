/**
 * Commendations to and from spreadsheets. The import is idempotent on (subject, year, level,
 * form, decision number): a second run changes nothing; bad rows are reported, good rows land.
 */
import { and, eq, or, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { commendations, exemplarModels } from "../../db/schema/tenant/exemplars";
import { members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { bumpCountersMany, rollUp } from "../../platform/counters";
import { conflict } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { commendationDeltas } from "./recognition-figures.rules";
import { aliased, titleKey } from "./models.queries";
import { type ImportResult, mapHeader, readUpload } from "./recognition-sheets.rules";
import { pathInScope } from "../orgs";
import { COMMENDATION_COLUMNS } from "./commendations-sheet.rules";
import { type ParsedCommendation, parseCommendationRows } from "./commendations-import.rules";
import { commendationInserts, commendationUpdates } from "./commendations-import.queries";
import { decisionKey } from "./commendations.service";

const c = commendations;

export async function importCommendations(
  ctx: Ctx,
  bytes: Uint8Array,
  dryRun: boolean,
): Promise<ImportResult> {
  requireRole(ctx, "admin", "secretary");
  if (!dryRun) requireWritable(ctx);
  const sheet = readUpload(bytes);
  const { parsed, errors, total } = parseCommendationRows(sheet, mapHeader(sheet, COMMENDATION_COLUMNS));
  const j = (xs: string[]) => JSON.stringify([...new Set(xs.filter(Boolean))]);
  const codes = j(parsed.map((p) => p.unitCode));
  const cards = j(parsed.map((p) => p.card));
  const keys = j(parsed.map((p) => (p.modelTitle ? titleKey(p.modelTitle) : "")));
  const inJson = (col: unknown, list: string) => sql`${col} IN (SELECT value FROM json_each(${list}))`;
  const u = { unitId: aliased<string>(units.id, "unit_id_"), unitCode: units.code, unitPath: units.path };
  const m = exemplarModels;
  const t = ctx.tenant.id;
  const unitIds = sql`(SELECT id FROM units WHERE tenant_id = ${t} AND code IN (SELECT value FROM json_each(${codes})))`;
  const candidates = or(
    sql`${c.subjectId} IN ${unitIds}`,
    sql`${c.subjectId} IN (SELECT id FROM members WHERE tenant_id = ${t} AND card_number IN (SELECT value FROM json_each(${cards})))`,
    sql`${c.subjectId} IN (SELECT id FROM exemplar_models WHERE tenant_id = ${t} AND unit_id IN ${unitIds}
          AND title_key IN (SELECT value FROM json_each(${keys})))`,
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
  const unitByCode = new Map(
    unitRows.filter((x) => pathInScope(ctx, x.unitPath)).map((x) => [x.unitCode, x]),
  );
  const memberByCard = new Map(
    memberRows.filter((x) => pathInScope(ctx, x.unitPath)).map((x) => [x.card, x]),
  );
  const modelsIn = modelRows.filter((x) => pathInScope(ctx, x.unitPath));
  const resolved: (ParsedCommendation & {
    subject: { id: string; kind: string; unitId: string; unitPath: string };
  })[] = [];
  for (const p of parsed) {
    const err = (column: string, message: string) => errors.push({ row: p.row, column, message });
    let subject: { id: string; kind: string; unitId: string; unitPath: string } | undefined;
    if (p.subjectType === "member") {
      const x = memberByCard.get(p.card);
      if (!x) err("Số thẻ đảng viên", "Không tìm thấy đảng viên có số thẻ này trong phạm vi của đồng chí.");
      else subject = { id: x.id, kind: "individual", unitId: x.unitId, unitPath: x.unitPath };
    } else if (p.subjectType === "unit") {
      const x = unitByCode.get(p.unitCode);
      if (!x) err("Mã đơn vị", "Không tìm thấy đơn vị có mã này trong phạm vi của đồng chí.");
      else subject = { id: x.unitId, kind: "collective", unitId: x.unitId, unitPath: x.unitPath };
    } else {
      const hits = modelsIn.filter(
        (x) =>
          x.unitCode === p.unitCode &&
          x.titleKey === titleKey(p.modelTitle) &&
          (p.startYear === null || x.startYear === p.startYear),
      );
      if (hits.length !== 1)
        err(
          "Tên mô hình",
          hits.length
            ? "Có nhiều mô hình cùng tên ở đơn vị này: ghi thêm năm bắt đầu."
            : "Không tìm thấy mô hình này ở đơn vị đã ghi (xem sổ mô hình).",
        );
      else
        subject = {
          id: hits[0]!.id,
          kind: hits[0]!.kind,
          unitId: hits[0]!.unitId,
          unitPath: hits[0]!.unitPath,
        };
    }
    if (subject) resolved.push({ ...p, subject });
  }
  const keyOf = (x: { subjectId: string; year: number; level: string; form: string; decisionKey: string }) =>
    `${x.subjectId}|${x.year}|${x.level}|${x.form}|${x.decisionKey}`;
  const byKey = new Map(existing.map((x) => [keyOf(x), x]));
  const seen = new Map<string, number>();
  const inserts: (typeof c.$inferSelect)[] = [];
  const updates: {
    id: string;
    version: number;
    decisionNumber: string;
    decisionDate: string | null;
    issuer: string;
    content: string;
  }[] = [];
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
      errors.push({ row: r.row, column: "Số quyết định", message: `Trùng với dòng ${seen.get(k)}.` });
      continue;
    }
    seen.set(k, r.row);
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
        version: 1,
        createdAt: ctx.now,
        updatedAt: ctx.now,
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
  errors.sort((a, b) => a.row - b.row);
  const result: ImportResult = { dryRun, rows: total, ...outcome, errors };
  if (dryRun || inserts.length + updates.length === 0) return result;
  const pathOf = new Map(resolved.map((r) => [r.subject.unitId, r.subject.unitPath]));
  await writeBatch(
    ctx.db,
    [
      ...commendationInserts(ctx, inserts),
      ...commendationUpdates(ctx, updates),
      ...bumpCountersMany(
        ctx,
        rollUp(
          inserts.map((x) => ({
            unitPath: pathOf.get(x.unitId)!,
            year: x.year,
            deltas: commendationDeltas(x),
          })),
        ),
      ),
      auditInsert(ctx, {
        action: "commendation.import",
        entityType: "import",
        entityId: newId(),
        after: {
          ...result,
          errors: errors.length,
          created: inserts.map((x) => x.id),
          updated: updates.map((x) => x.id),
        },
      }),
    ],
    {
      "commendations.tenant_id, commendations.subject_id": conflict(
        "Có người vừa nhập cùng khen thưởng. Vui lòng nhập lại tệp.",
      ),
    },
  );
  return result;
}
