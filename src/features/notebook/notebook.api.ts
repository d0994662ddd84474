import { READ_PROBLEMS, WRITE_PROBLEMS, apiRoutes } from "../../platform/api-routes";
import { z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, problemResponses } from "../../platform/openapi";
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
import { GROUPS } from "../../domain/groups";

const route = apiRoutes("notebook");
const _errs = problemResponses(400, 401, 403, 404, 409, 415);
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
        group: z.enum(GROUPS),
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
    route.get("/mine", {
      summary: "The signed-in member's notebook for a year (default this year)",
      request: { query: YearQuery },
      out: NotebookOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json(await getMyNotebook(ctxOf(c), c.req.valid("query").year), 200),
  )
  .openapi(
    route.get("/compliance", {
      summary:
        "Notebook compliance of a unit: roll-up counters of it and its children, its members one by one",
      request: { query: ComplianceQuery },
      out: ComplianceOutSchema,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json(await getCompliance(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    route.get("/entries/{id}", {
      summary: "One entry with the cell's comments",
      request: { params: IdParam },
      out: EntryOut,
      problems: [401, 403, 404],
    }),
    async (c) => c.json((await getEntry(ctxOf(c), c.req.valid("param").id)).entry, 200),
  )
  .openapi(
    route.patch("/entries/{id}", {
      summary: "Save a draft entry (optionally submitting it)",
      request: { params: IdParam, ...jsonBody(SaveEntryInput) },
      out: EntryOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await saveEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    route.delete("/entries/{id}", {
      summary: "Delete a draft entry",
      request: { params: IdParam, query: VersionQuery },
      description: "Deleted",
      status: 204,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => {
      await deleteEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  )
  .openapi(
    route.post("/entries/{id}/submit", {
      summary:
        "Submit an entry to the cell (a review needs its three parts and the progress of every plan item)",
      request: { params: IdParam, ...jsonBody(VersionInput) },
      out: EntryOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) =>
      c.json(await submitEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json").version), 200),
  )
  .openapi(
    route.post("/entries/{id}/comments", {
      summary: "The cell's comment on a submitted entry",
      request: { params: IdParam, ...jsonBody(CommentInput) },
      out: z.object({ id: z.string() }),
      description: "Created",
      status: 201,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await commentEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    route.post("/entries/{id}/return", {
      summary: "Return a submitted entry to the member for correction, with the cell's reason",
      request: { params: IdParam, ...jsonBody(ReturnEntryInput) },
      out: EntryOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await returnEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

/** A member's notebook and new entries: mounted at /api/v1/members/{id}/notebook. */
export const memberNotebookApi = apiRouter()
  .openapi(
    route.get("/", {
      summary: "A member's notebook for a year: plan, entries, the cell's comments, praise and criticism",
      request: { params: IdParam, query: YearQuery },
      out: NotebookOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json(await getNotebook(ctxOf(c), c.req.valid("param").id, c.req.valid("query").year), 200),
  )
  .openapi(
    route.post("/entries", {
      summary:
        "Write an entry (a review or a free entry) in a member's notebook; a secretary writes on the member's behalf",
      request: { params: IdParam, ...jsonBody(CreateEntryInput) },
      out: EntryOut,
      description: "Created",
      status: 201,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await createEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
