/** One row of the commendations sheet → a typed row or its errors (no database). */
import { parseViDate } from "../../lib/sheets";
import type { FileRow } from "../../platform/imports/files";
import type { ParsedRow } from "../../platform/imports/spec";
import {
  COMMENDATION_COLUMNS,
  FORM_ALIASES,
  LEVEL_ALIASES,
  SUBJECT_ALIASES,
} from "./commendations-sheet.rules";
import {
  FORM_LABEL,
  type Form,
  LEVEL_LABEL,
  type Level,
  SUBJECT_TYPE_LABEL,
  type SubjectType,
} from "./commendations.inputs";
import { type SheetIndex, cellGetter, pick, rowErrors, yearCell } from "./recognition-sheets.rules";

export interface CommendationImportRow {
  subjectType: SubjectType;
  unitCode: string;
  modelTitle: string;
  startYear: number | null;
  card: string;
  level: Level;
  form: Form;
  decisionNumber: string;
  decisionDate: string | null;
  issuer: string;
  year: number;
  content: string;
}

export function parseCommendationRow(r: FileRow, index: SheetIndex): ParsedRow<CommendationImportRow> {
  const get = cellGetter(index, r.cells);
  const { errors, err } = rowErrors(COMMENDATION_COLUMNS);
  const subjectType = pick(get("subjectType"), SUBJECT_TYPE_LABEL, SUBJECT_ALIASES);
  if (!subjectType) err("subjectType")("Đối tượng là “Mô hình”, “Đảng viên” hoặc “Tổ chức”.");
  const unitCode = get("unitCode");
  const modelTitle = get("modelTitle");
  const card = get("card").replace(/\s+/g, "").toUpperCase();
  if (subjectType === "model" && (!unitCode || !modelTitle))
    err("modelTitle")("Khen thưởng mô hình cần mã đơn vị và tên mô hình.");
  if (subjectType === "unit" && !unitCode) err("unitCode")("Khen thưởng tổ chức cần mã đơn vị.");
  if (subjectType === "member" && !card) err("card")("Khen thưởng đảng viên cần số thẻ đảng viên.");
  const startYear = yearCell(get("startYear"), err("startYear"));
  const level = pick(get("level"), LEVEL_LABEL, LEVEL_ALIASES);
  if (!level) err("level")("Cấp khen thưởng là Trung ương / Thủ tướng, tỉnh, huyện hoặc cơ sở.");
  const form = pick(get("form"), FORM_LABEL, FORM_ALIASES);
  if (!form) err("form")("Hình thức là Bằng khen, Giấy khen, Biểu dương hoặc Khác.");
  const decisionNumber = get("decisionNumber");
  if (decisionNumber.length > 60) err("decisionNumber")("Số quyết định tối đa 60 ký tự.");
  const dateText = get("decisionDate");
  const decisionDate = dateText ? parseViDate(dateText) : null;
  if (dateText && !decisionDate) err("decisionDate")("Ngày quyết định không hợp lệ (dạng dd/mm/yyyy).");
  const issuer = get("issuer");
  if (issuer.length < 2 || issuer.length > 200) err("issuer")("Cần ghi cơ quan ban hành (2–200 ký tự).");
  let year = yearCell(get("year"), err("year"));
  if (year === null && decisionDate) year = Number(decisionDate.slice(0, 4));
  if (year === null) err("year")("Cần ghi năm khen thưởng hoặc ngày quyết định.");
  const content = get("content");
  if (content.length > 2000) err("content")("Nội dung thành tích tối đa 2.000 ký tự.");
  const who = describeCommendation({ unitCode, modelTitle, card, decisionNumber });
  if (errors.length) return { ...who, errors };
  const ok: CommendationImportRow = {
    subjectType: subjectType!,
    unitCode,
    modelTitle,
    startYear: startYear ?? null,
    card,
    level: level!,
    form: form!,
    decisionNumber,
    decisionDate,
    issuer,
    year: year!,
    content,
  };
  return { ok, ...who, errors };
}

/** Whom a row names in the preview: the card or the unit code, and the model or the decision. */
export const describeCommendation = (
  r: Pick<CommendationImportRow, "unitCode" | "modelTitle" | "card" | "decisionNumber">,
) => ({
  key: r.card || r.unitCode,
  name: r.modelTitle || r.decisionNumber,
});

/** A parsed row back in template order, for the error file. */
export const commendationRowValues = (r: CommendationImportRow): string[] => [
  SUBJECT_TYPE_LABEL[r.subjectType],
  r.unitCode,
  r.modelTitle,
  r.startYear === null ? "" : String(r.startYear),
  r.card,
  LEVEL_LABEL[r.level],
  FORM_LABEL[r.form],
  r.decisionNumber,
  r.decisionDate ?? "",
  r.issuer,
  String(r.year),
  r.content,
];
