import { type SQL, desc, eq, inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { criteriaSetVersions } from "../../db/schema/tenant/criteria";
import { cycles } from "../../db/schema/tenant/cycles";
import { auditInsert } from "../../platform/audit";
import type { EventType } from "../../domain/events";
import { eventInsert } from "../../platform/events";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { ServiceError, conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type {
  CheckpointMode,
  CloseCycleInput,
  CreateCycleInput,
  CycleOut,
  CycleStatus,
  ReopenCycleInput,
  UpdateCycleInput,
} from "./cycles.inputs";
import {
  DATE_FIELDS,
  DEFAULT_REMINDER_DAYS,
  checkCycleDates,
  defaultDates,
  parseReminderDays,
} from "./cycles.rules";
import { firstVersion, joinRef, writeAtVersion } from "../../platform/lookups";

export type CycleRow = typeof cycles.$inferSelect;

export function toCycleOut(c: CycleRow): CycleOut {
  return {
    id: c.id,
    year: c.year,
    status: c.status as CycleStatus,
    exemplarDeadline: c.exemplarDeadline,
    followerDeadline: c.followerDeadline,
    midyearFrom: c.midyearFrom,
    midyearTo: c.midyearTo,
    annualFrom: c.annualFrom,
    annualTo: c.annualTo,
    checkpointMode: c.checkpointMode as CheckpointMode,
    minItems: c.minItems,
    criteriaSetVersionId: c.criteriaSetVersionId,
    gating: c.gating === 1,
    reminderDays: parseReminderDays(c.reminderDays),
    closedAt: c.closedAt,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

const NOT_FOUND = "Không tìm thấy chu kỳ.";

const oneCycle = (ctx: Ctx, cond: SQL) =>
  ctx.db
    .select()
    .from(cycles)
    .where(scoped(ctx, cycles.tenantId, cond))
    .limit(1);

/** The cycle of a year (a number, or SQL yielding one; use in a read batch). */
export function cycleOfYearQuery(ctx: Ctx, year: number | SQL) {
  return oneCycle(ctx, sql`${cycles.year} = ${year}`);
}

/** The cycle `id` (an id, or SQL yielding one; use in a read batch). */
export function cycleQuery(ctx: Ctx, id: string | SQL) {
  return oneCycle(ctx, sql`${cycles.id} = ${id}`);
}

/** Every cycle of the tenant, newest first (a handful of rows: one per year). */
export function cyclesQuery(ctx: Ctx) {
  return ctx.db.select().from(cycles).where(scoped(ctx, cycles.tenantId)).orderBy(desc(cycles.year));
}

/** 409 unless the cycle accepts writes. */
export function requireOpenCycle(c: Pick<CycleRow, "status" | "year">): void {
  if (c.status !== "open")
    throw conflict(`Chu kỳ năm ${c.year} đã khóa: không thể thay đổi kế hoạch của năm này.`);
}

export async function listCycles(ctx: Ctx): Promise<CycleOut[]> {
  requireRole(ctx, "admin", "secretary", "member");
  return (await cyclesQuery(ctx)).map(toCycleOut);
}

export async function getCycle(ctx: Ctx, id: string): Promise<CycleOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const row = (await cycleQuery(ctx, id))[0];
  if (!row) throw notFound(NOT_FOUND);
  return toCycleOut(row);
}

/** Set versions a cycle may point at (published or superseded), with their unit: for a read batch. */
function frameworksQuery(ctx: Ctx, filter: SQL) {
  return ctx.db
    .select({
      id: criteriaSetVersions.id,
      year: criteriaSetVersions.year,
      title: criteriaSetVersions.title,
      docNumber: criteriaSetVersions.docNumber,
      number: criteriaSetVersions.number,
      unitName: units.name,
    })
    .from(criteriaSetVersions)
    .innerJoin(units, joinRef(units, criteriaSetVersions.unitId, criteriaSetVersions))
    .where(
      scoped(
        ctx,
        criteriaSetVersions.tenantId,
        filter,
        inArray(criteriaSetVersions.status, ["published", "superseded"]),
      ),
    );
}

/** The framework version `id`, or else the year's framework nearest the root (a cycle's default). */
function frameworkVersionsQuery(ctx: Ctx, year: number, id?: string | null) {
  return frameworksQuery(ctx, id ? eq(criteriaSetVersions.id, id) : eq(criteriaSetVersions.year, year))
    .orderBy(units.depth)
    .limit(1);
}

function checkFramework(id: string | null | undefined, found: { year: number }[], year: number) {
  if (!id) return;
  if (!found[0] || found[0].year !== year)
    throw invalid({
      criteriaSetVersionId: `Không có khung tiêu chí đã ban hành với mã này cho năm ${year}.`,
    });
}

const yearTaken = (year: number) => invalid({ year: `Năm ${year} đã có chu kỳ.` });

export async function createCycle(ctx: Ctx, input: CreateCycleInput): Promise<CycleOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const dates = { ...defaultDates(input.year) };
  for (const k of DATE_FIELDS) if (input[k]) dates[k] = input[k]!;
  const errors = checkCycleDates(input.year, dates);
  if (Object.keys(errors).length) throw invalid(errors);
  const [existing, framework] = await ctx.db.batch([
    cycleOfYearQuery(ctx, input.year),
    frameworkVersionsQuery(ctx, input.year, input.criteriaSetVersionId),
  ]);
  if (existing[0]) throw yearTaken(input.year);
  checkFramework(input.criteriaSetVersionId, framework, input.year);
  const row: CycleRow = {
    id: newId(),
    tenantId: ctx.tenant.id,
    year: input.year,
    status: "open",
    ...dates,
    checkpointMode: input.checkpointMode ?? "three",
    minItems: input.minItems ?? 4,
    criteriaSetVersionId:
      input.criteriaSetVersionId === undefined ? (framework[0]?.id ?? null) : input.criteriaSetVersionId,
    gating: input.gating ? 1 : 0,
    reminderDays: JSON.stringify(input.reminderDays ?? DEFAULT_REMINDER_DAYS),
    closedAt: null,
    closedBy: null,
    ...firstVersion(ctx),
  };
  const out = toCycleOut(row);
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(cycles).values(row),
      auditInsert(ctx, { action: "cycle.open", entityType: "cycle", entityId: row.id, after: out }),
      cycleEvent(ctx, "cycle.opened", out),
    ],
    { "cycles.tenant_id, cycles.year": yearTaken(input.year) },
  );
  return out;
}

