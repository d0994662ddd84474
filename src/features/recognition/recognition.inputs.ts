import { Id } from "../../domain/ids";
import { z } from "@hono/zod-openapi";

// Primitives shared by the models, commendations and conferences inputs (kept apart so
// that those modules can import each other's output schemas without a cycle).
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export { Id };
export const Year = z
  .number({ error: "Năm phải là một số." })
  .int("Năm phải là số nguyên.")
  .min(MIN_YEAR, `Năm từ ${MIN_YEAR} trở đi.`)
  .max(MAX_YEAR, `Năm không quá ${MAX_YEAR}.`);
export const YearQuery = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);
