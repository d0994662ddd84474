import { desc } from "drizzle-orm";
import { studyConferences } from "../../db/schema/tenant/exemplars";
import type { Ctx } from "../../platform/context";
import { requireRole } from "../../platform/tenant-context";
import type { ExportFile } from "./models-export.service";
import { periodOf, sheetFile } from "./recognition-sheets.rules";
import { exportUnitName, exportUnitQuery } from "../../platform/lookups";
import { exportTitle } from "../../platform/files-http";
import { type ListConferencesQuery, MODE_LABEL, type Mode } from "./conferences.inputs";
import { EXPORT_LIMIT } from "../../platform/registry/pager";
import { conferencesQuery, listConds } from "./conferences.service";

const COLUMNS = [
  { header: "Ngày", kind: "date" as const, width: 12 },
  { header: "Mã đơn vị", kind: "text" as const, width: 16 },
  { header: "Đơn vị", width: 30 },
  { header: "Tên hội nghị", width: 40 },
  { header: "Chuyên đề", width: 40 },
  { header: "Hình thức", width: 12 },
  { header: "Số điểm cầu", kind: "number" as const, width: 12 },
  { header: "Số người tham dự", kind: "number" as const, width: 16 },
  { header: "Ghi chú", width: 30 },
];

export async function exportConferences(
  ctx: Ctx,
  q: ListConferencesQuery,
  format: "xlsx" | "csv",
): Promise<ExportFile> {
  requireRole(ctx, "admin", "secretary");
  const [rows, unit] = await ctx.db.batch([
    conferencesQuery(ctx, ...listConds(ctx, q))
      .orderBy(desc(studyConferences.date), desc(studyConferences.createdAt))
      .limit(EXPORT_LIMIT),
    exportUnitQuery(ctx, { id: q.unitId, code: q.unitCode }),
  ]);
  const data = rows.map((r) => [
    r.s.date,
    r.unitCode,
    r.unitName,
    r.s.title,
    r.s.theme,
    MODE_LABEL[r.s.mode as Mode],
    r.s.sites,
    r.s.participants,
    r.s.note,
  ]);
  const title = exportTitle(
    "Danh sách hội nghị học tập",
    exportUnitName(ctx, unit),
    periodOf(q.year),
    ctx.now,
  );
  return {
    ...sheetFile(format, "Hội nghị học tập", COLUMNS, data, title),
    fileName: `hoi-nghi${q.year ? `-${q.year}` : ""}.${format}`,
  };
}
