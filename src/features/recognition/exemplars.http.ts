/** HTTP helpers shared by the feature's API and pages: uploads in, files out. */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError } from "../../platform/errors";
import { normaliseDeep } from "../../platform/text";
import { CSV_TYPE, XLSX_TYPE, attachment } from "./recognition-sheets.rules";

const MULTIPART_SLACK = 64 * 1024;

/**
 * Reads a multipart body: the text fields (NFC) and the file of field `file`. Answers 413
 * from Content-Length before reading a body larger than `maxBytes`, and 415 for other types.
 */
export async function readMultipart(
  c: Context,
  maxBytes: number,
  tooLarge: string,
): Promise<{ fields: Record<string, string>; file: { name: string; bytes: Uint8Array } | null }> {
  if (Number(c.req.header("content-length") ?? 0) > maxBytes + MULTIPART_SLACK)
    throw new ServiceError("payload_too_large", tooLarge);
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data"))
    throw new ServiceError(
      "unsupported_media_type",
      "Vui lòng gửi tệp dạng multipart/form-data, trong trường “file”.",
    );
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === "string") fields[k] = normaliseDeep(v, k);
  const f = body.file;
  if (!(f instanceof File) || f.size === 0) return { fields, file: null };
  if (f.size > maxBytes) throw new ServiceError("payload_too_large", tooLarge);
  return { fields, file: { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } };
}

/** A download: stored type, attachment, never rendered or sniffed by the browser. */
export function download(
  c: Context,
  body: Uint8Array | ReadableStream,
  type: string,
  fileName: string,
): Response {
  return c.body(body as ReadableStream, 200, {
    "Content-Type": type,
    "Content-Disposition": attachment(fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
}

export const FormatQuery = z.object({
  format: z
    .enum(["xlsx", "csv"], { error: "Định dạng là xlsx hoặc csv." })
    .default("xlsx")
    .openapi({ param: { in: "query" } }),
});

/** OpenAPI description of an XLSX/CSV download. */
export const sheetResponse = {
  description: "XLSX (spreadsheetml) or CSV (UTF-8 with BOM)",
  content: {
    [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) },
    [CSV_TYPE]: { schema: z.string().openapi({ format: "binary" }) },
  },
};

export const ImportResultOut = z
  .object({
    dryRun: z.boolean(),
    rows: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
  })
  .openapi("ImportResult");

export const MULTIPART_NOTE =
  "Body: multipart/form-data with the spreadsheet (XLSX or CSV UTF-8) in field `file`; `dryRun=1` only checks.";

/** Query parameters of a list page: invalid ones are dropped with a notice instead of failing. */
export function listParams<T extends Record<string, unknown>>(
  c: Context<AppEnv>,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
) {
  const raw = Object.fromEntries(
    Object.entries(c.req.query()).filter(([k, v]) => v !== "" && k !== "done" && k !== "format"),
  );
  const r = schema.safeParse(raw);
  return r.success
    ? { q: r.data as T, params: raw as Record<string, string>, notice: undefined }
    : { q: {} as T, params: {}, notice: "Bộ lọc không hợp lệ nên đã được bỏ qua." };
}
