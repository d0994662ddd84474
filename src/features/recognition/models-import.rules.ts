/** Row-level parsing of the models sheet (no database): every problem becomes a RowError. */
import { FIELD_ALIASES, KIND_ALIASES, MODEL_COLUMNS, STATUS_ALIASES } from "./models-sheet.rules";
import { MAX_YEAR, MIN_YEAR } from "./recognition.inputs";
import {
  FIELD_LABEL,
  KIND_LABEL,
  type ModelField,
  type ModelKind,
  type ModelStatus,
  STATUS_LABEL,
} from "./models.inputs";
import { type RowError, pick, yesNo } from "./recognition-sheets.rules";

export interface ParsedModelRow {
  row: number;
  unitCode: string;
  title: string;
  kind: ModelKind;
  card: string;
  field: ModelField;
  /** False when the cell was empty (the default "other" then never overwrites a stored field). */
  fieldGiven: boolean;
  startYear: number;
  year: number | null;
  status: ModelStatus | null;
  exemplary: boolean;
  replicatedCodes: string[];
  description: string;
  note: string;
}

const header = (key: string) => MODEL_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** A whole year in range, or undefined (with an error pushed) — "" gives null. */
export function yearCell(text: string, push: (msg: string) => void): number | null | undefined {
  if (text === "") return null;
  const n = Number(text.replace(/\.0+$/, ""));
  if (!Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR) {
    push(`Năm không hợp lệ (từ ${MIN_YEAR} đến ${MAX_YEAR}).`);
    return undefined;
  }
  return n;
}

export function cellGetter(index: Record<string, number>, cells: string[]) {
  return (key: string) => {
    const i = index[key];
    return i === undefined ? "" : (cells[i] ?? "");
  };
}

export function parseModelRows(
  rows: string[][],
  index: Record<string, number>,
): { parsed: ParsedModelRow[]; errors: RowError[]; total: number } {
  const parsed: ParsedModelRow[] = [];
  const errors: RowError[] = [];
  let total = 0;
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c === "")) return;
    total++;
    const row = i + 2;
    const get = cellGetter(index, cells);
    const before = errors.length;
    const err = (key: string) => (message: string) => errors.push({ row, column: header(key), message });
    const title = get("title");
    if (title.length < 3 || title.length > 300) err("title")("Tên mô hình từ 3 đến 300 ký tự.");
    const kind = pick(get("kind"), KIND_LABEL, KIND_ALIASES);
    if (!kind) err("kind")("Loại là “Tập thể” hoặc “Cá nhân”.");
    const card = get("card").replace(/\s+/g, "").toUpperCase();
    if (kind === "individual" && !card) err("card")("Mô hình cá nhân cần số thẻ đảng viên.");
    if (kind === "collective" && card) err("card")("Mô hình tập thể không ghi số thẻ đảng viên.");
    const unitCode = get("unitCode");
    if (kind === "collective" && !unitCode) err("unitCode")("Cần mã đơn vị.");
    const field = get("field") === "" ? "other" : pick(get("field"), FIELD_LABEL, FIELD_ALIASES);
    if (!field) err("field")("Lĩnh vực không có trong danh mục (xem tệp mẫu).");
    const startYear = yearCell(get("startYear"), err("startYear"));
    if (startYear === null) err("startYear")("Cần năm bắt đầu.");
    const year = yearCell(get("year"), err("year"));
    const statusText = get("status");
    const status = statusText === "" ? null : pick(statusText, STATUS_LABEL, STATUS_ALIASES);
    if (status === undefined)
      err("status")("Tình trạng là Xây dựng mới, Duy trì nâng chất, Nhân rộng hoặc Ngừng.");
    if (year && !status && statusText === "") err("status")("Có năm thì cần ghi tình trạng của năm đó.");
    if (status && year === null) err("year")("Có tình trạng thì cần ghi năm.");
    const exemplary = yesNo(get("exemplary"));
    if (exemplary === undefined) err("exemplary")("Điển hình ghi “Có” hoặc để trống.");
    const description = get("description");
    if (description.length > 5000) err("description")("Mô tả tối đa 5.000 ký tự.");
    const note = get("note");
    if (note.length > 1000) err("note")("Ghi chú tối đa 1.000 ký tự.");
    if (errors.length > before) return;
    parsed.push({
      row,
      unitCode,
      title,
      kind: kind!,
      card,
      field: field!,
      fieldGiven: get("field") !== "",
      startYear: startYear!,
      year: year ?? null,
      status: status ?? null,
      exemplary: exemplary!,
      replicatedCodes: [
        ...new Set(
          get("replicatedTo")
            .split(/[,;\s]+/)
            .filter(Boolean),
        ),
      ],
      description,
      note,
    });
  });
  return { parsed, errors, total };
}
