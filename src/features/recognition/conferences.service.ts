/** Study conferences (hội nghị học tập, quán triệt chuyên đề): counted per unit and year. */
import { type SQL, and, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { criteriaYearThemes } from "../../db/schema/tenant/criteria";
import { studyConferences } from "../../db/schema/tenant/exemplars";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { bumpCounters } from "../../platform/counters";
import { conflict, firstOr404, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { actorScope, inTenant, pathInActorScope, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { PAGE_SIZE, afterCursor, newestFirst, pageOf } from "../../platform/registry/pager";
import { conferenceDeltas, yearMoves } from "./recognition-figures.rules";
import { inSubtreeOf } from "./models.queries";
import type {
  ConferenceOut,
  CreateConferenceInput,
  ListConferencesQuery,
  Mode,
  UpdateConferenceInput,
} from "./conferences.inputs";
import { firstVersion, nextVersion, writeAtVersion } from "../../platform/lookups";
import { deleteCounted } from "./recognition-writes.service";

const s = studyConferences;
export const CONFERENCE_404 = "Không tìm thấy hội nghị.";
type Row = typeof s.$inferSelect;

export function conferencesQuery(ctx: Ctx, ...conds: (SQL | undefined)[]) {
  return ctx.db
    .select({ s: studyConferences, unitName: units.name, unitCode: units.code, unitPath: units.path })
    .from(s)
    .innerJoin(units, and(eq(units.id, s.unitId), eq(units.tenantId, s.tenantId)))
    .where(scoped(ctx, s.tenantId, actorScope(ctx, units.path), ...conds))
    .$dynamic();
}

export function toConferenceOut(r: { s: Row; unitName: string }): ConferenceOut {
  const x = r.s;
  return {
    id: x.id,
    unitId: x.unitId,
    unitName: r.unitName,
    date: x.date,
    year: x.year,
    title: x.title,
    theme: x.theme,
    yearThemeId: x.yearThemeId,
    mode: x.mode as Mode,
    sites: x.sites,
    participants: x.participants,
    note: x.note,
    version: x.version,
    createdAt: x.createdAt,
  };
}

function themeQuery(ctx: Ctx, year: number | SQL) {
  return ctx.db
    .select({ id: criteriaYearThemes.id, yearTheme: criteriaYearThemes.yearTheme })
    .from(criteriaYearThemes)
    .where(scoped(ctx, criteriaYearThemes.tenantId, eq(criteriaYearThemes.year, year)))
    .limit(1);
}

/** The theme text and link: the tenant's year theme when there is one and none was typed. */
function theme(typed: string | undefined, found: { id: string; yearTheme: string } | undefined) {
  const text = typed?.trim() || found?.yearTheme || "";
  if (!text) throw invalid({ theme: "Cần ghi chuyên đề (chưa có chuyên đề năm cho năm này)." });
  return { theme: text, yearThemeId: found && text === found.yearTheme ? found.id : null };
}

export async function createConference(ctx: Ctx, input: CreateConferenceInput): Promise<ConferenceOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const year = Number(input.date.slice(0, 4));
  const [unitRows, themes] = await ctx.db.batch([
    ctx.db
      .select({ id: units.id, name: units.name, path: units.path, status: units.status })
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.id, input.unitId))),
    themeQuery(ctx, year),
  ]);
  const unit = unitRows[0];
  if (!unit || !pathInActorScope(ctx, unit.path)) throw notFound("Không tìm thấy đơn vị.");
  const row: Row = {
    id: newId(),
    tenantId: ctx.tenant.id,
    unitId: unit.id,
    date: input.date,
    year,
    title: input.title,
    ...theme(input.theme, themes[0]),
    mode: input.mode,
    sites: input.sites ?? 1,
    participants: input.participants,
    note: input.note ?? "",
    createdBy: ctx.actor.accountId,
    ...firstVersion(ctx),
  };
  if (row.sites < 1) throw invalid({ sites: "Cần ít nhất một điểm cầu." });
  const out = toConferenceOut({ s: row, unitName: unit.name });
  await writeBatch(ctx.db, [
    ctx.db.insert(s).values(row),
    bumpCounters(ctx, unit.path, year, conferenceDeltas(row)),
    auditInsert(ctx, { action: "conference.create", entityType: "conference", entityId: row.id, after: out }),
  ]);
  return out;
}

