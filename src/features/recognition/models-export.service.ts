/** XLSX / CSV of the registry: the same columns as the import, so an export re-imports as is. */
import { sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { exemplarModelYears } from "../../db/schema/tenant/exemplars";
import type { Ctx } from "../../platform/context";
import { inTenant, scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { MODEL_COLUMNS, modelSheetRow } from "./models-sheet.rules";
import type { ListModelsQuery, ModelField, ModelKind, ModelStatus } from "./models.inputs";
import { EXPORT_LIMIT } from "../../platform/registry/pager";
import { listModelsQuery } from "./models-read.service";
import { periodOf, sheetFile } from "./recognition-sheets.rules";
import { exportUnitName, exportUnitQuery } from "../../platform/lookups";
import { exportTitle } from "../../platform/files-http";

export interface ExportFile {
  bytes: Uint8Array;
  type: string;
  fileName: string;
}

export async function exportModels(
  ctx: Ctx,
  q: ListModelsQuery,
  format: "xlsx" | "csv",
): Promise<ExportFile> {
  requireRole(ctx, "admin", "secretary", "member");
  const y = exemplarModelYears;
  const replicated = sql`(SELECT j.value FROM ${y}, json_each(${y.replicatedTo}) AS j WHERE ${inTenant(ctx, y.tenantId)})`;
  const [rows, codes, unit] = await ctx.db.batch([
    listModelsQuery(ctx, { ...q, cursor: undefined }, EXPORT_LIMIT),
    ctx.db
      .select({ id: units.id, code: units.code })
      .from(units)
      .where(scoped(ctx, units.tenantId, sql`${units.id} IN ${replicated}`)),
    exportUnitQuery(ctx, { id: q.unitId, code: q.unitCode }),
  ]);
  const codeOf = new Map(codes.map((c) => [c.id, c.code]));
  const data = rows.slice(0, EXPORT_LIMIT).map((r) =>
    modelSheetRow({
      unitCode: r.unitCode,
      title: r.m.title,
      kind: r.m.kind as ModelKind,
      card: r.m.kind === "individual" ? (r.memberCard ?? null) : null,
      field: r.m.field as ModelField,
      startYear: r.m.startYear,
      year: r.y?.year ?? null,
      status: (r.y?.status as ModelStatus | undefined) ?? null,
      exemplary: r.y?.exemplary === 1,
      replicatedCodes: r.y
        ? (JSON.parse(r.y.replicatedTo) as string[]).map((id) => codeOf.get(id) ?? id)
        : [],
      description: r.m.description,
      note: r.y?.note ?? "",
    }),
  );
  const title = exportTitle(
    "Danh sách mô hình học tập và làm theo",
    exportUnitName(ctx, unit),
    periodOf(q.year),
    ctx.now,
  );
  const file = sheetFile(format, "Mô hình", MODEL_COLUMNS, data, title);
  return { ...file, fileName: `mo-hinh${q.year ? `-${q.year}` : ""}.${format}` };
}

/** The import template: the columns and two example rows. */
export function modelTemplate(ctx: Ctx, format: "xlsx" | "csv"): ExportFile {
  requireRole(ctx, "admin", "secretary");
  const year = new Date(ctx.now).getUTCFullYear();
  const rows = [
    modelSheetRow({
      unitCode: "MA-DON-VI",
      title: "Mô hình “Dân vận khéo” giúp hộ nghèo",
      kind: "collective",
      card: null,
      field: "poverty",
      startYear: year,
      year,
      status: "new",
      exemplary: true,
      replicatedCodes: [],
      description: "Mỗi đảng viên giúp đỡ một hộ nghèo thoát nghèo.",
      note: "",
    }),
    modelSheetRow({
      unitCode: "",
      title: "Tiết kiệm, hỗ trợ vốn vay làm ăn kinh tế",
      kind: "individual",
      card: "SO-THE-DANG-VIEN",
      field: "economy",
      startYear: year - 2,
      year,
      status: "maintained",
      exemplary: false,
      replicatedCodes: [],
      description: "",
      note: "",
    }),
  ];
  return { ...sheetFile(format, "Mô hình", MODEL_COLUMNS, rows), fileName: `mau-nhap-mo-hinh.${format}` };
}
