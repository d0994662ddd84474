import { z } from "@hono/zod-openapi";

/** The version of a row a write has read: a conditional update fails when it has moved on. */
export const Version = z.number({ error: "Phiên bản không hợp lệ." }).int().positive();
