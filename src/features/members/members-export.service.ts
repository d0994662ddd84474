// The filtered member list as a file: CSV streamed page by page (any size), XLSX up to XLSX_EXPORT_MAX.
import type { Ctx } from "../../platform/context";
import { invalid } from "../../platform/errors";
import {
  CSV_TYPE,
  type DownloadFile,
  type SheetFormat,
  XLSX_TYPE,
  datedName,
  exportTitle,
} from "../../platform/files-http";
import { formatNumber } from "../../ui/format";
import { type MemberFilter, countMembers, exportMembers } from "./members-list.service";
import { XLSX_EXPORT_MAX, exportCsvStream, exportXlsx } from "./members-sheets.rules";

export async function exportMembersFile(
  ctx: Ctx,
  f: MemberFilter,
  format: SheetFormat,
): Promise<DownloadFile> {
  const fileName = datedName("dang-vien", format, ctx.now);
  if (format === "xlsx") {
    const { n, unitName } = await countMembers(ctx, f, XLSX_EXPORT_MAX);
    if (n > XLSX_EXPORT_MAX)
      throw invalid(
        {
          format: `Danh sách có hơn ${formatNumber(XLSX_EXPORT_MAX)} đảng viên, quá lớn cho XLSX (tối đa ${formatNumber(XLSX_EXPORT_MAX)}). Hãy xuất CSV hoặc lọc theo đơn vị.`,
        },
        "Danh sách quá lớn để xuất XLSX.",
      );
    const rows = [];
    for await (const page of exportMembers(ctx, f)) rows.push(...page);
    const title = exportTitle("Danh sách đảng viên", unitName, null, ctx.now);
    return { bytes: exportXlsx(rows, title), type: XLSX_TYPE, fileName };
  }
  const pages = exportMembers(ctx, f);
  // Fetch the first page now: scope checks and errors happen before the response starts.
  const first = await pages.next();
  return { bytes: exportCsvStream(first.value ?? [], pages), type: CSV_TYPE, fileName };
}
