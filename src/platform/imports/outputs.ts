// The API shape of an import job, shared by every importer's routes.
import { z } from "@hono/zod-openapi";
import { timestamp, timestampOrNull } from "../api-fields";
import type { FileKind } from "./files";
import type { PreviewRow } from "./spec";

export const IMPORT_STATUSES = ["parsing", "ready", "committing", "done", "failed", "cancelled"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A job as the API and the pages show it. */
export interface ImportJobView {
  id: string;
  kind: string;
  status: ImportStatus;
  message: string | null;
  fileName: string;
  fileKind: FileKind;
  fileSize: number;
  columns: string[];
  rowsTotal: number;
  rowsValid: number;
  rowsInvalid: number;
  preview: PreviewRow[];
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  createdAt: number;
  updatedAt: number;
  committedAt: number | null;
  finishedAt: number | null;
  version: number;
}

/** The API schema of a job; `errors` lists the first rejected rows in the importer's own shape. */
export function importJobSchema<E extends z.ZodType>(name: string, error: E) {
  return z
    .object({
      id: z.string(),
      status: z.enum(IMPORT_STATUSES),
      message: z.string().nullable(),
      fileName: z.string(),
      fileKind: z.enum(["csv", "xlsx"]),
      fileSize: z.number(),
      columns: z.array(z.string()),
      rowsTotal: z.number(),
      rowsValid: z.number(),
      rowsInvalid: z.number(),
      errors: z.array(error).openapi({ description: "The first rejected rows (download all as CSV/XLSX)" }),
      rowsDone: z.number().openapi({ description: "Rows written so far by the commit" }),
      created: z.number(),
      updated: z.number(),
      unchanged: z.number(),
      createdAt: timestamp(),
      updatedAt: timestamp("Last progress; a commit idle for a minute can be resumed"),
      committedAt: timestampOrNull(),
      finishedAt: timestampOrNull(),
      version: z.number(),
    })
    .openapi(name);
}
