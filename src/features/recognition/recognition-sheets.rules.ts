/** Spreadsheet plumbing shared by the models and commendations imports and exports (pure). */
import { type CsvValue, type SheetValue, type XlsxColumn, toCsv, toXlsx } from "../../lib/sheets";
import type { CellValue } from "../../platform/imports/files";
import { CSV_TYPE, type SheetFormat, XLSX_TYPE } from "../../platform/files-http";
import type { HeaderSpec, ImportLimits, RowError } from "../../platform/imports/spec";
import { searchKey } from "../../platform/text";
import type { Role } from "../../domain/roles";
import { MAX_YEAR, MIN_YEAR } from "./recognition.inputs";

export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Up to 5,000 rows (read on the queue, as every import), written in one chunk. */
export const importLimits = (): ImportLimits => ({
  commitChunks: 1,
  chunkRows: MAX_IMPORT_ROWS,
  maxBytes: MAX_IMPORT_BYTES,
  maxRows: MAX_IMPORT_ROWS + 1,
});
export const TOO_MANY_ROWS = `Tệp có quá ${MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng. Vui lòng chia nhỏ.`;

export interface SheetColumn extends XlsxColumn {
  key: string;
  /** Other header spellings accepted on import (compared without diacritics or punctuation). */
  aliases?: string[];
  required?: boolean;
}

/** Column key → index in the file, from the header row. */
export type SheetIndex = Record<string, number>;

/** "Duy trì, nâng chất" → "duytrinangchat": how headers and labels are compared. */
export function norm(s: string): string {
  return searchKey(s).replace(/[^a-z0-9]/g, "");
}

/** A cell as trimmed text (numbers as typed, booleans as 1/0). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "1" : "0";
  return String(v).normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The header is the first non-blank row; unknown headers are ignored, required ones must be there. */
export function sheetHeader(columns: SheetColumn[]): HeaderSpec<SheetIndex> {
  const names = columns.map((c) => [c.header, ...(c.aliases ?? [])].map(norm));
  return {
    map(cells) {
      const header = cells.map((c) => norm(cellText(c)));
      const index: SheetIndex = {};
      columns.forEach((c, k) => {
        const i = header.findIndex((h) => names[k]!.includes(h));
        if (i >= 0) index[c.key] = i;
      });
      return index;
    },
    problems(index) {
      const missing = columns.filter((c) => c.required && index[c.key] === undefined).map((c) => c.header);
      return missing.length ? [`Thiếu cột: ${missing.join(", ")}. Vui lòng dùng tệp mẫu.`] : [];
    },
    mapped: (index) => Object.values(index),
    fields: (index) => Object.keys(index),
    notice: () => null,
    missing: "Không tìm thấy dòng tiêu đề. Vui lòng dùng tệp mẫu.",
  };
}

/** A row's cells by column key ("" when the file has no such column). */
export function cellGetter(index: SheetIndex, cells: readonly CellValue[]) {
  return (key: string) => {
    const i = index[key];
    return i === undefined ? "" : cellText(cells[i]);
  };
}

/** A rejected row's cells in template order, for the error file. */
export const sheetValues = (columns: SheetColumn[]) => (cells: readonly CellValue[], index: SheetIndex) => {
  const get = cellGetter(index, cells);
  return columns.map((c) => get(c.key));
};

/** What the models and commendations importers share: who runs them, their limits and their sheet. */
export const sheetImportBase = (columns: SheetColumn[]) => ({
  noFile: "Chưa chọn tệp để nhập.",
  roles: ["admin", "secretary"] as Role[],
  limits: importLimits(),
  strictUtf8: true,
  tooManyRows: TOO_MANY_ROWS,
  header: sheetHeader(columns),
  prepare: async () => null,
  cellValues: sheetValues(columns),
  errorColumns: columns,
});

/** A committed chunk's counts, from how many rows it created, updated and left unchanged. */
export const outcomeCounts = (o: { created: number; updated: number; unchanged: number }) => ({
  done: o.created + o.updated + o.unchanged,
  existing: o.updated + o.unchanged,
  changed: o.created + o.updated,
});

/** Collects a row's errors, each under the header of its column. */
export function rowErrors(columns: SheetColumn[]) {
  const errors: RowError[] = [];
  const header = (key: string) => columns.find((c) => c.key === key)?.header ?? key;
  return { errors, err: (key: string) => (message: string) => errors.push({ column: header(key), message }) };
}

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

/** A table as XLSX (with the title block, when given) or CSV (UTF-8 with BOM), with its content type. */
export function sheetFile(
  format: SheetFormat,
  name: string,
  columns: XlsxColumn[],
  rows: SheetValue[][],
  title?: string[],
): { bytes: Uint8Array; type: string } {
  if (format === "csv")
    return { bytes: toCsv([columns.map((c) => c.header), ...(rows as CsvValue[][])]), type: CSV_TYPE };
  return { bytes: toXlsx([{ name, title, columns, rows }]), type: XLSX_TYPE };
}

/** "A, B; C" → the distinct codes. */
export const splitCodes = (s: string) => [...new Set(s.split(/[,;\s]+/).filter(Boolean))];

/** JSON list of the distinct non-empty values (bound into `IN (SELECT value FROM json_each(?))`). */
export const jsonSet = (xs: string[]) => JSON.stringify([...new Set(xs.filter(Boolean))]);

/** The year of a filtered export, for its title. */
export const periodOf = (year: number | undefined) => (year ? `Năm ${year}` : "Tất cả các năm");
