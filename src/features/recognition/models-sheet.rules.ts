import type { SheetValue } from "../../lib/sheets";
import {
  FIELD_LABEL,
  KIND_LABEL,
  type ModelField,
  type ModelKind,
  type ModelStatus,
  STATUS_LABEL,
} from "./models.inputs";
import type { SheetColumn } from "./recognition-sheets.rules";

/** The models sheet: the import template, and the export (so an export re-imports unchanged). */
export const MODEL_COLUMNS: SheetColumn[] = [
  {
    key: "unitCode",
    header: "Mã đơn vị",
    kind: "text",
    width: 16,
    required: true,
    aliases: ["ma to chuc", "don vi"],
  },
  { key: "title", header: "Tên mô hình", width: 50, required: true, aliases: ["mo hinh", "ten"] },
  { key: "kind", header: "Loại", width: 10, required: true, aliases: ["tap the/ca nhan", "loai mo hinh"] },
  { key: "card", header: "Số thẻ đảng viên", kind: "text", width: 16, aliases: ["so the", "the dang vien"] },
  { key: "field", header: "Lĩnh vực", width: 28 },
  {
    key: "startYear",
    header: "Năm bắt đầu",
    kind: "number",
    width: 12,
    required: true,
    aliases: ["nam xay dung"],
  },
  { key: "year", header: "Năm", kind: "number", width: 8, aliases: ["nam danh gia", "nam bao cao"] },
  { key: "status", header: "Tình trạng", width: 20, aliases: ["trang thai"] },
  { key: "exemplary", header: "Điển hình", width: 10, aliases: ["tieu bieu", "dien hinh tieu bieu"] },
  {
    key: "replicatedTo",
    header: "Nhân rộng đến (mã đơn vị)",
    kind: "text",
    width: 28,
    aliases: ["nhan rong den", "nhan rong"],
  },
  { key: "description", header: "Mô tả", width: 50, aliases: ["noi dung"] },
  { key: "note", header: "Ghi chú", width: 30 },
];

export const STATUS_ALIASES: Partial<Record<ModelStatus, string[]>> = {
  new: ["mới", "xây mới", "xây dựng mới"],
  maintained: ["duy trì", "nâng chất", "duy trì nâng chất", "tiếp tục"],
  replicated: ["nhân rộng"],
  stopped: ["ngừng", "dừng", "không duy trì"],
};
export const KIND_ALIASES: Partial<Record<ModelKind, string[]>> = { collective: ["tt"], individual: ["cn"] };
export const FIELD_ALIASES: Partial<Record<ModelField, string[]>> = {
  economy: ["kinh tế"],
  poverty: ["giảm nghèo", "an sinh xã hội", "xóa đói giảm nghèo"],
  admin_reform: ["cchc"],
  study: ["học tập", "sinh hoạt chuyên đề", "học tập và làm theo"],
  culture_society: ["văn hóa", "xã hội", "văn hóa xã hội"],
  new_countryside: ["nông thôn mới"],
  defence_security: ["quốc phòng", "an ninh", "quốc phòng an ninh"],
  party_building: ["xây dựng đảng"],
  other: ["khác"],
};

/** A model in a year as the sheet has it (one row). */
export interface ModelSheetRow {
  unitCode: string;
  title: string;
  kind: ModelKind;
  card: string | null;
  field: ModelField;
  startYear: number;
  year: number | null;
  status: ModelStatus | null;
  exemplary: boolean;
  replicatedCodes: string[];
  description: string;
  note: string;
}

/** One export / template row of a model in a year. */
export function modelSheetRow(r: ModelSheetRow): SheetValue[] {
  return [
    r.unitCode,
    r.title,
    KIND_LABEL[r.kind],
    r.card ?? "",
    FIELD_LABEL[r.field],
    r.startYear,
    r.year,
    r.status ? STATUS_LABEL[r.status] : "",
    r.exemplary ? "Có" : "",
    r.replicatedCodes.join(", "),
    r.description,
    r.note,
  ];
}
