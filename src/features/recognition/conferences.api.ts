import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import { FormatQuery, download, sheetResponse } from "./exemplars.http";
import {
  ConferenceOut,
  CreateConferenceInput,
  ListConferencesQuery,
  UpdateConferenceInput,
} from "./conferences.inputs";
import { exportConferences } from "./conferences-export.service";
import {
  createConference,
  deleteConference,
  getConference,
  listConferences,
  updateConference,
} from "./conferences.service";

// Study conferences are part of the exemplars feature in the API description.
const tags = ["exemplars"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);
const reads = problemResponses(400, 401, 403, 404);
const ListQuery = ListConferencesQuery.extend({}).openapi("ListConferencesQuery");
const ConferenceList = z
  .object({ items: z.array(ConferenceOut), nextCursor: z.string().nullable() })
  .openapi("ConferenceList");
const VersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { in: "query" } }),
});

export const conferencesApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/conferences",
      tags,
      summary: "List study conferences (filters: year, mode, unit subtree)",
      request: { query: ListQuery },
      responses: { 200: jsonContent(ConferenceList), ...reads },
    }),
    async (c) => c.json(await listConferences(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/conferences/export",
      tags,
      summary: "Export the filtered conferences as XLSX or CSV",
      request: { query: ListQuery.extend(FormatQuery.shape) },
      responses: { 200: sheetResponse, ...reads },
    }),
    async (c) => {
      const { format, ...q } = c.req.valid("query");
      const f = await exportConferences(ctxOf(c), q, format);
      return download(c, f.bytes, f.type, f.fileName);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/conferences",
      tags,
      summary: "Record a study conference (theme defaults to the year theme)",
      request: jsonBody(CreateConferenceInput),
      responses: { 201: jsonContent(ConferenceOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createConference(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/conferences/{id}",
      tags,
      summary: "A study conference",
      request: { params: IdParam },
      responses: { 200: jsonContent(ConferenceOut), ...reads },
    }),
    async (c) => c.json(await getConference(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/conferences/{id}",
      tags,
      summary: "Edit a study conference",
      request: { params: IdParam, ...jsonBody(UpdateConferenceInput) },
      responses: { 200: jsonContent(ConferenceOut), ...errs },
    }),
    async (c) => c.json(await updateConference(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/conferences/{id}",
      tags,
      summary: "Delete a study conference",
      request: { params: IdParam, query: VersionQuery },
      responses: { 204: { description: "Deleted" }, ...errs },
    }),
    async (c) => {
      await deleteConference(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  );