const getRow = (ctx: Ctx, id: string) => firstOr404(conferencesQuery(ctx, eq(s.id, id)), CONFERENCE_404);

export async function getConference(ctx: Ctx, id: string): Promise<ConferenceOut> {
  requireRole(ctx, "admin", "secretary");
  return toConferenceOut(await getRow(ctx, id));
}

export async function updateConference(
  ctx: Ctx,
  id: string,
  input: UpdateConferenceInput,
): Promise<ConferenceOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const date = input.date ?? "";
  const year = input.date ? Number(date.slice(0, 4)) : 0;
  const [rows, themes] = await ctx.db.batch([
    conferencesQuery(ctx, eq(s.id, id)).limit(1),
    themeQuery(
      ctx,
      year || sql`(SELECT year FROM ${s} WHERE ${inTenant(ctx, s.tenantId)} AND ${s.id} = ${id})`,
    ),
  ]);
  const before = rows[0];
  if (!before) throw notFound(CONFERENCE_404);
  if (before.s.version !== input.version)
    throw conflict("Hội nghị vừa được người khác sửa. Vui lòng tải lại trang.");
  const typed = input.theme ?? (before.s.yearThemeId ? undefined : before.s.theme);
  const after: Row = {
    ...before.s,
    date: input.date ?? before.s.date,
    year: year || before.s.year,
    title: input.title ?? before.s.title,
    ...theme(typed, themes[0]),
    mode: input.mode ?? before.s.mode,
    sites: input.sites ?? before.s.sites,
    participants: input.participants ?? before.s.participants,
    note: input.note ?? before.s.note,
    ...nextVersion(before.s, ctx),
  };
  if (after.sites < 1) throw invalid({ sites: "Cần ít nhất một điểm cầu." });
  const counters = yearMoves(
    { year: before.s.year, deltas: conferenceDeltas(before.s) },
    { year: after.year, deltas: conferenceDeltas(after) },
  ).map((m) => bumpCounters(ctx, before.unitPath, m.year, m.deltas));
  const { id: _, tenantId: __, createdAt: ___, createdBy: ____, unitId: _____, ...changes } = after;
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, s, { id, version: input.version }, changes),
    ...counters,
    auditInsert(ctx, {
      action: "conference.update",
      entityType: "conference",
      entityId: id,
      before: toConferenceOut(before),
      after: toConferenceOut({ s: after, unitName: before.unitName }),
    }),
  ]);
  return toConferenceOut({ s: after, unitName: before.unitName });
}

export async function deleteConference(ctx: Ctx, id: string, version: number): Promise<void> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const before = await getRow(ctx, id);
  if (before.s.version !== version)
    throw conflict("Hội nghị vừa được người khác sửa. Vui lòng tải lại trang.");
  await deleteCounted(ctx, s, "conference", { id, version }, toConferenceOut(before), {
    unitPath: before.unitPath,
    year: before.s.year,
    deltas: conferenceDeltas(before.s, -1),
  });
}

export function listConds(ctx: Ctx, q: ListConferencesQuery) {
  return [
    q.year ? eq(s.year, q.year) : undefined,
    q.mode ? eq(s.mode, q.mode) : undefined,
    q.unitId ? inSubtreeOf(ctx, { id: q.unitId }) : undefined,
    q.unitCode ? inSubtreeOf(ctx, { code: q.unitCode }) : undefined,
  ];
}

export function listConferencesQuery(ctx: Ctx, q: ListConferencesQuery, limit = PAGE_SIZE) {
  requireRole(ctx, "admin", "secretary");
  return conferencesQuery(ctx, ...listConds(ctx, q), afterCursor(s, q.cursor))
    .orderBy(...newestFirst(s))
    .limit(limit + 1);
}

export const finishConferences = (
  rows: Awaited<ReturnType<typeof listConferencesQuery>>,
  limit = PAGE_SIZE,
) => pageOf(rows, toConferenceOut, (r) => r.s, limit);

export async function listConferences(ctx: Ctx, q: ListConferencesQuery) {
  const limit = q.limit ?? PAGE_SIZE;
  return finishConferences(await listConferencesQuery(ctx, q, limit), limit);
}