/** The cycle to change (and the framework version it would point at), in one round trip. */
async function loadForWrite(ctx: Ctx, id: string, version: number, frameworkId?: string | null) {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const [rows, framework] = await ctx.db.batch([
    cycleQuery(ctx, id),
    frameworkVersionsQuery(ctx, 0, frameworkId ?? "-"),
  ]);
  const row = rows[0];
  if (!row) throw notFound(NOT_FOUND);
  if (row.version !== version)
    throw new ServiceError("conflict", "Chu kỳ vừa được thay đổi. Vui lòng tải lại.");
  return { row, framework };
}

/** A cycle's change event: tenant-wide (no unit), so every credential of the tenant reads it. */
function cycleEvent(ctx: Ctx, type: EventType, out: CycleOut) {
  return eventInsert(ctx, { type, unit: null, resource: { type: "cycle", id: out.id }, data: out });
}

const CYCLE_EVENT: Record<string, EventType> = {
  "cycle.close": "cycle.closed",
  "cycle.reopen": "cycle.opened",
};

function saveStatements(ctx: Ctx, before: CycleRow, after: CycleRow, action: string, reason?: string) {
  const event = CYCLE_EVENT[action];
  return [
    ...(event
      ? [cycleEvent(ctx, event, toCycleOut({ ...after, version: before.version + 1, updatedAt: ctx.now }))]
      : []),
    ...writeAtVersion(ctx, cycles, before, { ...after, version: before.version + 1, updatedAt: ctx.now }),
    auditInsert(ctx, {
      action,
      entityType: "cycle",
      entityId: before.id,
      before: toCycleOut(before),
      after: reason ? { ...toCycleOut(after), reason } : toCycleOut(after),
    }),
  ];
}

