/** Row-level parsing of the commendations sheet (no database). */
import { parseViDate } from "../../lib/sheets";
import { cellGetter, yearCell } from "./models-import.rules";
import { type RowError, pick } from "./recognition-sheets.rules";
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

export interface ParsedCommendation {
  row: number;
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

const header = (key: string) => COMMENDATION_COLUMNS.find((c) => c.key === key)?.header ?? key;

export function parseCommendationRows(
  rows: string[][],
  index: Record<string, number>,
): { parsed: ParsedCommendation[]; errors: RowError[]; total: number } {
  const parsed: ParsedCommendation[] = [];
  const errors: RowError[] = [];
  let total = 0;
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c === "")) return;
    total++;
    const row = i + 2;
    const get = cellGetter(index, cells);
    const before = errors.length;
    const err = (key: string) => (message: string) => errors.push({ row, column: header(key), message });
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
    if (errors.length > before) return;
    parsed.push({
      row,
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
    });
  });
  return { parsed, errors, total };
}
