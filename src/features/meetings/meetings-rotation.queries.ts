// Read queries of the rotation, batchable (the meeting page, the home page and the compliance view put
// them in their own read batch), and the statements that tie a turn to the report that fulfils it.
import { type SQL, asc, eq, isNull, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { meetingRemarks, meetings, reportTurns } from "../../db/schema/tenant/meetings";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { joinRef } from "../../platform/lookups";
import { matching, scoped } from "../../platform/scope";
import { unitScope } from "../orgs";
import type { TurnOut } from "./meetings-rotation.inputs";

/** Turns with their member, the meeting and the cell's remark once reported (scope: in `conds`). */
export function turnsQuery(ctx: Ctx, ...conds: (SQL | undefined)[]) {
  return ctx.db
    .select({
      t: reportTurns,
      memberName: members.fullName,
      grp: members.memberGroup,
      // Aliased: a column name repeated in a joined select shifts the values in a D1 batch.
      meetingDate: sql<string | null>`${meetings.date}`.as("meeting_date"),
      remark: meetingRemarks.content,
    })
    .from(reportTurns)
    .innerJoin(members, joinRef(members, reportTurns.memberId, reportTurns))
    .innerJoin(units, joinRef(units, reportTurns.unitId, reportTurns))
    .leftJoin(meetings, joinRef(meetings, reportTurns.meetingId, reportTurns))
    .leftJoin(meetingRemarks, joinRef(meetingRemarks, reportTurns.remarkId, reportTurns))
    .where(scoped(ctx, reportTurns.tenantId, ...conds))
    .orderBy(asc(reportTurns.date), asc(members.sortKey), asc(reportTurns.id))
    .limit(1000);
}

/** The turns a unit planned for a year, in the actor's unit scope. */
export const unitTurnsQuery = (ctx: Ctx, unitId: string | SQL, year: number | SQL) =>
  turnsQuery(ctx, unitScope(ctx), sql`${reportTurns.unitId} = ${unitId}`, sql`${reportTurns.year} = ${year}`);

/** The signed-in member's own turn of the year (their home page and notebook). */
export const myTurnQuery = (ctx: Ctx, year: number) =>
  turnsQuery(ctx, eq(reportTurns.memberId, ctx.actor.memberId ?? ""), eq(reportTurns.year, year));

type TurnJoin = Awaited<ReturnType<typeof turnsQuery>>[number];

export function toTurnOut(x: TurnJoin): TurnOut {
  return {
    id: x.t.id,
    unitId: x.t.unitId,
    year: x.t.year,
    memberId: x.t.memberId,
    memberName: x.memberName,
    group: x.grp === "exemplar" ? "exemplar" : "follower",
    date: x.t.date,
    reported: x.t.remarkId !== null,
    meetingId: x.t.meetingId,
    meetingDate: x.meetingDate,
    remark: x.remark,
    version: x.t.version,
    updatedAt: x.t.updatedAt,
  };
}

/** Marks the member's open turn of the year as fulfilled by a report remark (in the remark's batch). */
export function markTurn(ctx: Ctx, r: { id: string; meetingId: string; memberId: string; year: number }) {
  return ctx.db
    .update(reportTurns)
    .set({
      meetingId: r.meetingId,
      remarkId: r.id,
      version: sql`${reportTurns.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(matching(ctx, reportTurns, { memberId: r.memberId, year: r.year }, isNull(reportTurns.remarkId)));
}

/** Reopens the turns a deleted report (or every report of a deleted meeting) had fulfilled. */
export function unmarkTurns(ctx: Ctx, by: { remarkId: string } | { meetingId: string }) {
  const cond =
    "remarkId" in by ? eq(reportTurns.remarkId, by.remarkId) : eq(reportTurns.meetingId, by.meetingId);
  return ctx.db
    .update(reportTurns)
    .set({ meetingId: null, remarkId: null, version: sql`${reportTurns.version} + 1`, updatedAt: ctx.now })
    .where(scoped(ctx, reportTurns.tenantId, cond));
}
