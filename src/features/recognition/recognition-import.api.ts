// The models and commendations imports in the API (mounted by models.api.ts and commendations.api.ts):
// the import pipeline's routes, with the row errors as { row, column, message }.
import { z } from "@hono/zod-openapi";
import { importApi } from "../../platform/imports/api";
import type { ImportJobView } from "../../platform/imports/outputs";
import { importJobSchema } from "../../platform/imports/outputs";
import { commendationsImport } from "./commendations-import.service";
import { commendationTemplate } from "./commendations-export.service";
import { modelsImport } from "./models-import.service";
import { modelTemplate } from "./models-export.service";

const RowError = z
  .object({ row: z.number(), column: z.string(), message: z.string() })
  .openapi("ImportRowError");
const errors = (job: ImportJobView) =>
  job.preview.flatMap((e) =>
    e.errors.map((x) => ({ row: e.row, column: x.column ?? "", message: x.message })),
  );

export const modelsImportApi = importApi({
  spec: modelsImport,
  tag: "exemplars",
  schema: importJobSchema("ModelImport", RowError),
  errors,
  template: modelTemplate,
  what: "models with their year statuses",
  idempotent: "by unit code, title and start year, and by model and year",
});

export const commendationsImportApi = importApi({
  spec: commendationsImport,
  tag: "commendations",
  schema: importJobSchema("CommendationImport", RowError),
  errors,
  template: commendationTemplate,
  what: "commendations of models, members and units",
  idempotent: "by subject, year, level, form and decision number",
});
