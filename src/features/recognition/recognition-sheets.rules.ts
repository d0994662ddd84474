/** Spreadsheet plumbing shared by the models and commendations imports and exports. */
import {
  type CsvValue,
  type SheetValue,
  SpreadsheetError,
  type XlsxColumn,
  decodeText,
  parseCsv,
  readFirstSheetRows,
  toCsv,
  toXlsx,
} from "../../lib/sheets";
import { ServiceError } from "../../platform/errors";
import { searchKey } from "../../platform/text";

export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface SheetColumn extends XlsxColumn {
  key: string;
  /** Other header spellings accepted on import (compared without diacritics or punctuation). */
  aliases?: string[];
  required?: boolean;
}

export interface RowError {
  /** The row number as the spreadsheet shows it (header = 1). */
  row: number;
  column: string;
  message: string;
}

export interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
}

/** "Duy trì, nâng chất" → "duytrinangchat": how headers and labels are compared. */
export function norm(s: string): string {
  return searchKey(s).replace(/[^a-z0-9]/g, "");
}

/** A cell as trimmed text (numbers as typed, booleans as 1/0). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "1" : "0";
  return String(v).normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The rows of an uploaded XLSX or CSV (UTF-8, any of , ; tab), as text, header first. */
export function readUpload(bytes: Uint8Array): string[][] {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw new ServiceError("payload_too_large", "Tệp nhập quá lớn (tối đa 5 MB). Vui lòng chia nhỏ tệp.");
  if (bytes.byteLength === 0) throw new ServiceError("validation", "Tệp rỗng.", { file: "Tệp rỗng." });
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  try {
    if (isZip || isOle) {
      if (isOle) throw new SpreadsheetError("legacy_format");
      return readFirstSheetRows(bytes, { maxRows: MAX_IMPORT_ROWS + 1 }).map((r) => r.map(cellText));
    }
    const { text, encodingError } = decodeText(bytes);
    if (encodingError)
      throw new ServiceError(
        "validation",
        "Tệp CSV không phải UTF-8. Vui lòng lưu lại bằng “CSV UTF-8” hoặc dùng tệp XLSX.",
        { file: "Tệp CSV không phải UTF-8." },
      );
    const rows = parseCsv(text).map((r) => r.map(cellText));
    if (rows.length > MAX_IMPORT_ROWS + 1) throw new SpreadsheetError("too_many_rows");
    return rows;
  } catch (e) {
    if (e instanceof SpreadsheetError) {
      const msg =
        e.code === "too_many_rows"
          ? `Tệp có quá ${MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng. Vui lòng chia nhỏ.`
          : e.message;
      throw new ServiceError("validation", msg, { file: msg });
    }
    throw e;
  }
}

/** Finds each column's index from the header row; unknown headers are ignored. */
export function mapHeader(rows: string[][], columns: SheetColumn[]): Record<string, number> {
  const header = (rows[0] ?? []).map(norm);
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const c of columns) {
    const names = [c.header, ...(c.aliases ?? [])].map(norm);
    const i = header.findIndex((h) => names.includes(h));
    if (i >= 0) index[c.key] = i;
    else if (c.required) missing.push(c.header);
  }
  if (missing.length) {
    const msg = `Thiếu cột: ${missing.join(", ")}. Vui lòng dùng tệp mẫu.`;
    throw new ServiceError("validation", msg, { file: msg });
  }
  return index;
}

/** Reads a closed-list value by its label, code or an alias; undefined when it matches none. */
export function pick<T extends string>(
  text: string,
  labels: Record<T, string>,
  aliases: Partial<Record<T, string[]>> = {},
): T | undefined {
  const n = norm(text);
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if ([code, label, ...(aliases[code] ?? [])].map(norm).includes(n)) return code;
  }
  return undefined;
}

export function yesNo(text: string): boolean | undefined {
  const n = norm(text);
  if (["", "khong", "0", "false", "no", "k"].includes(n)) return false;
  if (["co", "x", "1", "true", "yes", "c", "diemhinh", "tieubieu"].includes(n)) return true;
  return undefined;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";

/** A table as XLSX or CSV (UTF-8 with BOM), with its content type. */
export function sheetFile(
  format: "xlsx" | "csv",
  name: string,
  columns: XlsxColumn[],
  rows: SheetValue[][],
): { bytes: Uint8Array; type: string } {
  if (format === "csv")
    return { bytes: toCsv([columns.map((c) => c.header), ...(rows as CsvValue[][])]), type: CSV_TYPE };
  return { bytes: toXlsx([{ name, columns, rows }]), type: XLSX_TYPE };
}

/** An attachment header with an ASCII fallback and the UTF-8 name. */
export function attachment(fileName: string): string {
  const ascii = searchKey(fileName).replace(/[^a-z0-9._-]+/g, "-") || "tep";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
