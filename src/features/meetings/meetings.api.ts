import { Id } from "../../domain/ids";
import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
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

const tags = ["meetings"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);
const RemarkParams = z.object({
  id: Id.openapi({ param: { name: "id", in: "path" } }),
  remarkId: Id.openapi({ param: { name: "remarkId", in: "path" } }),
});
const YearOnly = z.object({ year: yearQuery() });

/** Meetings and their remarks: mounted at /api/v1/meetings. */
export const meetingsApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary:
        "Meetings held in a unit's subtree in a year (default: the actor's unit, this year), newest first",
      request: { query: ListMeetingsQuery },
      responses: { 200: jsonContent(MeetingListOut), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json((await listMeetings(ctxOf(c), c.req.valid("query"))).list, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: "Record a cell meeting (with optional praise and criticism of members)",
      request: jsonBody(CreateMeetingInput),
      responses: { 201: jsonContent(MeetingOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createMeeting(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      tags,
      summary: "A meeting with its praise and criticism",
      request: { params: IdParam },
      responses: { 200: jsonContent(MeetingDetailOut), ...problemResponses(401, 403, 404) },
    }),
    async (c) => {
      const { meeting, remarks } = await getMeeting(ctxOf(c), c.req.valid("param").id);
      return c.json({ meeting, remarks }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      tags,
      summary: "Correct a meeting's date, kind, minutes number, attendance or notes",
      request: { params: IdParam, ...jsonBody(UpdateMeetingInput) },
      responses: { 200: jsonContent(MeetingOut), ...errs },
    }),
    async (c) => c.json(await updateMeeting(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      tags,
      summary: "Delete a meeting and its remarks (409 when a plan confirmation cites it)",
      request: { params: IdParam, query: VersionQuery },
      responses: { 204: { description: "Deleted" }, ...errs },
    }),
    async (c) => {
      await deleteMeeting(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/remarks",
      tags,
      summary: "Record praise or criticism of a member in the meeting's minutes",
      request: { params: IdParam, ...jsonBody(RemarkInput) },
      responses: { 201: jsonContent(z.object({ id: z.string() }), "Created"), ...errs },
    }),
    async (c) => c.json(await addRemark(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/remarks/{remarkId}",
      tags,
      summary: "Remove a remark recorded by mistake",
      request: { params: RemarkParams },
      responses: { 204: { description: "Deleted" }, ...errs },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await deleteRemark(ctxOf(c), p.id, p.remarkId);
      return c.body(null, 204);
    },
  );

/** The praise and criticism about a member: mounted at /api/v1/members/{id}/remarks. */
export const memberRemarksApi = apiRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    tags,
    summary: "Praise and criticism recorded about a member (a member reads only their own)",
    request: { params: IdParam, query: YearOnly },
    responses: {
      200: jsonContent(z.object({ items: z.array(RemarkOut) }).openapi("MemberRemarks")),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  async (c) =>
    c.json(
      { items: await getMemberRemarks(ctxOf(c), c.req.valid("param").id, c.req.valid("query").year) },
      200,
    ),
);
