/** Zod schemas of parameters that many features accept alike. */
import { z } from "@hono/zod-openapi";

/** A calendar year in a body (2000–2100). */
export const Year = z
  .number({ error: "Năm không hợp lệ." })
  .int("Năm không hợp lệ.")
  .min(2000, "Năm phải từ 2000 trở đi.")
  .max(2100, "Năm không hợp lệ.");

/** `?version=`: the concurrency version the client read, for a DELETE (which has no body). */
export const VersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { in: "query" } }),
});
