/**
 * The models importer: models with their year statuses, idempotent on the natural key (unit,
 * title, start year) and on (model, year). The plan below resolves a chunk against the database
 * in one read batch: the queue's check rejects the rows it cannot place, the commit writes the
 * rest in one atomic batch of bulk `json_each` statements.
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { exemplarModelYears, exemplarModels } from "../../db/schema/tenant/exemplars";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { type CounterDelta, bumpCountersMany, rollUp } from "../../platform/counters";
import { conflict } from "../../platform/errors";
import { newId } from "../../platform/ids";
import type { ImportSpec, RowError, Stored } from "../../platform/imports/spec";
import { inTenant, pathInActorScope, scoped } from "../../platform/scope";
import { type ModelPlan, bulkStatements } from "./models-import.queries";
import { type ModelImportRow, modelRowValues, parseModelRow } from "./models-import.rules";
import { MODEL_COLUMNS } from "./models-sheet.rules";
import type { ModelKind } from "./models.inputs";
import { aliased, titleKey } from "./models.queries";
import { yearErrors } from "./models.rules";
import { netDeltas, yearDeltas } from "./recognition-figures.rules";
import { jsonSet, outcomeCounts, sheetImportBase } from "./recognition-sheets.rules";

type Unit = { id: string; code: string; path: string; status: string };
type Member = { id: string; status: string; unit: Unit };
type YearRow = typeof exemplarModelYears.$inferSelect;
const CURRENT = ["official", "probationary"];
const colName = (key: string) => MODEL_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** The rows' units, members, candidate models and their years: one read batch. */
async function readFor(ctx: Ctx, rows: ModelImportRow[]) {
  const codes = jsonSet(rows.flatMap((p) => [p.unitCode, ...p.replicatedCodes]));
  const cards = jsonSet(rows.map((p) => p.card));
  const keys = jsonSet(rows.map((p) => titleKey(p.title)));
  const m = exemplarModels;
  const candidates = and(
    sql`${m.titleKey} IN (SELECT value FROM json_each(${keys}))`,
    or(
      sql`${m.unitId} IN (SELECT u.id FROM units u WHERE ${inTenant(ctx, sql`u.tenant_id`)} AND u.code IN (SELECT value FROM json_each(${codes})))`,
      sql`${m.memberId} IN (SELECT mm.id FROM members mm WHERE ${inTenant(ctx, sql`mm.tenant_id`)} AND mm.card_number IN (SELECT value FROM json_each(${cards})))`,
    ),
  );
  const memberUnit = {
    id: aliased<string>(units.id, "unit_id_"),
    code: units.code,
    path: units.path,
    status: aliased<string>(units.status, "unit_status"),
  };
  const [unitRows, memberRows, modelRows, yearRows] = await ctx.db.batch([
    ctx.db
      .select({ id: units.id, code: units.code, path: units.path, status: units.status })
      .from(units)
      .where(scoped(ctx, units.tenantId, sql`${units.code} IN (SELECT value FROM json_each(${codes}))`)),
    ctx.db
      .select({ id: members.id, card: members.cardNumber, status: members.status, unit: memberUnit })
      .from(members)
      .innerJoin(units, and(eq(units.id, members.unitId), eq(units.tenantId, members.tenantId)))
      .where(
        scoped(ctx, members.tenantId, sql`${members.cardNumber} IN (SELECT value FROM json_each(${cards}))`),
      ),
    ctx.db
      .select()
      .from(m)
      .where(scoped(ctx, m.tenantId, candidates)),
    ctx.db
      .select()
      .from(exemplarModelYears)
      .where(
        scoped(
          ctx,
          exemplarModelYears.tenantId,
          inArray(
            exemplarModelYears.modelId,
            ctx.db
              .select({ id: m.id })
              .from(m)
              .where(scoped(ctx, m.tenantId, candidates)),
          ),
        ),
      ),
  ]);
  const yearsOf = new Map<string, Map<number, YearRow>>();
  for (const y of yearRows)
    (yearsOf.get(y.modelId) ?? yearsOf.set(y.modelId, new Map()).get(y.modelId)!).set(y.year, y);
  return {
    unitByCode: new Map(unitRows.filter((u) => pathInActorScope(ctx, u.path)).map((u) => [u.code, u])),
    memberByCard: new Map(
      memberRows.filter((r) => pathInActorScope(ctx, r.unit.path)).map((r) => [r.card, r]),
    ),
    existing: new Map(modelRows.map((r) => [`${r.unitId}|${r.titleKey}|${r.startYear}`, r])),
    yearsOf,
  };
}

function resolveUnit(
  p: ModelImportRow,
  unitByCode: Map<string, Unit>,
  memberByCard: Map<string, Member>,
  err: (key: string, message: string) => void,
): Unit | undefined {
  if (p.kind === "individual") {
    const mem = memberByCard.get(p.card);
    if (!mem) return void err("card", "Không tìm thấy đảng viên có số thẻ này trong phạm vi của đồng chí.");
    if (!CURRENT.includes(mem.status)) err("card", "Đảng viên không còn sinh hoạt trong đơn vị.");
    if (p.unitCode && p.unitCode !== mem.unit.code)
      err("unitCode", `Mã đơn vị khác đơn vị của đảng viên (${mem.unit.code}).`);
    return mem.unit;
  }
  const unit = unitByCode.get(p.unitCode);
  if (!unit) err("unitCode", "Không tìm thấy đơn vị có mã này trong phạm vi của đồng chí.");
  return unit;
}

