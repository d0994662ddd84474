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
import { createImport, importErrorChunks } from "./jobs";
import type { AnyImportSpec, ImportDeps, RejectedRow, RowError } from "./spec";
import { type UploadFile, tooLarge } from "./upload";
import { requestForm } from "./multipart";
import { ctxOf, requireRole } from "../tenant-context";
import { UPLOADS, throttledForActor } from "../throttle";
import type { ImportJobView } from "./outputs";

export const importDeps = (c: Context<AppEnv>): ImportDeps => ({ files: c.env.FILES, queue: c.env.JOBS });

/** The importer of an upload: one, or chosen from the form's fields before the file (`kind`). */
export type UploadPick = AnyImportSpec | ((fields: Record<string, string>) => AnyImportSpec);

/**
 * The uploaded file and its importer: a multipart form's field `file`, read as it arrives with the
 * fields before it copied into `fields` (multipart.ts), or the raw request body (`?fileName=`),
 * streamed when its length is declared. A declared length above the importer's `maxBytes` is refused
 * (413) before the file is read.
 */
export async function readUpload(
  c: Context<AppEnv>,
  pick: UploadPick,
  fields: Record<string, string> = {},
): Promise<{ spec: AnyImportSpec; file: UploadFile }> {
  const declared = c.req.header("content-length");
  const checked = (spec: AnyImportSpec) => {
    const max = spec.limits.maxBytes;
    if (max !== undefined && Number(declared ?? 0) > max + MULTIPART_SLACK)
      throw new ServiceError("payload_too_large", tooLarge(max), { file: tooLarge(max) });
    return spec;
  };
  const chosen = (f: Record<string, string>) => checked(typeof pick === "function" ? pick(f) : pick);
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    if (typeof pick !== "function") checked(pick);
    const form = await requestForm(c.req.raw);
    Object.assign(fields, form.fields);
    const spec = chosen(form.fields);
    if (!form.file) throw invalid({ file: spec.noFile }, spec.noFile);
    return { spec, file: form.file };
  }
  const spec = chosen({});
  const name = c.req.query("fileName") ?? spec.fallbackName;
  const size = Number(declared);
  if (!c.req.raw.body) return { spec, file: { name, bytes: new Uint8Array() } };
  // Without a declared length (chunked), it is counted against the limit as it is stored.
  const known = declared !== undefined && Number.isSafeInteger(size) && size >= 0;
  return { spec, file: { name, stream: c.req.raw.body, size: known ? size : undefined } };
}

/** An upload (API or page) counted by the uploads throttle, stored and queued: the new job. */
export function acceptUpload(
  c: Context<AppEnv>,
  pick: UploadPick,
  fields: Record<string, string> = {},
): Promise<ImportJobView> {
  const ctx = ctxOf(c);
  return throttledForActor(
    c,
    UPLOADS,
    async () => {
      const { spec, file } = await readUpload(c, pick, fields);
      requireRole(ctx, ...spec.roles);
      return createImport(ctx, spec, importDeps(c), file);
    },
    "every",
  );
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
