import { READ_PROBLEMS, WRITE_PROBLEMS, apiRoutes } from "../../platform/api-routes";
import { Id } from "../../domain/ids";
import { z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import {
  CreateMeetingInput,
  ListMeetingsQuery,
  MeetingDetailOut,
  MeetingListOut,
  MeetingOut,
  RemarkInput,
  RemarkOut,
  UpdateMeetingInput,
} from "./meetings.inputs";
import { addRemark, deleteRemark } from "./meetings-remarks.service";
import { createMeeting, deleteMeeting, updateMeeting } from "./meetings.service";
import { getMeeting, getMemberRemarks, listMeetings } from "./meetings-view.service";
import { VersionQuery, yearQuery } from "../../platform/query-params";

const route = apiRoutes("meetings");
const _errs = problemResponses(400, 401, 403, 404, 409, 415);
const RemarkParams = z.object({
  id: Id.openapi({ param: { name: "id", in: "path" } }),
  remarkId: Id.openapi({ param: { name: "remarkId", in: "path" } }),
});
const YearOnly = z.object({ year: yearQuery() });

/** Meetings and their remarks: mounted at /api/v1/meetings. */
export const meetingsApi = apiRouter()
  .openapi(
    route.get("/", {
      summary:
        "Meetings held in a unit's subtree in a year (default: the actor's unit, this year), newest first",
      request: { query: ListMeetingsQuery },
      out: MeetingListOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json((await listMeetings(ctxOf(c), c.req.valid("query"))).list, 200),
  )
  .openapi(
    route.post("/", {
      summary: "Record a cell meeting (with optional praise and criticism of members)",
      request: jsonBody(CreateMeetingInput),
      out: MeetingOut,
      description: "Created",
      status: 201,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await createMeeting(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    route.get("/{id}", {
      summary: "A meeting with its praise and criticism",
      request: { params: IdParam },
      out: MeetingDetailOut,
      problems: [401, 403, 404],
    }),
    async (c) => {
      const { meeting, remarks } = await getMeeting(ctxOf(c), c.req.valid("param").id);
      return c.json({ meeting, remarks }, 200);
    },
  )
  .openapi(
    route.patch("/{id}", {
      summary: "Correct a meeting's date, kind, minutes number, attendance or notes",
      request: { params: IdParam, ...jsonBody(UpdateMeetingInput) },
      out: MeetingOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await updateMeeting(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    route.delete("/{id}", {
      summary: "Delete a meeting and its remarks (409 when a plan confirmation cites it)",
      request: { params: IdParam, query: VersionQuery },
      description: "Deleted",
      status: 204,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => {
      await deleteMeeting(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  )
  .openapi(
    route.post("/{id}/remarks", {
      summary: "Record praise or criticism of a member in the meeting's minutes",
      request: { params: IdParam, ...jsonBody(RemarkInput) },
      out: z.object({ id: z.string() }),
      description: "Created",
      status: 201,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await addRemark(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    route.delete("/{id}/remarks/{remarkId}", {
      summary: "Remove a remark recorded by mistake",
      request: { params: RemarkParams },
      description: "Deleted",
      status: 204,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => {
      const p = c.req.valid("param");
      await deleteRemark(ctxOf(c), p.id, p.remarkId);
      return c.body(null, 204);
    },
  );

/** The praise and criticism about a member: mounted at /api/v1/members/{id}/remarks. */
export const memberRemarksApi = apiRouter().openapi(
  route.get("/", {
    summary: "Praise and criticism recorded about a member (a member reads only their own)",
    request: { params: IdParam, query: YearOnly },
    out: z.object({ items: z.array(RemarkOut) }).openapi("MemberRemarks"),
    problems: READ_PROBLEMS,
  }),
  async (c) =>
    c.json(
      { items: await getMemberRemarks(ctxOf(c), c.req.valid("param").id, c.req.valid("query").year) },
      200,
    ),
);