/** What the rows would change: the models to write, their counters, the outcome and the rows' errors. */
export async function planModels(ctx: Ctx, rows: Stored<ModelImportRow>[]) {
  const { unitByCode, memberByCard, existing, yearsOf } = await readFor(ctx, rows);
  const plans = new Map<string, ModelPlan>();
  const counters: { unitPath: string; year: number; deltas: CounterDelta[] }[] = [];
  const outcome = { created: 0, updated: 0, unchanged: 0 };
  const errors = new Map<number, RowError[]>();
  for (const p of rows) {
    const rowErrors: RowError[] = [];
    const err = (key: string, message: string) => rowErrors.push({ column: colName(key), message });
    const unit = resolveUnit(p, unitByCode, memberByCard, err);
    const targets = p.replicatedCodes.map((c) => unitByCode.get(c));
    if (targets.some((t) => !t))
      err("replicatedTo", "Có mã đơn vị nhân rộng không tìm thấy trong phạm vi của đồng chí.");
    if (p.year !== null && p.status)
      for (const [k, msg] of Object.entries(
        yearErrors(p.startYear, {
          year: p.year,
          status: p.status,
          exemplary: p.exemplary,
          replicatedTo: targets.map((t) => t?.id ?? ""),
        }),
      ))
        err(k, msg);
    if (p.year === null && (p.exemplary || p.replicatedCodes.length))
      err("year", "Ghi điển hình hoặc nhân rộng thì cần ghi năm và tình trạng.");
    const key = unit ? `${unit.id}|${titleKey(p.title)}|${p.startYear}` : "";
    const memberId = p.kind === "individual" ? (memberByCard.get(p.card)?.id ?? null) : null;
    let plan = plans.get(key);
    if (unit && !plan) {
      const ex = existing.get(key) ?? null;
      if (!ex && unit.status !== "active") err("unitCode", "Đơn vị đã giải thể, không thể thêm mô hình mới.");
      plan = {
        id: ex?.id ?? newId(),
        existing: ex,
        unit,
        kind: ex ? (ex.kind as ModelKind) : p.kind,
        memberId: ex ? ex.memberId : memberId,
        title: p.title,
        startYear: p.startYear,
        field: ex ? ex.field : p.field,
        description: ex ? ex.description : p.description,
        years: [],
        changed: !ex,
      };
    }
    if (plan && (plan.kind !== p.kind || plan.memberId !== memberId))
      err("kind", "Đã có mô hình cùng tên, năm bắt đầu ở đơn vị này nhưng khác loại hoặc khác đảng viên.");
    const before = plan && p.year !== null ? (yearsOf.get(plan.id)?.get(p.year) ?? null) : null;
    if (plan && p.year !== null && plan.years.some((y) => y.year === p.year))
      err("year", `Trùng dòng khác của cùng mô hình và năm ${p.year}.`);
    if (rowErrors.length || !plan || !unit) {
      errors.set(p.r, rowErrors);
      continue;
    }
    plans.set(key, plan);
    let created = plan.existing === null && !plan.seen;
    let updated = false;
    plan.seen = true;
    if (p.description && p.description !== plan.description) {
      plan.description = p.description;
      if (plan.existing) updated = plan.changed = true;
    }
    if (p.fieldGiven && p.field !== plan.field) {
      plan.field = p.field;
      if (plan.existing) updated = plan.changed = true;
    }
    if (p.year !== null && p.status) {
      const after = {
        year: p.year,
        status: p.status,
        exemplary: p.exemplary ? 1 : 0,
        replicatedTo: JSON.stringify(targets.map((t) => t!.id).sort()),
        note: p.note || before?.note || "",
      };
      const same =
        before &&
        before.status === after.status &&
        before.exemplary === after.exemplary &&
        before.note === after.note &&
        JSON.stringify((JSON.parse(before.replicatedTo) as string[]).sort()) === after.replicatedTo;
      if (!same) {
        plan.years.push(after);
        plan.changed = true;
        counters.push({
          unitPath: unit.path,
          year: p.year,
          deltas: netDeltas(yearDeltas(before, -1), yearDeltas(after)),
        });
        if (before) updated = true;
        else created = true;
      }
    }
    outcome[created ? "created" : updated ? "updated" : "unchanged"]++;
  }
  return { touched: [...plans.values()].filter((pl) => pl.changed), counters, outcome, errors };
}

export const modelsImport: ImportSpec<ModelImportRow, Record<string, number>, null, null> = {
  kind: "models.import",
  audit: "model_import",
  filePrefix: "model-imports",
  fallbackName: "mo-hinh.xlsx",
  ...sheetImportBase(MODEL_COLUMNS),
  parseRow: (r, index) => parseModelRow(r, index),
  check: async (ctx, rows) => (await planModels(ctx, rows)).errors,
  describe: (row) => ({ key: row.unitCode || row.card, name: row.title }),
  rowValues: modelRowValues,
  async writeChunk(ctx, rows) {
    const { touched, counters, outcome: o } = await planModels(ctx, rows);
    return {
      statements: [...bulkStatements(ctx, touched), ...bumpCountersMany(ctx, rollUp(counters))],
      counts: outcomeCounts(o),
      audit: { ...o, models: touched.map((t) => t.id) },
    };
  },
  uniques: {
    "exemplar_models.tenant_id, exemplar_models.unit_id": conflict(
      "Có người vừa nhập cùng mô hình. Vui lòng nhập lại tệp.",
    ),
  },
  chunkConflict: (_ctx, _job, e) => e.message,
};
