import { CURRENT_STATUSES } from "../../domain/members";
import { vnYear } from "../../domain/time";
import { type SQL, desc, eq, inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { meetings } from "../../db/schema/tenant/meetings";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { scoped, inTenant } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";

import { memberQuery } from "../members";
import { focusUnit, unitScope } from "../orgs";
import {
  type ListMeetingsQuery,
  MEETING_UNIT_KINDS,
  type MeetingDetailOut,
  type MeetingListOut,
  type RemarkOut,
} from "./meetings.inputs";
import type { AttendanceOut } from "./meetings-attendance.inputs";
import type { TurnOut } from "./meetings-rotation.inputs";
import { toTurnOut, unitTurnsQuery } from "./meetings-rotation.queries";
import { meetingReads, remarksForMemberQuery, toMeetingOut, toRemarkOut } from "./meetings.queries";
import { inSubtreeOf, joinRef } from "../../platform/lookups";

const PAGE = 50;

export interface MeetingsPage {
  list: MeetingListOut;
  children: { id: string; name: string; kind: string }[];
  /** Current members of the unit's subtree: the default of "expected" in the form. */
  memberCount: number;
}

/** The meetings held in a unit's subtree in a year (newest first), its child units: one round trip. */
export async function listMeetings(ctx: Ctx, q: ListMeetingsQuery): Promise<MeetingsPage> {
  requireRole(ctx, "admin", "secretary");
  const year = q.year ?? vnYear(ctx.now);
  const limit = q.limit ?? PAGE;
  const focus = focusUnit(ctx, q.unitId);
  const _tid = ctx.tenant.id;
  const pathOf = focus.pathOf;
  const inRange = inSubtreeOf(units.path, pathOf);
  let cursor: SQL | undefined;
  if (q.cursor) {
    const [d, id] = q.cursor.split("~") as [string, string];
    cursor = sql`(${meetings.date} < ${d} OR (${meetings.date} = ${d} AND ${meetings.id} < ${id}))`;
  }
  const [unitRows, rows, children, counts] = await ctx.db.batch([
    focus.unit(),
    ctx.db
      .select({
        m: meetings,
        unitName: units.name,
        praise: sql<number>`(SELECT count(*) FROM meeting_remarks r WHERE ${inTenant(ctx, sql`r.tenant_id`)} AND r.meeting_id = "meetings"."id" AND r.kind = 'praise')`,
        criticism: sql<number>`(SELECT count(*) FROM meeting_remarks r WHERE ${inTenant(ctx, sql`r.tenant_id`)} AND r.meeting_id = "meetings"."id" AND r.kind = 'criticism')`,
      })
      .from(meetings)
      .innerJoin(units, joinRef(units, meetings.unitId, meetings))
      .where(scoped(ctx, meetings.tenantId, eq(meetings.year, year), inRange, unitScope(ctx), cursor))
      .orderBy(desc(meetings.date), desc(meetings.id))
      .limit(limit + 1),
    focus.children(),
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(members)
      .innerJoin(units, joinRef(units, members.unitId, members))
      .where(scoped(ctx, members.tenantId, inRange, inArray(members.status, CURRENT_STATUSES))),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page[page.length - 1]!.m : null;
  return {
    list: {
      unit: {
        id: unit.id,
        name: unit.name,
        kind: unit.kind,
        canRecord: MEETING_UNIT_KINDS.includes(unit.kind) && unit.status === "active",
      },
      year,
      items: page.map((r) =>
        toMeetingOut(r.m, r.unitName, [
          ...Array(r.praise).fill({ kind: "praise" }),
          ...Array(r.criticism).fill({ kind: "criticism" }),
        ]),
      ),
      nextCursor: last ? `${last.date}~${last.id}` : null,
    },
    children,
    memberCount: counts[0]?.n ?? 0,
  };
}

export interface MeetingView extends MeetingDetailOut {
  /** Members of the meeting's unit subtree (for the remark form). */
  unitMembers: { id: string; fullName: string }[];
  /** The rotation of the meeting's unit and year (the reports due at it). */
  turns: TurnOut[];
}

/** A meeting, its remarks and the members who can be named in it: one round trip. */
export async function getMeeting(ctx: Ctx, id: string): Promise<MeetingView> {
  requireRole(ctx, "admin", "secretary");
  const ofMeeting = (col: string) =>
    sql`(SELECT mt.${sql.raw(col)} FROM meetings mt WHERE mt.id = ${id} AND ${inTenant(ctx, sql`mt.tenant_id`)})`;
  const [rows, remarkRows, unitMembers, attendance, turns] = await ctx.db.batch([
    ...meetingReads(ctx, id),
    unitTurnsQuery(ctx, ofMeeting("unit_id"), ofMeeting("year")),
  ]);
  const row = rows[0];
  if (!row) throw notFound("Không tìm thấy biên bản sinh hoạt.");
  const remarks = remarkRows.map(toRemarkOut);
  return {
    meeting: toMeetingOut(row.m, row.unitName, remarks),
    remarks,
    attendance: attendance as AttendanceOut[],
    unitMembers,
    turns: turns.map(toTurnOut),
  };
}

/** The praise and criticism about one member (404 outside the actor's scope): one round trip. */
export async function getMemberRemarks(ctx: Ctx, memberId: string, year?: number): Promise<RemarkOut[]> {
  requireRole(ctx, "admin", "secretary", "member");
  const [m, rows] = await ctx.db.batch([
    memberQuery(ctx, memberId),
    remarksForMemberQuery(ctx, memberId, year),
  ]);
  if (!m[0]) throw notFound("Không tìm thấy đảng viên.");
  return rows.map(toRemarkOut);
}
