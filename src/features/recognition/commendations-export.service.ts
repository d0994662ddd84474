/** Commendations as XLSX / CSV (re-importable), and the import template. */
import { desc } from "drizzle-orm";
import { commendations } from "../../db/schema/tenant/exemplars";
import type { Ctx } from "../../platform/context";
import { requireRole } from "../../platform/tenant-context";
import type { ExportFile } from "./models-export.service";
import { periodOf, sheetFile } from "./recognition-sheets.rules";
import { exportUnitName, exportUnitQuery } from "../../platform/lookups";
import { exportTitle } from "../../platform/files-http";
import { COMMENDATION_COLUMNS, EXPORT_EXTRA, commendationSheetRow } from "./commendations-sheet.rules";
import type { ListCommendationsQuery } from "./commendations.inputs";
import { EXPORT_LIMIT } from "../../platform/registry/pager";
import { listConds } from "./commendations-list.service";
import { commendationsQuery, toCommendationOut } from "./commendations.queries";

const c = commendations;

export async function exportCommendations(
  ctx: Ctx,
  q: ListCommendationsQuery,
  format: "xlsx" | "csv",
): Promise<ExportFile> {
  requireRole(ctx, "admin", "secretary", "member");
  const [rows, unit] = await ctx.db.batch([
    commendationsQuery(ctx, ...listConds(ctx, q))
      .orderBy(desc(c.year), desc(c.createdAt))
      .limit(EXPORT_LIMIT),
    exportUnitQuery(ctx, { id: q.unitId, code: q.unitCode }),
  ]);
  const data = rows.map((r) =>
    commendationSheetRow(toCommendationOut(r), {
      unitCode: r.unitCode,
      modelTitle: r.modelTitle ?? "",
      startYear: r.modelStartYear ?? null,
      card: r.memberCard ?? "",
    }),
  );
  const title = exportTitle("Danh sách khen thưởng", exportUnitName(ctx, unit), periodOf(q.year), ctx.now);
  const file = sheetFile(format, "Khen thưởng", [...COMMENDATION_COLUMNS, ...EXPORT_EXTRA], data, title);
  return { ...file, fileName: `khen-thuong${q.year ? `-${q.year}` : ""}.${format}` };
}

export function commendationTemplate(ctx: Ctx, format: "xlsx" | "csv"): ExportFile {
  requireRole(ctx, "admin", "secretary");
  const year = new Date(ctx.now).getUTCFullYear() - 1;
  const rows = [
    [
      "Mô hình",
      "MA-DON-VI",
      "Tên mô hình như trong sổ mô hình",
      year,
      "",
      "Trung ương / Thủ tướng Chính phủ",
      "Bằng khen",
      "123-QĐ/TTg",
      `${year}-12-15`,
      "Thủ tướng Chính phủ",
      year,
      "",
    ],
    [
      "Đảng viên",
      "",
      "",
      null,
      "SO-THE-DANG-VIEN",
      "Cấp tỉnh",
      "Giấy khen",
      "45-QĐ/TU",
      `${year}-05-19`,
      "Ban Thường vụ Tỉnh ủy",
      year,
      "Điển hình học tập và làm theo Bác",
    ],
    ["Tổ chức", "MA-DON-VI", "", null, "", "Cấp huyện", "Biểu dương", "", "", "Huyện ủy", year, ""],
  ];
  return {
    ...sheetFile(format, "Khen thưởng", COMMENDATION_COLUMNS, rows),
    fileName: `mau-nhap-khen-thuong.${format}`,
  };
}
