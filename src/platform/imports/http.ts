// HTTP around imports, shared by the API and the pages: the upload in, files out (downloads, the
// rejected rows with their reasons).
import type { Context } from "hono";
import { vnDateStamp } from "../../domain/time";
import type { AppEnv } from "../../env";
import { type SheetValue, toCsv, toXlsx } from "../../lib/sheets";
import type { Ctx } from "../context";
import { ServiceError, invalid } from "../errors";
import { searchKey } from "../text";
import { importErrorChunks, tooLarge } from "./jobs";
import type { AnyImportSpec, ImportDeps, RejectedRow, RowError } from "./spec";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";
export type SheetFormat = "csv" | "xlsx";

/** A file to download: its bytes (or stream), content type and name. */
export interface DownloadFile {
  bytes: Uint8Array | ReadableStream<Uint8Array>;
  type: string;
  fileName: string;
}

export const importDeps = (c: Context<AppEnv>): ImportDeps => ({ files: c.env.FILES, queue: c.env.JOBS });

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

const MULTIPART_SLACK = 64 * 1024;

/**
 * The uploaded file: a multipart form field `file`, or the raw request body (`?fileName=`).
 * A declared length above `maxBytes` is refused (413) before the body is read.
 */
export async function readUpload(
  c: Context<AppEnv>,
  spec: AnyImportSpec,
): Promise<{ name: string; bytes: Uint8Array }> {
  const max = spec.limits.maxBytes;
  if (max !== undefined && Number(c.req.header("content-length") ?? 0) > max + MULTIPART_SLACK)
    throw new ServiceError("payload_too_large", tooLarge(max), { file: tooLarge(max) });
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File) || file.size === 0) throw invalid({ file: spec.noFile }, spec.noFile);
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return { name: c.req.query("fileName") ?? spec.fallbackName, bytes };
}

/** The requested format of a download, `fallback` when absent or unknown. */
export const formatOf = (s: string | undefined, fallback: SheetFormat): SheetFormat =>
  s === "csv" || s === "xlsx" ? s : fallback;

const XLSX_ERRORS_MAX = 50_000;
const reasons = (errors: RowError[]) =>
  errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join(" ");
const errorValues = (e: RejectedRow): SheetValue[] => [e.row, ...e.values, reasons(e.errors)];

/** A file name with today's date (Vietnam): dang-vien-20260105.xlsx */
export const datedName = (base: string, ext: string, now = Date.now()) =>
  `${base}-${vnDateStamp(now)}.${ext}`;

/** The rejected rows of an import as CSV (streamed) or XLSX, with a reason column, to fix and import again. */
export async function errorsFile(
  ctx: Ctx,
  specs: readonly AnyImportSpec[],
  deps: ImportDeps,
  id: string,
  format: SheetFormat,
): Promise<DownloadFile> {
  const { job, spec, chunks } = await importErrorChunks(ctx, specs, deps, id);
  const fileName = datedName("dong-loi", format, ctx.now);
  const headers = ["Dòng", ...spec.errorColumns.map((c) => c.header), "Lý do lỗi"];
  if (format === "csv") {
    let started = false;
    const bytes = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(toCsv([headers]));
          return;
        }
        const next = await chunks.next();
        if (next.done) return controller.close();
        // Each chunk is its own CSV text: drop its BOM, the file has one at the start.
        controller.enqueue(toCsv(next.value.map(errorValues)).subarray(3));
      },
    });
    return { bytes, type: CSV_TYPE, fileName };
  }
  if (job.rowsInvalid > XLSX_ERRORS_MAX)
    throw invalid({ format: "Quá nhiều dòng lỗi cho XLSX; hãy tải CSV." });
  const all: RejectedRow[] = [];
  for await (const part of chunks) all.push(...part);
  all.sort((a, b) => a.row - b.row);
  const columns = [
    { header: "Dòng", width: 7 },
    ...spec.errorColumns.map((c) => ({
      ...c,
      kind: "text" as const,
      width: c.width ?? Math.max(12, c.header.length + 2),
    })),
    { header: "Lý do lỗi", width: 70 },
  ];
  return {
    bytes: toXlsx([{ name: "Dòng bị lỗi", columns, rows: all.map(errorValues) }]),
    type: XLSX_TYPE,
    fileName,
  };
}
