// The query parameters the JSON API shares, as zod schemas documented "in: query".
import { z } from "@hono/zod-openapi";
import { timestampInput } from "./api-fields";

/** ?year=: 2000–2100, optional (the service's default: this year). */
export const yearQuery = (message?: string) =>
  z.coerce
    .number()
    .int()
    .min(2000, message)
    .max(2100, message)
    .optional()
    .openapi({ param: { in: "query" } });

/** ?limit=: a page of 1–`max` rows, optional (`fallback` rows when omitted). */
export const limitQuery = (fallback: number, max = 200) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .optional()
    .openapi({
      param: { in: "query" },
      description: `Rows per page: 1–${max}, ${fallback} when omitted`,
    });

/** A calendar year in a body (2000–2100). */
export const Year = z
  .number({ error: "Năm không hợp lệ." })
  .int("Năm không hợp lệ.")
  .min(2000, "Năm phải từ 2000 trở đi.")
  .max(2100, "Năm không hợp lệ.");

/** { year } in a query. */
export const YearQuery = z.object({ year: yearQuery("Năm không hợp lệ.") });

/** { version } in a query (a DELETE carries the version it read). */
export const VersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { in: "query" } }),
});

/** An optional query parameter of the given schema. */
export const optionalQuery = <T extends z.ZodType>(schema: T) =>
  schema.optional().openapi({ param: { in: "query" } });

/** ?cursor=: where the previous page ended (opaque, at most 200 characters). */
export const cursorQuery = (message?: string) => optionalQuery(z.string().max(200, message));

/**
 * ?updatedSince=: only rows changed at or after this instant (RFC 3339), listed by (updatedAt, id) so
 * the cursor pages through them in a stable order; a row changed while paging comes again at the end.
 */
export const updatedSinceQuery = () =>
  optionalQuery(
    timestampInput(
      "Tham số updatedSince cần là thời điểm theo RFC 3339 kèm múi giờ, ví dụ 2026-12-01T00:00:00+07:00.",
    ),
  ).openapi({
    description:
      "Only rows changed at or after this instant (RFC 3339), ordered by (updatedAt, id): for incremental sync",
  });

/** The paging of a list a client syncs: `updatedSince`, then `cursor` and `limit` (default `perPage`). */
export const syncPage = (perPage: number) => ({
  updatedSince: updatedSinceQuery(),
  cursor: cursorQuery(),
  limit: limitQuery(perPage),
});
