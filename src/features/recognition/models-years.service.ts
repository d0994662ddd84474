import { exemplarModelYears } from "../../db/schema/tenant/exemplars";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { bumpCounters } from "../../platform/counters";
import { invalid, notFound } from "../../platform/errors";
import { matching } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { requireModelWrite, yearErrors } from "./models.rules";
import type { ModelOut, SetYearInput } from "./models.inputs";
import { netDeltas, yearDeltas } from "./recognition-figures.rules";
import { modelInTenantQuery, toModelOut, yearsQuery } from "./models.queries";
import { bumpModelVersion, checkTargets, modelEvent, stale, unitsByIdQuery, yearRow } from "./models.service";

/** Sets (or replaces) the model's status for one year and moves its counters accordingly. */
export async function setModelYear(ctx: Ctx, id: string, input: SetYearInput): Promise<ModelOut> {
  const year = input.year;
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const [rows, years, targets] = await ctx.db.batch([
    modelInTenantQuery(ctx, id),
    yearsQuery(ctx, id),
    unitsByIdQuery(ctx, input.replicatedTo ?? []),
  ]);
  const row = requireModelWrite(ctx, rows[0]);
  const e = yearErrors(row.m.startYear, input);
  if (Object.keys(e).length) throw invalid(e);
  checkTargets(ctx, input.replicatedTo, targets);
  if (row.m.version !== input.version) throw stale();
  const before = years.find((y) => y.year === year) ?? null;
  const after = { ...yearRow(ctx, id, input), createdAt: before?.createdAt ?? ctx.now };
  const deltas = netDeltas(yearDeltas(before, -1), yearDeltas(after));
  const m = { ...row.m, version: row.m.version + 1, updatedAt: ctx.now };
  const out = toModelOut({ ...row, m }, after);
  await writeBatch(ctx.db, [
    bumpModelVersion(ctx, id, input.version),
    guardChanged(ctx.db),
    ctx.db
      .insert(exemplarModelYears)
      .values(after)
      .onConflictDoUpdate({
        target: [exemplarModelYears.tenantId, exemplarModelYears.modelId, exemplarModelYears.year],
        set: {
          status: after.status,
          exemplary: after.exemplary,
          replicatedTo: after.replicatedTo,
          note: after.note,
          updatedAt: ctx.now,
        },
      }),
    ...(deltas.length ? [bumpCounters(ctx, row.unitPath, year, deltas)] : []),
    auditInsert(ctx, {
      action: "model.year.set",
      entityType: "model",
      entityId: id,
      before,
      after: {
        year,
        status: after.status,
        exemplary: after.exemplary === 1,
        replicatedTo: input.replicatedTo ?? [],
        note: after.note,
      },
    }),
    ...(before?.status !== after.status ? [modelEvent(ctx, "model.status_changed", row.unitPath, out)] : []),
  ]);
  return out;
}

export async function deleteModelYear(ctx: Ctx, id: string, year: number, version: number): Promise<void> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const [rows, years] = await ctx.db.batch([modelInTenantQuery(ctx, id), yearsQuery(ctx, id)]);
  const row = requireModelWrite(ctx, rows[0]);
  const before = years.find((y) => y.year === year);
  if (!before) throw notFound(`Mô hình chưa có tình trạng năm ${year}.`);
  if (row.m.version !== version) throw stale();
  await writeBatch(ctx.db, [
    bumpModelVersion(ctx, id, version),
    guardChanged(ctx.db),
    ctx.db.delete(exemplarModelYears).where(matching(ctx, exemplarModelYears, { modelId: id, year })),
    bumpCounters(ctx, row.unitPath, year, yearDeltas(before, -1)),
    auditInsert(ctx, { action: "model.year.delete", entityType: "model", entityId: id, before }),
  ]);
}
