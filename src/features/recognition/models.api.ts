import { apiOps } from "../../platform/api-routes";
import { VersionQuery, registryApi } from "../../platform/registry/api";
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

const api = apiOps("exemplars");

/** The models registry under /models: the registry's routes, its import, years and evidence files. */
export const modelsApi = registryApi(
  {
    tag: "exemplars",
    who: { read: "all", write: "managers" },
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
  .route(
    "/",
    api.router(
      api.put("/{id}/years", {
        who: "managers",
        summary: "Set (or replace) the model's status for a year",
        body: SetYearInput,
        out: ModelOut,
        call: setModelYear,
      }),
      api.delete("/{id}/years", {
        who: "managers",
        summary: "Remove the model's status for a year",
        query: VersionQuery.extend({ year: YearQuery.openapi({ param: { in: "query" } }) }),
        run: (ctx, { id, query }) => deleteModelYear(ctx, id, query.year, query.version),
      }),
    ),
  )
  .route("/", modelFilesApi);
