// Read queries of meetings, batchable: other features (plans' confirm form, the notebook, the
// evaluation, the member's record) put them in their own read batch.
import { type SQL, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { meetingAttendance, meetingRemarks, meetings } from "../../db/schema/tenant/meetings";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { inTenant, onPath, scoped } from "../../platform/scope";
import { CURRENT_STATUSES } from "../../domain/members";
import { requireRole } from "../../platform/tenant-context";
import { formatIsoDate } from "../../ui/format";
import { memberScope } from "../members";
import { unitScope } from "../orgs";
import {
  MEETING_KIND_LABEL,
  type MeetingKind,
  type MeetingOption,
  type MeetingOut,
  type RemarkKind,
  type RemarkOut,
} from "./meetings.inputs";
import { inSubtreeOf, joinRef, unitPathOf } from "../../platform/lookups";

type MeetingRow = typeof meetings.$inferSelect;

export function toMeetingOut(m: MeetingRow, unitName: string, remarks: { kind: string }[]): MeetingOut {
  return {
    id: m.id,
    unitId: m.unitId,
    unitName,
    year: m.year,
    date: m.date,
    kind: m.kind as MeetingKind,
    minutesNumber: m.minutesNumber,
    topic: m.topic,
    attendance: m.attendance,
    expected: m.expected,
    notes: m.notes,
    praiseCount: remarks.filter((r) => r.kind === "praise").length,
    criticismCount: remarks.filter((r) => r.kind === "criticism").length,
    createdByLabel: m.createdByLabel,
    version: m.version,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** A meeting with its unit's name and current path, in the actor's scope. */
export function meetingQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select({ m: meetings, unitName: units.name, path: units.path })
    .from(meetings)
    .innerJoin(units, joinRef(units, meetings.unitId, meetings))
    .where(scoped(ctx, meetings.tenantId, eq(meetings.id, id), unitScope(ctx)))
    .limit(1);
}

export function remarkFactsQuery(ctx: Ctx, meetingId: string) {
  return ctx.db
    .select()
    .from(meetingRemarks)
    .where(scoped(ctx, meetingRemarks.tenantId, eq(meetingRemarks.meetingId, meetingId)));
}

/** Members (in the actor's scope) with their unit's path and group, for remarks. */
export function memberForRemarkQuery(ctx: Ctx, ids: string[]) {
  return ctx.db
    .select({ id: members.id, path: units.path, grp: members.memberGroup })
    .from(members)
    .innerJoin(units, joinRef(units, members.unitId, members))
    .where(scoped(ctx, members.tenantId, inArray(members.id, ids.length ? ids : [""]), memberScope(ctx)));
}

/**
 * The current members of a unit's subtree (its path as SQL), in member order, with their group and, given
 * a year, the unit holding their report turn of that year (for remarks, attendance and the rotation).
 */
export function subtreeMembersQuery(ctx: Ctx, pathOf: SQL, year?: number) {
  const current = inArray(members.status, CURRENT_STATUSES);
  return ctx.db
    .select({
      id: members.id,
      fullName: members.fullName,
      grp: members.memberGroup,
      turnUnitId:
        year === undefined
          ? sql<string | null>`NULL`
          : sql<
              string | null
            >`(SELECT t.unit_id FROM report_turns t WHERE t.tenant_id = "members"."tenant_id" AND t.member_id = "members"."id" AND t.year = ${year})`,
    })
    .from(members)
    .innerJoin(units, joinRef(units, members.unitId, members))
    .where(scoped(ctx, members.tenantId, inSubtreeOf(units.path, pathOf), current))
    .orderBy(asc(members.sortKey), asc(members.id))
    .limit(1000);
}

/** The current members of a meeting's unit subtree. */
export const meetingMembersQuery = (ctx: Ctx, meetingId: string) =>
  subtreeMembersQuery(
    ctx,
    sql`(SELECT u.path FROM meetings mt JOIN units u ON u.id = mt.unit_id AND u.tenant_id = mt.tenant_id WHERE mt.id = ${meetingId} AND ${inTenant(ctx, sql`mt.tenant_id`)})`,
  );

/** Meetings held by a unit or its ancestors in a year, within the actor's scope, newest first. */
export function meetingsForUnitQuery(ctx: Ctx, unitId: string, year: number) {
  const pathOf = unitPathOf(ctx, unitId);
  return ctx.db
    .select({
      id: meetings.id,
      date: meetings.date,
      kind: meetings.kind,
      minutesNumber: meetings.minutesNumber,
    })
    .from(meetings)
    .innerJoin(units, joinRef(units, meetings.unitId, meetings))
    .where(scoped(ctx, meetings.tenantId, eq(meetings.year, year), onPath(units.id, pathOf), unitScope(ctx)))
    .orderBy(desc(meetings.date), desc(meetings.id))
    .limit(200);
}

export function toMeetingOption(r: {
  id: string;
  date: string;
  kind: string;
  minutesNumber: string;
}): MeetingOption {
  return {
    id: r.id,
    date: r.date,
    kind: r.kind as MeetingKind,
    minutesNumber: r.minutesNumber,
    label: `${formatIsoDate(r.date)} · ${MEETING_KIND_LABEL[r.kind as MeetingKind]} · Biên bản số ${r.minutesNumber}`,
  };
}

/** The meetings a plan confirmation (or anything else) can cite for a unit and year. */
export async function listMeetingsForUnit(ctx: Ctx, unitId: string, year: number): Promise<MeetingOption[]> {
  requireRole(ctx, "admin", "secretary");
  return (await meetingsForUnitQuery(ctx, unitId, year)).map(toMeetingOption);
}

function remarksJoin(ctx: Ctx, ...conds: (SQL | undefined)[]) {
  return ctx.db
    .select({
      r: meetingRemarks,
      memberName: members.fullName,
      meetingDate: meetings.date,
      // Aliased: a column name repeated in a joined select shifts the values in a D1 batch.
      meetingKind: sql<string>`${meetings.kind}`.as("meeting_kind"),
      minutesNumber: meetings.minutesNumber,
      unitName: units.name,
    })
    .from(meetingRemarks)
    .innerJoin(meetings, joinRef(meetings, meetingRemarks.meetingId, meetingRemarks))
    .innerJoin(units, joinRef(units, meetings.unitId, meetings))
    .innerJoin(members, joinRef(members, meetingRemarks.memberId, meetingRemarks))
    .where(scoped(ctx, meetingRemarks.tenantId, ...conds))
    .orderBy(asc(meetings.date), asc(meetingRemarks.createdAt))
    .limit(500);
}

/** Praise and criticism recorded about a member (optionally of one year), oldest first; member scope applies. */
export function remarksForMemberQuery(ctx: Ctx, memberId: string, year?: number) {
  return remarksJoin(
    ctx,
    eq(meetingRemarks.memberId, memberId),
    year === undefined ? undefined : eq(meetingRemarks.year, year),
    memberScope(ctx),
  );
}

/** The remarks of one meeting (check the meeting's scope in the same batch). */
export function remarksOfMeetingQuery(ctx: Ctx, meetingId: string) {
  return remarksJoin(ctx, eq(meetingRemarks.meetingId, meetingId));
}

/** The attendance taken at a meeting, by member order (check the meeting's scope in the same batch). */
export function attendanceOfMeetingQuery(ctx: Ctx, meetingId: string) {
  return ctx.db
    .select({
      memberId: meetingAttendance.memberId,
      memberName: members.fullName,
      status: meetingAttendance.status,
      reason: meetingAttendance.reason,
    })
    .from(meetingAttendance)
    .innerJoin(members, joinRef(members, meetingAttendance.memberId, meetingAttendance))
    .where(scoped(ctx, meetingAttendance.tenantId, eq(meetingAttendance.meetingId, meetingId)))
    .orderBy(asc(members.sortKey), asc(members.id))
    .limit(1000);
}

/** What the meeting page and the attendance write read about a meeting, as one batch. */
export function meetingReads(ctx: Ctx, id: string) {
  return [
    meetingQuery(ctx, id),
    remarksOfMeetingQuery(ctx, id),
    meetingMembersQuery(ctx, id),
    attendanceOfMeetingQuery(ctx, id),
  ] as const;
}

type RemarkJoin = Awaited<ReturnType<typeof remarksForMemberQuery>>[number];

export function toRemarkOut(
  x: Pick<RemarkJoin, "r" | "memberName" | "meetingDate" | "meetingKind" | "minutesNumber" | "unitName">,
): RemarkOut {
  return {
    id: x.r.id,
    meetingId: x.r.meetingId,
    memberId: x.r.memberId,
    memberName: x.memberName,
    kind: x.r.kind as RemarkKind,
    content: x.r.content,
    year: x.r.year,
    meetingDate: x.meetingDate,
    meetingKind: x.meetingKind as MeetingKind,
    minutesNumber: x.minutesNumber,
    unitName: x.unitName,
    createdByLabel: x.r.createdByLabel,
    createdAt: x.r.createdAt,
  };
}

export async function listRemarksForMember(ctx: Ctx, memberId: string, year?: number): Promise<RemarkOut[]> {
  requireRole(ctx, "admin", "secretary", "member");
  return (await remarksForMemberQuery(ctx, memberId, year)).map(toRemarkOut);
}
