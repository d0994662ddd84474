import { z } from "@hono/zod-openapi";
import { timestamp, timestampOrNull } from "../../platform/api-fields";

/** A tenant's data export as the API shows it. */
export const ExportOut = z
  .object({
    id: z.string(),
    status: z.enum(["pending", "running", "done", "failed", "cancelled"]),
    done: z.number().describe("Rows read so far"),
    total: z.number().describe("Rows counted when the export started"),
    createdAt: timestamp(),
    finishedAt: timestampOrNull(),
    bytes: z.number().nullable(),
    expiresAt: timestampOrNull(),
    fileName: z.string().nullable(),
    error: z.string().nullable(),
  })
  .openapi("Export");
