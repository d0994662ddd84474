/** One row of the models sheet → a typed row or its errors (no database). */
import type { FileRow } from "../../platform/imports/files";
import type { ParsedRow } from "../../platform/imports/spec";
import {
  FIELD_ALIASES,
  KIND_ALIASES,
  MODEL_COLUMNS,
  type ModelSheetRow,
  STATUS_ALIASES,
  modelSheetRow,
} from "./models-sheet.rules";
import { FIELD_LABEL, KIND_LABEL, STATUS_LABEL } from "./models.inputs";
import {
  type SheetIndex,
  cellGetter,
  pick,
  rowErrors,
  splitCodes,
  yearCell,
  yesNo,
} from "./recognition-sheets.rules";

export interface ModelImportRow extends Omit<ModelSheetRow, "card"> {
  card: string;
  /** False when the cell was empty (the default "other" then never overwrites a stored field). */
  fieldGiven: boolean;
}

export function parseModelRow(r: FileRow, index: SheetIndex): ParsedRow<ModelImportRow> {
  const get = cellGetter(index, r.cells);
  const { errors, err } = rowErrors(MODEL_COLUMNS);
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
  const who = { key: unitCode || card, name: title };
  if (errors.length) return { ...who, errors };
  const ok: ModelImportRow = {
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
    replicatedCodes: splitCodes(get("replicatedTo")),
    description,
    note,
  };
  return { ok, ...who, errors };
}

/** A parsed row back in template order, for the error file. */
export const modelRowValues = (r: ModelImportRow): string[] =>
  modelSheetRow({ ...r, card: r.card || null }).map((v, i) =>
    i === 4 && !r.fieldGiven ? "" : v === null || v === undefined ? "" : String(v),
  );
