import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import {
  CommentInput,
  ComplianceQuery,
  CreateEntryInput,
  ReturnEntryInput,
  SaveEntryInput,
  VersionInput,
} from "./notebook.inputs";
import { EntryOut, NotebookOut } from "./notebook.outputs";
import { commentEntry, returnEntry } from "./notebook-cell.service";
import { createEntry, deleteEntry, saveEntry, submitEntry } from "./notebook-entries.service";
import { getCompliance, getEntry, getMyNotebook, getNotebook } from "./notebook.service";
import { VersionQuery, YearQuery } from "../../platform/query-params";

const tags = ["notebook"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);
const CounterCell = z.object({ exemplar: z.number(), follower: z.number(), all: z.number() });
const ComplianceOutSchema = z
  .object({
    unit: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    year: z.number(),
    mode: z.enum(["three", "quarterly"]),
    required: z.array(z.string()),
    units: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        counters: z.record(z.string(), CounterCell),
      }),
    ),
    members: z.array(
      z.object({
        memberId: z.string(),
        fullName: z.string(),
        group: z.enum(["exemplar", "follower"]),
        planStatus: z.string().nullable(),
        submitted: z.record(z.string(), z.string()),
        compliance: z.object({
          required: z.array(z.string()),
          done: z.array(z.string()),
          missing: z.array(z.string()),
          compliant: z.boolean(),
        }),
      }),
    ),
  })
  .openapi("NotebookComplianceView");

/** The notebook and its entries: mounted at /api/v1/notebook. */
export const notebookApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/mine",
      tags,
      summary: "The signed-in member's notebook for a year (default this year)",
      request: { query: YearQuery },
      responses: { 200: jsonContent(NotebookOut), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getMyNotebook(ctxOf(c), c.req.valid("query").year), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/compliance",
      tags,
      summary:
        "Notebook compliance of a unit: roll-up counters of it and its children, its members one by one",
      request: { query: ComplianceQuery },
      responses: { 200: jsonContent(ComplianceOutSchema), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getCompliance(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/entries/{id}",
      tags,
      summary: "One entry with the cell's comments",
      request: { params: IdParam },
      responses: { 200: jsonContent(EntryOut), ...problemResponses(401, 403, 404) },
    }),
    async (c) => c.json((await getEntry(ctxOf(c), c.req.valid("param").id)).entry, 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/entries/{id}",
      tags,
      summary: "Save a draft entry (optionally submitting it)",
      request: { params: IdParam, ...jsonBody(SaveEntryInput) },
      responses: { 200: jsonContent(EntryOut), ...errs },
    }),
    async (c) => c.json(await saveEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/entries/{id}",
      tags,
      summary: "Delete a draft entry",
      request: { params: IdParam, query: VersionQuery },
      responses: { 204: { description: "Deleted" }, ...errs },
    }),
    async (c) => {
      await deleteEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/entries/{id}/submit",
      tags,
      summary:
        "Submit an entry to the cell (a review needs its three parts and the progress of every plan item)",
      request: { params: IdParam, ...jsonBody(VersionInput) },
      responses: { 200: jsonContent(EntryOut), ...errs },
    }),
    async (c) =>
      c.json(await submitEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json").version), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/entries/{id}/comments",
      tags,
      summary: "The cell's comment on a submitted entry",
      request: { params: IdParam, ...jsonBody(CommentInput) },
      responses: { 201: jsonContent(z.object({ id: z.string() }), "Created"), ...errs },
    }),
    async (c) => c.json(await commentEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/entries/{id}/return",
      tags,
      summary: "Return a submitted entry to the member for correction, with the cell's reason",
      request: { params: IdParam, ...jsonBody(ReturnEntryInput) },
      responses: { 200: jsonContent(EntryOut), ...errs },
    }),
    async (c) => c.json(await returnEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

/** A member's notebook and new entries: mounted at /api/v1/members/{id}/notebook. */
export const memberNotebookApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary: "A member's notebook for a year: plan, entries, the cell's comments, praise and criticism",
      request: { params: IdParam, query: YearQuery },
      responses: { 200: jsonContent(NotebookOut), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getNotebook(ctxOf(c), c.req.valid("param").id, c.req.valid("query").year), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/entries",
      tags,
      summary:
        "Write an entry (a review or a free entry) in a member's notebook; a secretary writes on the member's behalf",
      request: { params: IdParam, ...jsonBody(CreateEntryInput) },
      responses: { 201: jsonContent(EntryOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