export async function updateCycle(ctx: Ctx, id: string, input: UpdateCycleInput): Promise<CycleOut> {
  const { row: before, framework } = await loadForWrite(ctx, id, input.version, input.criteriaSetVersionId);
  if (before.status !== "open") throw conflict(`Chu kỳ năm ${before.year} đã khóa: mở lại trước khi sửa.`);
  const { version: _v, gating, reminderDays, ...rest } = input;
  const after: CycleRow = { ...before };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (after as Record<string, unknown>)[k] = v;
  if (gating !== undefined) after.gating = gating ? 1 : 0;
  if (reminderDays !== undefined) after.reminderDays = JSON.stringify(reminderDays);
  const errors = checkCycleDates(after.year, after);
  if (Object.keys(errors).length) throw invalid(errors);
  checkFramework(input.criteriaSetVersionId, framework, after.year);
  await writeBatch(ctx.db, saveStatements(ctx, before, after, "cycle.update"));
  return toCycleOut({ ...after, version: before.version + 1, updatedAt: ctx.now });
}

export async function closeCycle(ctx: Ctx, id: string, input: CloseCycleInput): Promise<CycleOut> {
  const { row: before } = await loadForWrite(ctx, id, input.version);
  if (before.status === "closed") throw conflict(`Chu kỳ năm ${before.year} đã khóa từ trước.`);
  const after: CycleRow = { ...before, status: "closed", closedAt: ctx.now, closedBy: ctx.actor.accountId };
  await writeBatch(ctx.db, saveStatements(ctx, before, after, "cycle.close"));
  return toCycleOut({ ...after, version: before.version + 1, updatedAt: ctx.now });
}

export async function reopenCycle(ctx: Ctx, id: string, input: ReopenCycleInput): Promise<CycleOut> {
  const { row: before } = await loadForWrite(ctx, id, input.version);
  if (before.status === "open") throw conflict(`Chu kỳ năm ${before.year} đang mở.`);
  const after: CycleRow = { ...before, status: "open", closedAt: null, closedBy: null };
  await writeBatch(ctx.db, saveStatements(ctx, before, after, "cycle.reopen", input.reason));
  return toCycleOut({ ...after, version: before.version + 1, updatedAt: ctx.now });
}

export interface FrameworkOption {
  id: string;
  label: string;
}

/** A cycle with the published frameworks of its year to choose from: one round trip. */
export async function getCyclePage(
  ctx: Ctx,
  id: string,
): Promise<{ cycle: CycleOut; frameworks: FrameworkOption[] }> {
  requireRole(ctx, "admin", "secretary");
  const yearOf = sql`(SELECT ${cycles.year} FROM ${cycles} WHERE ${scoped(ctx, cycles.tenantId, eq(cycles.id, id))})`;
  const [rows, versions] = await ctx.db.batch([
    cycleQuery(ctx, id),
    frameworksQuery(ctx, sql`${criteriaSetVersions.year} = ${yearOf}`)
      .orderBy(units.depth, desc(criteriaSetVersions.number))
      .limit(50),
  ]);
  if (!rows[0]) throw notFound(NOT_FOUND);
  return {
    cycle: toCycleOut(rows[0]),
    frameworks: versions.map((v) => ({
      id: v.id,
      label: `${v.unitName}: ${v.title}${v.docNumber ? ` (${v.docNumber})` : ""} — phiên bản ${v.number}`,
    })),
  };
}
