import { createRoute, z } from "@hono/zod-openapi";
import { invalid } from "../../platform/errors";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import {
  FormatQuery,
  ImportResultOut,
  MULTIPART_NOTE,
  download,
  readMultipart,
  sheetResponse,
} from "./exemplars.http";
import { MAX_IMPORT_BYTES } from "./recognition-sheets.rules";
import {
  CommendationOut,
  CreateCommendationInput,
  ListCommendationsQuery,
  UpdateCommendationInput,
} from "./commendations.inputs";
import { commendationTemplate, exportCommendations } from "./commendations-export.service";
import { importCommendations } from "./commendations-import.service";
import {
  createCommendation,
  deleteCommendation,
  getCommendation,
  updateCommendation,
} from "./commendations.service";
import { listCommendations } from "./commendations-list.service";

const tags = ["commendations"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);
const reads = problemResponses(400, 401, 403, 404);
const ListQuery = ListCommendationsQuery.extend({}).openapi("ListCommendationsQuery");
const CommendationList = z
  .object({ items: z.array(CommendationOut), nextCursor: z.string().nullable() })
  .openapi("CommendationList");
const VersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { in: "query" } }),
});

export const commendationsApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/commendations",
      tags,
      summary:
        "List commendations (filters: year, level, form, collective/individual, subject, unit subtree, member, model); a member sees their own",
      request: { query: ListQuery },
      responses: { 200: jsonContent(CommendationList), ...reads },
    }),
    async (c) => c.json(await listCommendations(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/commendations/export",
      tags,
      summary: "Export the filtered commendations as XLSX or CSV (re-importable)",
      request: { query: ListQuery.extend(FormatQuery.shape) },
      responses: { 200: sheetResponse, ...reads },
    }),
    async (c) => {
      const { format, ...q } = c.req.valid("query");
      const f = await exportCommendations(ctxOf(c), q, format);
      return download(c, f.bytes, f.type, f.fileName);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/commendations/import/template",
      tags,
      summary: "The import template (XLSX or CSV)",
      request: { query: FormatQuery },
      responses: { 200: sheetResponse, ...reads },
    }),
    async (c) => {
      const f = commendationTemplate(ctxOf(c), c.req.valid("query").format);
      return download(c, f.bytes, f.type, f.fileName);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/commendations/import",
      tags,
      summary: "Import commendations of models, members and units",
      description: `${MULTIPART_NOTE} Idempotent on (subject, year, level, form, decision number).`,
      responses: { 200: jsonContent(ImportResultOut), ...errs, ...problemResponses(413) },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      requireRole(ctx, "admin", "secretary");
      const { fields, file } = await readMultipart(c, MAX_IMPORT_BYTES, "Tệp nhập quá lớn (tối đa 5 MB).");
      if (!file) throw invalid({ file: "Chưa chọn tệp để nhập." });
      return c.json(
        await importCommendations(ctx, file.bytes, fields.dryRun === "1" || fields.dryRun === "true"),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/commendations",
      tags,
      summary: "Record a commendation of a model, a member or a unit",
      request: jsonBody(CreateCommendationInput),
      responses: { 201: jsonContent(CommendationOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createCommendation(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/commendations/{id}",
      tags,
      summary: "A commendation",
      request: { params: IdParam },
      responses: { 200: jsonContent(CommendationOut), ...reads },
    }),
    async (c) => c.json(await getCommendation(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/commendations/{id}",
      tags,
      summary: "Edit a commendation",
      request: { params: IdParam, ...jsonBody(UpdateCommendationInput) },
      responses: { 200: jsonContent(CommendationOut), ...errs },
    }),
    async (c) =>
      c.json(await updateCommendation(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/commendations/{id}",
      tags,
      summary: "Delete a commendation",
      request: { params: IdParam, query: VersionQuery },
      responses: { 204: { description: "Deleted" }, ...errs },
    }),
    async (c) => {
      await deleteCommendation(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  );
