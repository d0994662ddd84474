import { createRoute, z } from "@hono/zod-openapi";
import { vnYear } from "../../domain/time";
import type { Ctx } from "../../platform/context";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import { FIGURES } from "./reports-catalogue.rules";
import { reportFile } from "./reports-docx.rules";
import {
  createDocument,
  deleteDocument,
  getDocument,
  getDocumentWithFigures,
  listDocuments,
  updateDocument,
} from "./reports-documents.service";
import { CONTENT_TYPES, download } from "../../platform/downloads";
import { figuresFile, peopleFile } from "./reports-sheets.rules";
import {
  CreateDocumentInput,
  DeleteQuery,
  ExportQuery,
  FiguresQuery,
  PeopleQuery,
  RecountInput,
  UpdateDocumentInput,
  Year,
} from "./reports.inputs";
import { DocumentOut, DocumentsOut, FiguresViewOut, PeoplePageOut, RecountOut } from "./reports.outputs";
import { listAllPeople, listPeople } from "./reports-people.service";
import { runRecount } from "./reports-recount.service";
import { type FiguresView, getFigures } from "./reports.service";

const tags = ["reports"];
const read = problemResponses(400, 401, 403, 404);
const write = problemResponses(400, 401, 403, 404, 409, 415);
const binary = (types: string[], description: string) => ({
  description,
  content: Object.fromEntries(
    types.map((t) => [t, { schema: { type: "string" as const, format: "binary" } }]),
  ),
});
const sheetTypes = [CONTENT_TYPES.xlsx, CONTENT_TYPES.csv];

function definitions() {
  return FIGURES.map((f) => ({
    key: f.key,
    label: f.label,
    section: f.section,
    metric: f.metric ?? null,
    of: f.of ?? null,
    grouped: f.grouped,
    people: !!f.people,
  }));
}

/** The year asked for, or the current one in Vietnam. */
const yearOr = (ctx: Ctx, year: number | undefined) => year ?? vnYear(ctx.now);

const viewOut = (v: FiguresView) => ({ ...v, definitions: definitions() });
export const reportsApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/units/{id}/figures",
      tags,
      summary: "Figures of a unit's subtree for a year, by group, with each child unit (drill-down)",
      request: { params: IdParam, query: FiguresQuery },
      responses: { 200: jsonContent(FiguresViewOut), ...read },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const year = yearOr(ctx, c.req.valid("query").year);
      return c.json(viewOut(await getFigures(ctx, c.req.valid("param").id, year)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/units/{id}/figures/export",
      tags,
      summary: "The figures as XLSX or CSV (UTF-8 with BOM)",
      request: { params: IdParam, query: FiguresQuery.extend(ExportQuery.shape) },
      responses: { 200: binary(sheetTypes, "The spreadsheet"), ...read },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const q = c.req.valid("query");
      const view = await getFigures(ctx, c.req.valid("param").id, yearOr(ctx, q.year));
      return download(c, figuresFile(view, q.format));
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/units/{id}/people",
      tags,
      summary: "The people behind a figure in a unit's subtree: 50 a page, leaders first",
      request: { params: IdParam, query: PeopleQuery },
      responses: { 200: jsonContent(PeoplePageOut), ...read },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const q = c.req.valid("query");
      const p = await listPeople(ctx, {
        ...q,
        unitId: c.req.valid("param").id,
        year: yearOr(ctx, q.year),
      });
      return c.json({ ...p, figure: p.figure.key }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/units/{id}/people/export",
      tags,
      summary: "The people behind a figure as XLSX or CSV (at most 50,000 rows)",
      request: { params: IdParam, query: PeopleQuery.omit({ cursor: true }).extend(ExportQuery.shape) },
      responses: { 200: binary(sheetTypes, "The spreadsheet"), ...read },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const q = c.req.valid("query");
      const p = await listAllPeople(ctx, {
        ...q,
        unitId: c.req.valid("param").id,
        year: yearOr(ctx, q.year),
      });
      return download(c, peopleFile(p, q.format));
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/units/{id}/documents",
      tags,
      summary: "The party-format reports saved for a unit (optionally of one year)",
      request: {
        params: IdParam,
        query: z.object({ year: Year.optional().openapi({ param: { in: "query" } }) }),
      },
      responses: { 200: jsonContent(DocumentsOut), ...read },
    }),
    async (c) => {
      const v = await listDocuments(ctxOf(c), c.req.valid("param").id, c.req.valid("query").year);
      return c.json({ unit: v.unit, documents: v.documents }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/units/{id}/documents",
      tags,
      summary: "Start a party-format report: number, date, place and signer; the rest defaults from the unit",
      request: { params: IdParam, ...jsonBody(CreateDocumentInput) },
      responses: { 201: jsonContent(DocumentOut, "Created"), ...write },
    }),
    async (c) => c.json(await createDocument(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/documents/{id}",
      tags,
      summary: "A saved report: header fields, recipients and narrative sections",
      request: { params: IdParam },
      responses: { 200: jsonContent(DocumentOut), ...read },
    }),
    async (c) => c.json(await getDocument(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/documents/{id}",
      tags,
      summary: "Edit a saved report (optimistic concurrency on version)",
      request: { params: IdParam, ...jsonBody(UpdateDocumentInput) },
      responses: { 200: jsonContent(DocumentOut), ...write },
    }),
    async (c) => c.json(await updateDocument(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/documents/{id}",
      tags,
      summary: "Delete a saved report",
      request: { params: IdParam, query: DeleteQuery },
      responses: { 204: { description: "Deleted" }, ...write },
    }),
    async (c) => {
      await deleteDocument(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/documents/{id}/docx",
      tags,
      summary: "The report as DOCX (A4, Times New Roman 14, Hướng dẫn 36-HD/VPTW) with live figures",
      request: { params: IdParam },
      responses: { 200: binary([CONTENT_TYPES.docx], "The document"), ...read },
    }),
    async (c) => {
      const { doc, view } = await getDocumentWithFigures(ctxOf(c), c.req.valid("param").id);
      return download(c, reportFile(doc, view));
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/recount",
      tags,
      summary: "Recount every roll-up counter from raw rows and list the differences (admins)",
      responses: { 200: jsonContent(RecountOut), ...read },
    }),
    async (c) => c.json(await runRecount(ctxOf(c), false), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/recount",
      tags,
      summary: "Recount, and with fix=true correct the differing counters (admins)",
      request: jsonBody(RecountInput),
      responses: { 200: jsonContent(RecountOut), ...write },
    }),
    async (c) => c.json(await runRecount(ctxOf(c), c.req.valid("json").fix), 200),
  );
