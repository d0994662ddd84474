// Adapter helpers shared by the members API and pages: bindings for the import, file
// responses, uploads and exports.
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { invalid } from "../../platform/errors";
import type { Ctx } from "../../platform/context";
import {
  CSV_TYPE,
  XLSX_EXPORT_MAX,
  XLSX_TYPE,
  datedName,
  errorsCsvStream,
  errorsXlsx,
  exportCsvStream,
  exportXlsx,
} from "./members-sheets.rules";
import type { ImportDeps } from "./members-import.service";
import { importErrorChunks } from "./members-import.service";
import type { ErrorRecord } from "./members.import-parse";
import { type MemberFilter, countMembers, exportMembers } from "./members-list.service";
import { formatNumber } from "../../ui/format";

export const importDeps = (c: Context<AppEnv>): ImportDeps => ({ files: c.env.FILES, queue: c.env.JOBS });

/** A download: attachment with an ASCII file name (and the UTF-8 one for browsers that read it). */
export function fileResponse(body: BodyInit, type: string, name: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}

/** The uploaded file: a multipart form field `file`, or the raw request body (`?fileName=`). */
export async function readUpload(c: Context<AppEnv>): Promise<{ name: string; bytes: Uint8Array }> {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw invalid({ file: "Vui lòng chọn tệp danh sách (XLSX hoặc CSV)." });
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return { name: c.req.query("fileName") ?? "danh-sach", bytes };
}

/** The filtered list as CSV (streamed, any size) or XLSX (up to XLSX_EXPORT_MAX rows). */
export async function exportResponse(ctx: Ctx, f: MemberFilter, format: "csv" | "xlsx"): Promise<Response> {
  if (format === "xlsx") {
    const n = await countMembers(ctx, f, XLSX_EXPORT_MAX);
    if (n > XLSX_EXPORT_MAX)
      throw invalid(
        {
          format: `Danh sách có hơn ${formatNumber(XLSX_EXPORT_MAX)} đảng viên, quá lớn cho XLSX (tối đa ${formatNumber(XLSX_EXPORT_MAX)}). Hãy xuất CSV hoặc lọc theo đơn vị.`,
        },
        "Danh sách quá lớn để xuất XLSX.",
      );
    const rows = [];
    for await (const page of exportMembers(ctx, f)) rows.push(...page);
    return fileResponse(exportXlsx(rows), XLSX_TYPE, datedName("dang-vien", "xlsx", ctx.now));
  }
  const pages = exportMembers(ctx, f);
  // Fetch the first page now: scope checks and errors happen before the response starts.
  const first = await pages.next();
  return fileResponse(
    exportCsvStream(first.value ?? [], pages),
    CSV_TYPE,
    datedName("dang-vien", "csv", ctx.now),
  );
}

const XLSX_ERRORS_MAX = 50_000;

/** The rejected rows of an import as CSV (streamed) or XLSX, with a reason column. */
export async function errorsResponse(ctx: Ctx, deps: ImportDeps, id: string, format: "csv" | "xlsx") {
  const { job, chunks } = await importErrorChunks(ctx, deps, id);
  const name = datedName("dong-loi", format, ctx.now);
  if (format === "csv") return fileResponse(errorsCsvStream(chunks), CSV_TYPE, name);
  if (job.rowsInvalid > XLSX_ERRORS_MAX)
    throw invalid({ format: "Quá nhiều dòng lỗi cho XLSX; hãy tải CSV." });
  const all: ErrorRecord[] = [];
  for await (const part of chunks) all.push(...part);
  all.sort((a, b) => a.row - b.row);
  return fileResponse(errorsXlsx(all), XLSX_TYPE, name);
}
