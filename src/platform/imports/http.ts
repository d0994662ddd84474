// HTTP around imports, shared by the API and the pages: the upload in, the rejected rows out.
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { type SheetValue, toCsv, toXlsx } from "../../lib/sheets";
import type { Ctx } from "../context";
import { ServiceError, invalid } from "../errors";
import {
  CSV_TYPE,
  type DownloadFile,
  MULTIPART_SLACK,
  type SheetFormat,
  XLSX_TYPE,
  datedName,
  exportTitle,
} from "../files-http";
import { importErrorChunks, tooLarge } from "./jobs";
import type { AnyImportSpec, ImportDeps, RejectedRow, RowError } from "./spec";
import type { UploadFile } from "./upload";

export const importDeps = (c: Context<AppEnv>): ImportDeps => ({ files: c.env.FILES, queue: c.env.JOBS });

/**
 * The uploaded file: a multipart form field `file`, or the raw request body (`?fileName=`) — streamed
 * to storage as it arrives when its length is declared. A declared length above `maxBytes` is refused
 * (413) before the body is read.
 */
export async function readUpload(c: Context<AppEnv>, spec: AnyImportSpec): Promise<UploadFile> {
  const max = spec.limits.maxBytes;
  const declared = c.req.header("content-length");
  if (max !== undefined && Number(declared ?? 0) > max + MULTIPART_SLACK)
    throw new ServiceError("payload_too_large", tooLarge(max), { file: tooLarge(max) });
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File) || file.size === 0) throw invalid({ file: spec.noFile }, spec.noFile);
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const name = c.req.query("fileName") ?? spec.fallbackName;
  const size = Number(declared);
  if (declared !== undefined && Number.isSafeInteger(size) && size >= 0 && c.req.raw.body)
    return { name, stream: c.req.raw.body, size };
  return { name, bytes: new Uint8Array(await c.req.arrayBuffer()) };
}

const XLSX_ERRORS_MAX = 50_000;
const reasons = (errors: RowError[]) =>
  errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join(" ");
const errorValues = (e: RejectedRow): SheetValue[] => [e.row, ...e.values, reasons(e.errors)];

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
  const title = exportTitle("Các dòng bị lỗi khi nhập", ctx.tenant.name, `Tệp: ${job.fileName}`, ctx.now);
  return {
    bytes: toXlsx([{ name: "Dòng bị lỗi", title, columns, rows: all.map(errorValues) }]),
    type: XLSX_TYPE,
    fileName,
  };
}
