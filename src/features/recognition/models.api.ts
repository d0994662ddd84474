import { Id } from "../../domain/ids";
import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { invalid } from "../../platform/errors";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { YearQuery } from "./recognition.inputs";
import { exportModels, modelTemplate } from "./models-export.service";
import { exemplarFiguresWithChildren } from "./recognition-figures.service";
import {
  FormatQuery,
  ImportResultOut,
  MULTIPART_NOTE,
  download,
  readMultipart,
  sheetResponse,
} from "./exemplars.http";
import { importModels } from "./models-import.service";
import {
  CreateModelInput,
  ListModelsQuery,
  ModelDetailOut,
  ModelOut,
  SetYearInput,
  SettingsInput,
  UpdateModelInput,
} from "./models.inputs";
import { getModelDetail, listModels } from "./models-read.service";
import { createModel, deleteModel, updateModel } from "./models.service";
import { deleteModelYear, setModelYear } from "./models-years.service";
import { getSettings, updateSettings } from "./recognition-public.service";
import { MAX_IMPORT_BYTES } from "./recognition-sheets.rules";
import { filesApi } from "./models-files.api";

const tags = ["exemplars"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);
const reads = problemResponses(400, 401, 403, 404);
const VersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { in: "query" } }),
});
const ListQuery = ListModelsQuery.extend({}).openapi("ListModelsQuery");
const ModelList = z
  .object({ items: z.array(ModelOut), nextCursor: z.string().nullable() })
  .openapi("ModelList");
const Counts = z.record(z.string(), z.number());
const Figures = z
  .object({
    unitId: z.string(),
    name: z.string(),
    code: z.string(),
    year: z.number(),
    models: Counts,
    commendations: z.record(z.string(), Counts),
    conferences: z.record(z.string(), Counts),
  })
  .openapi("ExemplarFigures");
const Settings = z
  .object({ publicPage: z.boolean(), publicTitle: z.string(), publicIntro: z.string(), version: z.number() })
  .openapi("ExemplarSettings");

export const exemplarsApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/models",
      tags,
      summary: "List models (filters: year, status, kind, field, exemplary, unit subtree, text)",
      request: { query: ListQuery },
      responses: { 200: jsonContent(ModelList), ...reads },
    }),
    async (c) => c.json(await listModels(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/models/export",
      tags,
      summary: "Export the filtered registry as XLSX or CSV (re-importable)",
      request: { query: ListQuery.extend(FormatQuery.shape) },
      responses: { 200: sheetResponse, ...reads },
    }),
    async (c) => {
      const { format, ...q } = c.req.valid("query");
      const f = await exportModels(ctxOf(c), q, format);
      return download(c, f.bytes, f.type, f.fileName);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/models/import/template",
      tags,
      summary: "The import template (XLSX or CSV)",
      request: { query: FormatQuery },
      responses: { 200: sheetResponse, ...reads },
    }),
    async (c) => {
      const f = modelTemplate(ctxOf(c), c.req.valid("query").format);
      return download(c, f.bytes, f.type, f.fileName);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/models/import",
      tags,
      summary: "Import models with their year statuses",
      description: `${MULTIPART_NOTE} Idempotent on (unit code, title, start year) and (model, year).`,
      responses: { 200: jsonContent(ImportResultOut), ...errs, ...problemResponses(413) },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      requireRole(ctx, "admin", "secretary");
      const { fields, file } = await readMultipart(c, MAX_IMPORT_BYTES, "Tệp nhập quá lớn (tối đa 5 MB).");
      if (!file) throw invalid({ file: "Chưa chọn tệp để nhập." });
      return c.json(
        await importModels(ctx, file.bytes, fields.dryRun === "1" || fields.dryRun === "true"),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/models",
      tags,
      summary: "Create a model (optionally with its first year's status)",
      request: jsonBody(CreateModelInput),
      responses: { 201: jsonContent(ModelOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createModel(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/models/{id}",
      tags,
      summary: "A model with its years, files and commendations",
      request: { params: IdParam },
      responses: { 200: jsonContent(ModelDetailOut), ...reads },
    }),
    async (c) => c.json(await getModelDetail(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/models/{id}",
      tags,
      summary: "Edit a model (a member: only the wording of their own individual model)",
      request: { params: IdParam, ...jsonBody(UpdateModelInput) },
      responses: { 200: jsonContent(ModelOut), ...errs },
    }),
    async (c) => c.json(await updateModel(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/models/{id}",
      tags,
      summary: "Delete a model without commendations",
      request: { params: IdParam, query: VersionQuery },
      responses: { 204: { description: "Deleted" }, ...errs },
    }),
    async (c) => {
      await deleteModel(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/models/{id}/years",
      tags,
      summary: "Set (or replace) the model's status for a year",
      request: { params: IdParam, ...jsonBody(SetYearInput) },
      responses: { 200: jsonContent(ModelOut), ...errs },
    }),
    async (c) => c.json(await setModelYear(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/models/{id}/years",
      tags,
      summary: "Remove the model's status for a year",
      request: {
        params: IdParam,
        query: VersionQuery.extend({ year: YearQuery.openapi({ param: { in: "query" } }) }),
      },
      responses: { 204: { description: "Deleted" }, ...errs },
    }),
    async (c) => {
      const q = c.req.valid("query");
      await deleteModelYear(ctxOf(c), c.req.valid("param").id, q.year, q.version);
      return c.body(null, 204);
    },
  )
  .route("/", filesApi)
  .openapi(
    createRoute({
      method: "get",
      path: "/exemplars/figures",
      tags,
      summary: "Figures of a unit's subtree for a year, and of each child unit",
      request: {
        query: z.object({
          unitId: Id.openapi({ param: { in: "query" } }),
          year: YearQuery.openapi({ param: { in: "query" } }),
        }),
      },
      responses: { 200: jsonContent(z.object({ unit: Figures, children: z.array(Figures) })), ...reads },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await exemplarFiguresWithChildren(ctxOf(c), q.unitId, q.year), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/exemplars/settings",
      tags,
      summary: "The public page setting (admin)",
      responses: { 200: jsonContent(Settings), ...reads },
    }),
    async (c) => c.json(await getSettings(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/exemplars/settings",
      tags,
      summary: "Turn the public page on or off (admin)",
      request: jsonBody(SettingsInput),
      responses: { 200: jsonContent(Settings), ...errs },
    }),
    async (c) => c.json(await updateSettings(ctxOf(c), c.req.valid("json")), 200),
  );
