import { apiOps, byVersion } from "../../platform/api-routes";
import { z } from "@hono/zod-openapi";
import { IdOut, IdParam } from "../../platform/openapi";
import {
  CommentInput,
  ComplianceQuery,
  ListEntriesQuery,
  CreateEntryInput,
  ReturnEntryInput,
  SaveEntryInput,
  VersionInput,
} from "./notebook.inputs";
import { EntryOut, EntryPageOut, NotebookOut } from "./notebook.outputs";
import { listEntries } from "./notebook-list.service";
import { commentEntry, returnEntry } from "./notebook-cell.service";
import { createEntry, deleteEntry, saveEntry, submitEntry } from "./notebook-entries.service";
import { getCompliance, getEntry, getMyNotebook, getNotebook } from "./notebook.service";
import { VersionQuery, YearQuery } from "../../platform/query-params";
import { GROUPS } from "../../domain/groups";

const api = apiOps("notebook");
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
        report: z
          .object({
            plannedDate: z.string().nullable(),
            reportedDate: z.string().nullable(),
            remark: z.string().nullable(),
          })
          .nullable()
          .openapi({
            description:
              "The report before the cell in the year (rotation): planned, given, the cell's remark",
          }),
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
export const notebookApi = api.router(
  api.get("/mine", {
    who: "all",
    summary: "The signed-in member's notebook for a year (default this year)",
    query: YearQuery,
    out: NotebookOut,
    run: (ctx, { query }) => getMyNotebook(ctx, query.year),
  }),
  api.get("/compliance", {
    who: "managers",
    summary: "Notebook compliance of a unit: roll-up counters of it and its children, its members one by one",
    query: ComplianceQuery,
    out: ComplianceOutSchema,
    call: getCompliance,
  }),
  api.get("/entries", {
    who: "all",
    summary:
      "Entries across members, by (updatedAt, id): a unit's subtree, a year, those changed since an instant",
    description:
      "Every entry the caller may read (drafts only their own or written on a member's behalf), without comments. With `updatedSince`, only entries changed at or after that instant: an entry changed while paging comes again at the end.",
    query: ListEntriesQuery,
    out: EntryPageOut,
    call: listEntries,
  }),
  api.get("/entries/{id}", {
    who: "all",
    summary: "One entry with the cell's comments",
    out: EntryOut,
    problems: [401, 403, 404],
    run: async (ctx, { id }) => (await getEntry(ctx, id)).entry,
  }),
  api.patch("/entries/{id}", {
    who: "all",
    summary: "Save a draft entry (optionally submitting it)",
    body: SaveEntryInput,
    out: EntryOut,
    call: saveEntry,
  }),
  api.delete("/entries/{id}", {
    who: "all",
    summary: "Delete a draft entry",
    query: VersionQuery,
    call: byVersion(deleteEntry),
  }),
  api.post("/entries/{id}/submit", {
    who: "all",
    summary:
      "Submit an entry to the cell (a review needs its three parts and the progress of every plan item)",
    body: VersionInput,
    out: EntryOut,
    call: byVersion(submitEntry),
  }),
  api.post("/entries/{id}/comments", {
    who: "managers",
    summary: "The cell's comment on a submitted entry",
    body: CommentInput,
    out: IdOut,
    status: 201,
    call: commentEntry,
  }),
  api.post("/entries/{id}/return", {
    who: "managers",
    summary: "Return a submitted entry to the member for correction, with the cell's reason",
    body: ReturnEntryInput,
    out: EntryOut,
    call: returnEntry,
  }),
);

/** A member's notebook and new entries: mounted at /api/v1/members/{id}/notebook. */
export const memberNotebookApi = api.router(
  api.get("/", {
    who: "all",
    summary: "A member's notebook for a year: plan, entries, the cell's comments, praise and criticism",
    params: IdParam,
    query: YearQuery,
    out: NotebookOut,
    run: (ctx, { id, query }) => getNotebook(ctx, id, query.year),
  }),
  api.post("/entries", {
    who: "all",
    summary:
      "Write an entry (a review or a free entry) in a member's notebook; a secretary writes on the member's behalf",
    params: IdParam,
    body: CreateEntryInput,
    out: EntryOut,
    status: 201,
    call: createEntry,
  }),
);
