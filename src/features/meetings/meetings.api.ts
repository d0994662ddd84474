import { apiOps, byVersion } from "../../platform/api-routes";
import { Id } from "../../domain/ids";
import { z } from "@hono/zod-openapi";
import { IdOut, IdParam } from "../../platform/openapi";
import * as In from "./meetings.inputs";
import { addRemark, deleteRemark } from "./meetings-remarks.service";
import { TakeAttendanceInput } from "./meetings-attendance.inputs";
import { takeAttendance } from "./meetings-attendance.service";
import { createMeeting, deleteMeeting, updateMeeting } from "./meetings.service";
import { getMeeting, getMemberRemarks, listMeetings } from "./meetings-view.service";
import { VersionQuery, yearQuery } from "../../platform/query-params";

const api = apiOps("meetings");
const RemarkParams = z.object({
  id: Id.openapi({ param: { name: "id", in: "path" } }),
  remarkId: Id.openapi({ param: { name: "remarkId", in: "path" } }),
});
const YearOnly = z.object({ year: yearQuery() });

/** Meetings and their remarks: mounted at /api/v1/meetings. */
export const meetingsApi = api.router(
  api.get("/", {
    who: "managers",
    summary:
      "Meetings held in a unit's subtree in a year (default: the actor's unit, this year), newest first",
    query: In.ListMeetingsQuery,
    out: In.MeetingListOut,
    run: async (ctx, { query }) => (await listMeetings(ctx, query)).list,
  }),
  api.post("/", {
    who: "managers",
    summary: "Record a cell meeting (with optional praise and criticism of members)",
    body: In.CreateMeetingInput,
    out: In.MeetingOut,
    status: 201,
    call: createMeeting,
  }),
  api.get("/{id}", {
    who: "managers",
    summary: "A meeting with its praise and criticism",
    out: In.MeetingDetailOut,
    problems: [401, 403, 404],
    run: async (ctx, { id }) => {
      const { meeting, remarks, attendance } = await getMeeting(ctx, id);
      return { meeting, remarks, attendance };
    },
  }),
  api.patch("/{id}", {
    who: "managers",
    summary: "Correct a meeting's date, kind, minutes number, attendance or notes",
    body: In.UpdateMeetingInput,
    out: In.MeetingOut,
    call: updateMeeting,
  }),
  api.delete("/{id}", {
    who: "managers",
    summary: "Delete a meeting and its remarks (409 when a plan confirmation cites it)",
    query: VersionQuery,
    call: byVersion(deleteMeeting),
  }),
  api.put("/{id}/attendance", {
    who: "managers",
    summary: "Take (or retake) the meeting's attendance member by member",
    description:
      "The list replaces the one taken before; members left out were not convened. The meeting's `attendance` (present) and `expected` (listed) follow from it, and so do the attendance figures of the reports. An excused absence needs its reason. A member outside the meeting's unit is 404.",
    body: TakeAttendanceInput,
    out: In.MeetingAttendanceOut,
    call: takeAttendance,
  }),
  api.post("/{id}/remarks", {
    who: "managers",
    summary: "Record praise or criticism of a member in the meeting's minutes",
    body: In.RemarkInput,
    out: IdOut,
    status: 201,
    call: addRemark,
  }),
  api.delete("/{id}/remarks/{remarkId}", {
    who: "managers",
    summary: "Remove a remark recorded by mistake",
    params: RemarkParams,
    run: (ctx, { id, remarkId }) => deleteRemark(ctx, id, remarkId),
  }),
);

/** The praise and criticism about a member: mounted at /api/v1/members/{id}/remarks. */
export const memberRemarksApi = api.router(
  api.get("/", {
    who: "all",
    summary: "Praise and criticism recorded about a member (a member reads only their own)",
    params: IdParam,
    query: YearOnly,
    out: z.object({ items: z.array(In.RemarkOut) }).openapi("MemberRemarks"),
    run: async (ctx, { id, query }) => ({ items: await getMemberRemarks(ctx, id, query.year) }),
  }),
);
