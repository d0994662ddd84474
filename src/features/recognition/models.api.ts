import { createRoute } from "@hono/zod-openapi";
import { IdParam, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { VersionQuery, registryApi } from "../../platform/registry/api";
import { ctxOf } from "../../platform/tenant-context";
import { modelFilesApi } from "./models-files.api";
import { exportModels } from "./models-export.service";
import { getModelDetail, listModels } from "./models-read.service";
import { deleteModelYear, setModelYear } from "./models-years.service";
import {
  CreateModelInput,
  ListModelsQuery,
  ModelDetailOut,
  ModelOut,
  SetYearInput,
  UpdateModelInput,
} from "./models.inputs";
import { createModel, deleteModel, updateModel } from "./models.service";
import { modelsImportApi } from "./recognition-import.api";
import { YearQuery } from "./recognition.inputs";

const tags = ["exemplars"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);

/** The models registry under /models: the registry's routes, its import, years and evidence files. */
export const modelsApi = registryApi(
  {
    tag: "exemplars",
    names: { query: "ListModelsQuery", list: "ModelList" },
    schemas: {
      query: ListModelsQuery,
      item: ModelOut,
      one: ModelDetailOut,
      create: CreateModelInput,
      update: UpdateModelInput,
    },
    text: {
      list: "List models (filters: year, status, kind, field, exemplary, unit subtree, text)",
      export: "Export the filtered registry as XLSX or CSV (re-importable)",
      create: "Create a model (optionally with its first year's status)",
      get: "A model with its years, files and commendations",
      update: "Edit a model (a member: only the wording of their own individual model)",
      remove: "Delete a model without commendations",
    },
    list: listModels,
    export: exportModels,
    create: createModel,
    get: getModelDetail,
    update: updateModel,
    remove: deleteModel,
  },
  modelsImportApi,
)
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/years",
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
      path: "/{id}/years",
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
  .route("/", modelFilesApi);
