import { z } from "@hono/zod-openapi";

/** A tenant's data export as the API shows it. */
export const ExportOut = z
  .object({
    id: z.string(),
    status: z.enum(["pending", "running", "done", "failed", "cancelled"]),
    done: z.number().describe("Rows read so far"),
    total: z.number().describe("Rows counted when the export started"),
    createdAt: z.number(),
    finishedAt: z.number().nullable(),
    bytes: z.number().nullable(),
    expiresAt: z.number().nullable(),
    fileName: z.string().nullable(),
    error: z.string().nullable(),
  })
  .openapi("Export");
