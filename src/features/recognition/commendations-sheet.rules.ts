import type { SheetValue } from "../../lib/sheets";
import type { SheetColumn } from "./recognition-sheets.rules";
import {
  type CommendationOut,
  FORM_LABEL,
  type Form,
  LEVEL_LABEL,
  type Level,
  SUBJECT_KIND_LABEL,
  SUBJECT_TYPE_LABEL,
  type SubjectType,
} from "./commendations.inputs";

/** The commendations sheet: import template and export (extra export columns are ignored on import). */
export const COMMENDATION_COLUMNS: SheetColumn[] = [
  { key: "subjectType", header: "Đối tượng", width: 14, required: true, aliases: ["doi tuong khen"] },
  { key: "unitCode", header: "Mã đơn vị", kind: "text", width: 16, aliases: ["ma to chuc"] },
  { key: "modelTitle", header: "Tên mô hình", width: 40, aliases: ["mo hinh"] },
  { key: "startYear", header: "Năm bắt đầu", kind: "number", width: 12 },
  { key: "card", header: "Số thẻ đảng viên", kind: "text", width: 16, aliases: ["so the"] },
  { key: "level", header: "Cấp khen thưởng", width: 26, required: true, aliases: ["cap", "cap khen"] },
  { key: "form", header: "Hình thức", width: 14, required: true, aliases: ["hinh thuc khen thuong"] },
  {
    key: "decisionNumber",
    header: "Số quyết định",
    kind: "text",
    width: 16,
    aliases: ["so qd", "quyet dinh"],
  },
  {
    key: "decisionDate",
    header: "Ngày quyết định",
    kind: "date",
    width: 14,
    aliases: ["ngay qd", "ngay ky"],
  },
  {
    key: "issuer",
    header: "Cơ quan ban hành",
    width: 30,
    required: true,
    aliases: ["co quan khen", "noi ban hanh"],
  },
  { key: "year", header: "Năm", kind: "number", width: 8, aliases: ["nam khen thuong"] },
  { key: "content", header: "Nội dung thành tích", width: 40, aliases: ["thanh tich", "noi dung"] },
];

/** Columns only the export has: who it is, in words. */
export const EXPORT_EXTRA: SheetColumn[] = [
  { key: "subjectName", header: "Tên đối tượng", width: 36 },
  { key: "subjectKind", header: "Tập thể/Cá nhân", width: 14 },
  { key: "unitName", header: "Đơn vị", width: 30 },
];

export const LEVEL_ALIASES: Partial<Record<Level, string[]>> = {
  central: ["trung ương", "thủ tướng", "thủ tướng chính phủ", "tw", "chính phủ"],
  province: ["tỉnh", "cấp tỉnh", "bí thư tỉnh ủy", "ubnd tỉnh"],
  district: ["huyện", "cấp huyện", "thành phố", "thị xã"],
  grassroots: ["cơ sở", "xã", "cấp xã", "đảng ủy cơ sở"],
};
export const FORM_ALIASES: Partial<Record<Form, string[]>> = {
  bang_khen: ["bk"],
  giay_khen: ["gk"],
  bieu_duong: ["biểu dương khen thưởng"],
  other: ["khác"],
};
export const SUBJECT_ALIASES: Partial<Record<SubjectType, string[]>> = {
  model: ["mô hình"],
  member: ["đảng viên", "cá nhân"],
  unit: ["tổ chức", "tập thể", "đơn vị", "tổ chức đảng"],
};

export function commendationSheetRow(
  r: CommendationOut,
  extra: { unitCode: string; modelTitle: string; startYear: number | null; card: string },
): SheetValue[] {
  return [
    SUBJECT_TYPE_LABEL[r.subjectType],
    extra.unitCode,
    extra.modelTitle,
    extra.startYear,
    extra.card,
    LEVEL_LABEL[r.level],
    FORM_LABEL[r.form],
    r.decisionNumber,
    r.decisionDate ?? "",
    r.issuer,
    r.year,
    r.content,
    r.subjectName,
    SUBJECT_KIND_LABEL[r.subjectKind],
    r.unitName,
  ];
}
