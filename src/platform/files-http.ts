// Files over HTTP for the API and the pages alike: downloads (an attachment never rendered by the
// browser), spreadsheet formats and multipart uploads.
import type { Context } from "hono";
import { vnDateStamp } from "../domain/time";
import { ServiceError } from "./errors";
import { normaliseDeep, searchKey } from "./text";
import { formatDate } from "../ui/format";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";
export type SheetFormat = "csv" | "xlsx";

/** A file to download: its bytes (or stream), content type and name. */
export interface DownloadFile {
  bytes: Uint8Array | ReadableStream<Uint8Array>;
  type: string;
  fileName: string;
}

/** An attachment header with an ASCII fallback and the UTF-8 name. */
export function attachment(fileName: string): string {
  const ascii = searchKey(fileName).replace(/[^a-z0-9._-]+/g, "-") || "tep";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A download: its own type, an attachment, never rendered or sniffed by the browser. */
export function fileResponse(f: DownloadFile): Response {
  return new Response(f.bytes, {
    headers: {
      "Content-Type": f.type,
      "Content-Disposition": attachment(f.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

/** The requested format of a download, `fallback` when absent or unknown. */
export const formatOf = (s: string | undefined, fallback: SheetFormat): SheetFormat =>
  s === "csv" || s === "xlsx" ? s : fallback;

/** A file name with today's date (Vietnam): dang-vien-20260105.xlsx */
export const datedName = (base: string, ext: string, now = Date.now()) =>
  `${base}-${vnDateStamp(now)}.${ext}`;

/**
 * The title block of an XLSX export (lines above its header row): what the list or report is, of
 * which unit, for which year or period (when it has one), and the day it was exported.
 */
export function exportTitle(what: string, unit: string, period: string | null, now: number): string[] {
  return [
    what.toLocaleUpperCase("vi-VN"),
    `Đơn vị: ${unit}`,
    ...(period ? [period] : []),
    `Ngày xuất: ${formatDate(now)}`,
  ];
}

export const MULTIPART_SLACK = 64 * 1024;

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
