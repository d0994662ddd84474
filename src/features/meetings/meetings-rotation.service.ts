// The rotation of reports before the cell: a secretary plans which member reports at which regular
// meeting of the year (proposed: leaders first, spread evenly), then moves, adds or removes turns.
// A turn is fulfilled by a report remark recorded at a meeting (meetings-remarks.service.ts).
import { asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { CURRENT_STATUSES } from "../../domain/members";
import { vnToday, vnYear } from "../../domain/time";
import { units } from "../../db/schema/tenant/core";
import { reportTurns } from "../../db/schema/tenant/meetings";
import { members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { insertMany } from "../../platform/insert-many";
import {
  firstVersion,
  inSubtreeOf,
  joinRef,
  nextVersion,
  unitPathOf,
  writeAtVersion,
} from "../../platform/lookups";
import { matching } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { focusUnit, unitQuery, unitScope } from "../orgs";
import type {
  AddTurnInput,
  GenerateRotationInput,
  RotationOut,
  RotationQuery,
  TurnOut,
  UpdateTurnInput,
} from "./meetings-rotation.inputs";
import { myTurnQuery, toTurnOut, turnsQuery, unitTurnsQuery } from "./meetings-rotation.queries";
import { meetingDates, spreadTurns } from "./meetings-rotation.rules";
import { subtreeMembersQuery } from "./meetings.queries";
import { MEETING_UNIT_KINDS } from "./meetings.inputs";
import { requireManager } from "./meetings.rules";

const NO_UNIT = "Không tìm thấy đơn vị.";
const NO_TURN = "Không tìm thấy lịch báo cáo này.";
const DONE = "Đồng chí này đã báo cáo trước chi bộ: lịch không đổi được nữa.";

const auditTurn = (ctx: Ctx, verb: string, id: string, change: { before?: unknown; after?: unknown }) =>
  auditInsert(ctx, { action: `meeting.rotation.${verb}`, entityType: "reportTurn", entityId: id, ...change });

function rotationOf(
  unit: { id: string; name: string; kind: string },
  year: number,
  items: TurnOut[],
  people: { id: string; fullName: string; turnUnitId: string | null }[],
): RotationOut {
  const planned = new Set(items.map((t) => t.memberId));
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    year,
    items,
    unscheduled: people
      .filter((p) => !planned.has(p.id) && p.turnUnitId === null)
      .map((p) => ({ id: p.id, fullName: p.fullName })),
  };
}

/** A unit's rotation of a year (default: the actor's unit, this year): one round trip. */
export async function getRotation(ctx: Ctx, q: RotationQuery): Promise<RotationOut> {
  requireRole(ctx, "admin", "secretary");
  const year = q.year ?? vnYear(ctx.now);
  const focus = focusUnit(ctx, q.unitId);
  const [unitRows, turns, people] = await ctx.db.batch([
    focus.unit(),
    unitTurnsQuery(ctx, focus.idOf, year),
    subtreeMembersQuery(ctx, focus.pathOf, year),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound(NO_UNIT);
  return rotationOf(unit, year, turns.map(toTurnOut), people);
}

/** The unit, checked as a place meetings are held, and what a rotation write reads: one batch. */
async function loadForWrite(ctx: Ctx, unitId: string, year: number) {
  requireManager(ctx);
  const [unitRows, turns, people] = await ctx.db.batch([
    unitQuery(ctx, unitId),
    unitTurnsQuery(ctx, unitId, year),
    subtreeMembersQuery(ctx, unitPathOf(ctx, unitId), year),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound(NO_UNIT);
  if (!MEETING_UNIT_KINDS.includes(unit.kind))
    throw invalid({ unitId: "Lịch báo cáo luân phiên lập cho chi bộ (hoặc đảng bộ cơ sở)." });
  return { unit, turns: turns.map(toTurnOut), people };
}

/**
 * "Lập lịch báo cáo luân phiên": the members without a report yet, leaders first, spread over the
 * regular meetings left in the year; turns already reported stay, the other planned ones are replaced.
 */
export async function generateRotation(ctx: Ctx, input: GenerateRotationInput): Promise<RotationOut> {
  const { unit, turns, people } = await loadForWrite(ctx, input.unitId, input.year);
  const thisYear = vnYear(ctx.now);
  if (input.year < thisYear) throw invalid({ year: "Không lập lịch cho năm đã qua." });
  const from = input.fromMonth ?? (input.year === thisYear ? Number(vnToday(ctx.now).slice(5, 7)) : 1);
  const dates = meetingDates(input.year, input.day, from, vnToday(ctx.now));
  if (!dates.length) throw invalid({ fromMonth: "Không còn buổi sinh hoạt nào trong năm để phân công." });
  const kept = turns.filter((t) => t.reported);
  const done = new Set(kept.map((t) => t.memberId));
  const open = people.filter((p) => !done.has(p.id) && (p.turnUnitId === null || p.turnUnitId === unit.id));
  const names = new Map(people.map((p) => [p.id, p] as const));
  const rows = spreadTurns(open, dates).map((p) => ({
    id: newId(),
    tenantId: ctx.tenant.id,
    unitId: unit.id,
    year: input.year,
    memberId: p.memberId,
    date: p.date,
    meetingId: null,
    remarkId: null,
    ...firstVersion(ctx),
  }));
  const items: TurnOut[] = [
    ...kept,
    ...rows.map((r) => ({
      ...r,
      memberName: names.get(r.memberId)!.fullName,
      group: names.get(r.memberId)!.grp === "exemplar" ? ("exemplar" as const) : ("follower" as const),
      reported: false,
      meetingDate: null,
      remark: null,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  await writeBatch(
    ctx.db,
    [
      ctx.db
        .delete(reportTurns)
        .where(
          matching(ctx, reportTurns, { unitId: unit.id, year: input.year }, isNull(reportTurns.remarkId)),
        ),
      insertMany(ctx.db, reportTurns, rows),
      auditInsert(ctx, {
        action: "meeting.rotation.generate",
        entityType: "unit",
        entityId: unit.id,
        before: { turns: turns.filter((t) => !t.reported).map((t) => [t.memberId, t.date]) },
        after: {
          year: input.year,
          day: input.day,
          fromMonth: from,
          turns: rows.map((t) => [t.memberId, t.date]),
        },
      }),
    ].filter((s) => s !== null),
  );
  return rotationOf(
    unit,
    input.year,
    items,
    people.map((p) => ({ ...p, turnUnitId: done.has(p.id) ? unit.id : p.turnUnitId })),
  );
}

/** Adds a member's turn (a member of the unit without a turn in the year). */
export async function addTurn(ctx: Ctx, input: AddTurnInput): Promise<TurnOut> {
  const year = Number(input.date.slice(0, 4));
  const { unit, people } = await loadForWrite(ctx, input.unitId, year);
  const person = people.find((p) => p.id === input.memberId);
  if (!person) throw notFound("Không tìm thấy đảng viên trong chi bộ này.");
  if (person.turnUnitId !== null)
    throw conflict(`Đồng chí ${person.fullName} đã có lịch báo cáo trong năm ${year}.`);
  const row = {
    id: newId(),
    tenantId: ctx.tenant.id,
    unitId: unit.id,
    year,
    memberId: person.id,
    date: input.date,
    meetingId: null,
    remarkId: null,
    ...firstVersion(ctx),
  };
  await writeBatch(ctx.db, [
    ctx.db.insert(reportTurns).values(row),
    auditTurn(ctx, "add", row.id, { after: row }),
  ]);
  return {
    ...row,
    memberName: person.fullName,
    group: person.grp === "exemplar" ? "exemplar" : "follower",
    reported: false,
    meetingDate: null,
    remark: null,
  };
}

async function loadTurn(ctx: Ctx, id: string) {
  requireManager(ctx);
  const turn = (await turnsQuery(ctx, unitScope(ctx), eq(reportTurns.id, id)))[0];
  if (!turn) throw notFound(NO_TURN);
  const out = toTurnOut(turn);
  if (out.reported) throw conflict(DONE);
  return out;
}

/** Moves a planned turn to another meeting date of its year. */
export async function updateTurn(ctx: Ctx, id: string, input: UpdateTurnInput): Promise<TurnOut> {
  const before = await loadTurn(ctx, id);
  if (before.version !== input.version) throw conflict("Lịch vừa được người khác sửa. Vui lòng tải lại.");
  if (Number(input.date.slice(0, 4)) !== before.year)
    throw invalid({ date: `Ngày báo cáo phải trong năm ${before.year}.` });
  const after = { ...before, date: input.date, ...nextVersion(before, ctx) };
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, reportTurns, before, {
      date: after.date,
      version: after.version,
      updatedAt: after.updatedAt,
    }),
    auditTurn(ctx, "update", id, { before, after }),
  ]);
  return after;
}

/** Removes a planned turn (one already reported stays). */
export async function deleteTurn(ctx: Ctx, id: string, version: number): Promise<TurnOut> {
  const before = await loadTurn(ctx, id);
  if (before.version !== version) throw conflict("Lịch vừa được người khác sửa. Vui lòng tải lại.");
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, reportTurns, before, null),
    auditTurn(ctx, "delete", id, { before }),
  ]);
  return before;
}

/** The signed-in member's turn of a year (null: none planned, or not a member). */
export async function getMyTurn(ctx: Ctx, year: number): Promise<TurnOut | null> {
  const row = (await myTurnQuery(ctx, year))[0];
  return row ? toTurnOut(row) : null;
}
