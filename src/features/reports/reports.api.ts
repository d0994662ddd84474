import { z } from "@hono/zod-openapi";
import { apiOps, byVersion } from "../../platform/api-routes";
import { binaryContent } from "../../platform/openapi";
import { vnYear } from "../../domain/time";
import type { Ctx } from "../../platform/context";
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

const api = apiOps("reports");
const sheets = binaryContent("The spreadsheet", CONTENT_TYPES.xlsx, CONTENT_TYPES.csv);

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
export const reportsApi = api.router(
  api.get("/units/{id}/figures", {
    who: "managers",
    summary: "Figures of a unit's subtree for a year, by group, with each child unit (drill-down)",
    query: FiguresQuery,
    out: FiguresViewOut,
    run: async (ctx, { id, query }) => viewOut(await getFigures(ctx, id, yearOr(ctx, query.year))),
  }),
  api.get("/units/{id}/figures/export", {
    who: "managers",
    summary: "The figures as XLSX or CSV (UTF-8 with BOM)",
    query: FiguresQuery.extend(ExportQuery.shape),
    out: sheets,
    run: async (ctx, { id, query: q }, c) => {
      const view = await getFigures(ctx, id, yearOr(ctx, q.year));
      return download(c, figuresFile(view, q.format, ctx.now));
    },
  }),
  api.get("/units/{id}/people", {
    who: "managers",
    summary: "The people behind a figure in a unit's subtree, leaders first, a page at a time",
    query: PeopleQuery,
    out: PeoplePageOut,
    run: async (ctx, { id, query: q }) => {
      const p = await listPeople(ctx, { ...q, unitId: id, year: yearOr(ctx, q.year) });
      return { ...p, figure: p.figure.key };
    },
  }),
  api.get("/units/{id}/people/export", {
    who: "managers",
    summary: "The people behind a figure as XLSX or CSV (at most 50,000 rows)",
    query: PeopleQuery.omit({ cursor: true }).extend(ExportQuery.shape),
    out: sheets,
    run: async (ctx, { id, query: q }, c) => {
      const p = await listAllPeople(ctx, { ...q, unitId: id, year: yearOr(ctx, q.year) });
      return download(c, peopleFile(p, q.format, ctx.now));
    },
  }),
  api.get("/units/{id}/documents", {
    who: "managers",
    summary: "The party-format reports saved for a unit (optionally of one year)",
    query: z.object({ year: Year.optional().openapi({ param: { in: "query" } }) }),
    out: DocumentsOut,
    run: async (ctx, { id, query }) => {
      const v = await listDocuments(ctx, id, query.year);
      return { unit: v.unit, documents: v.documents };
    },
  }),
  api.post("/units/{id}/documents", {
    who: "managers",
    summary: "Start a party-format report: number, date, place and signer; the rest defaults from the unit",
    body: CreateDocumentInput,
    out: DocumentOut,
    status: 201,
    call: createDocument,
  }),
  api.get("/documents/{id}", {
    who: "managers",
    summary: "A saved report: header fields, recipients and narrative sections",
    out: DocumentOut,
    call: getDocument,
  }),
  api.patch("/documents/{id}", {
    who: "managers",
    summary: "Edit a saved report (optimistic concurrency on version)",
    body: UpdateDocumentInput,
    out: DocumentOut,
    call: updateDocument,
  }),
  api.delete("/documents/{id}", {
    who: "managers",
    summary: "Delete a saved report",
    query: DeleteQuery,
    call: byVersion(deleteDocument),
  }),
  api.get("/documents/{id}/docx", {
    who: "managers",
    summary: "The report as DOCX (A4, Times New Roman 14, Hướng dẫn 36-HD/VPTW) with live figures",
    out: binaryContent("The document", CONTENT_TYPES.docx),
    run: async (ctx, { id }, c) => {
      const { doc, view } = await getDocumentWithFigures(ctx, id);
      return download(c, reportFile(doc, view));
    },
  }),
  api.get("/recount", {
    who: "admin",
    summary: "Recount every roll-up counter from raw rows and list the differences (admins)",
    out: RecountOut,
    run: (ctx) => runRecount(ctx, false),
  }),
  api.post("/recount", {
    who: "admin",
    summary: "Recount, and with fix=true correct the differing counters (admins)",
    body: RecountInput,
    out: RecountOut,
    run: (ctx, { json }) => runRecount(ctx, json.fix),
  }),
);
