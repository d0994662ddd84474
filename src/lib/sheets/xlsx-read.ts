// Reads worksheet rows from an .xlsx. The worksheet XML is inflated and scanned chunk by chunk so a
// sheet of a few hundred thousand rows never exists as one big string.
import { excelSerialToIso } from "./dates";
import { SpreadsheetError } from "./errors";
import { decodeCellText, runsText } from "./xml";
import { openWorkbook, type Workbook, type WorkbookSheet, type XlsxSheetInfo } from "./xlsx-workbook";
import { entryChunks } from "./zip";

export type { XlsxSheetInfo } from "./xlsx-workbook";

export type Cell = string | number | boolean | null;

/** A non-empty row; `row` is the 1-based row number as Excel shows it. */
export interface XlsxRow {
  row: number;
  cells: Cell[];
}

export interface XlsxSheet extends XlsxSheetInfo {
  /** `rows[i]` is Excel row `i + 1`; rows with no values are `[]`; trailing ones are dropped. */
  rows: Cell[][];
}

export interface ReadXlsxOptions {
  /** Throw `SpreadsheetError("too_many_rows")` when a row with values lies beyond this row number. */
  maxRows?: number;
}

const P = "(?:[\\w.-]+:)?";
const ROW = new RegExp(`<${P}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row>)`, "g");
const CELL = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, "g");
const ROW_NUMBER = /(?:^|\s)r\s*=\s*["'](\d+)["']/;
const CELL_ATTR = /(?:^|\s)(r|s|t)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const VALUE = new RegExp(`<${P}v(?:\\s[^>]*)?>([\\s\\S]*?)</${P}v>`);
const INLINE = new RegExp(`<${P}is\\b[^>]*>([\\s\\S]*?)</${P}is>`);
const SHEET_DATA_END = new RegExp(`</${P}sheetData>|<${P}sheetData\\s*/>`);
const MAX_COLUMNS = 16_384;

function toSpreadsheetError(e: unknown): SpreadsheetError {
  return e instanceof SpreadsheetError ? e : new SpreadsheetError("corrupt", undefined, { cause: e });
}

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Splits `C5` into a 0-based column and the row number; parts missing from the reference are NaN. */
function parseRef(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-case ASCII letters
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return { col: i === 0 ? Number.NaN : col - 1, row: i < ref.length ? Number(ref.slice(i)) : Number.NaN };
}

interface CellContext {
  shared: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

function cellValue(
  type: string | undefined,
  style: string | undefined,
  body: string,
  ctx: CellContext,
): Cell {
  if (type === "inlineStr") {
    const inline = INLINE.exec(body);
    if (inline) return runsText(inline[1] ?? "");
  }
  const raw = VALUE.exec(body)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case "s":
      return ctx.shared[Number(raw)] ?? null;
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "str":
    case "inlineStr":
    case "e":
      return decodeCellText(raw);
    case "d": {
      const text = decodeCellText(raw);
      return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text;
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(n)) return decodeCellText(raw);
      if (style !== undefined && ctx.dateStyles[Number(style)]) return excelSerialToIso(n, ctx.date1904) ?? n;
      return n;
    }
  }
}

function parseCells(body: string, ctx: CellContext): Cell[] {
  const cells: Cell[] = [];
  let next = 0;
  for (const m of body.matchAll(CELL)) {
    let ref: string | undefined;
    let style: string | undefined;
    let type: string | undefined;
    for (const a of (m[1] ?? "").matchAll(CELL_ATTR)) {
      const v = a[2] ?? a[3];
      if (a[1] === "r") ref = v;
      else if (a[1] === "s") style = v;
      else type = v;
    }
    const parsed = ref === undefined ? Number.NaN : parseRef(ref).col;
    const col = Number.isNaN(parsed) ? next : parsed;
    next = col + 1;
    if (col >= MAX_COLUMNS || m[2] === undefined) continue;
    const value = cellValue(type, style, m[2], ctx);
    if (value === null) continue;
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }
  return cells;
}

function* sheetRows(wb: Workbook, sheet: WorkbookSheet, options: ReadXlsxOptions): Generator<XlsxRow> {
  const ctx: CellContext = { shared: wb.sharedStrings(), dateStyles: wb.dateStyles(), date1904: wb.date1904 };
  const decoder = new TextDecoder();
  let buffer = "";
  let lastRow = 0;
  const chunks = entryChunks(wb.bytes, sheet.entry);
  for (let done = false; !done; ) {
    const next = chunks.next();
    done = next.done === true;
    buffer += done ? decoder.decode() : decoder.decode(next.value, { stream: true });
    let consumed = 0;
    for (const m of buffer.matchAll(ROW)) {
      consumed = m.index + m[0].length;
      const ref = ROW_NUMBER.exec(m[1] ?? "");
      const row = ref ? Number(ref[1]) : lastRow + 1;
      lastRow = row;
      const cells = m[2] ? parseCells(m[2], ctx) : [];
      if (cells.length === 0) continue;
      if (options.maxRows !== undefined && row > options.maxRows) {
        const message = `Trang tính "${sheet.name}" có quá nhiều dòng (tối đa ${formatCount(options.maxRows)} dòng).`;
        throw new SpreadsheetError("too_many_rows", message);
      }
      yield { row, cells };
    }
    buffer = buffer.slice(consumed);
    // Whatever follows the cell data (merges, validations…) is not needed: stop inflating.
    if (SHEET_DATA_END.test(buffer)) return;
  }
}

function* guarded<T>(make: () => Generator<T>): Generator<T> {
  try {
    yield* make();
  } catch (e) {
    throw toSpreadsheetError(e);
  }
}

function collect(rows: Iterable<XlsxRow>): Cell[][] {
  const out: Cell[][] = [];
  for (const { row, cells } of rows) {
    // Keep `out[i]` = Excel row i + 1 so callers can report row numbers users recognise.
    while (out.length < row - 1) out.push([]);
    out.push(cells);
  }
  return out;
}

function pickSheet(wb: Workbook, sheet: number | string | undefined): WorkbookSheet | undefined {
  if (typeof sheet === "number") return wb.sheets[sheet];
  if (typeof sheet === "string") return wb.sheets.find((s) => s.name === sheet);
  return wb.sheets.find((s) => !s.hidden) ?? wb.sheets[0];
}

/** Names of the worksheets, in workbook order (chart sheets excluded). */
export function listXlsxSheets(bytes: Uint8Array): XlsxSheetInfo[] {
  try {
    return openWorkbook(bytes).sheets.map(({ name, hidden }) => ({ name, hidden }));
  } catch (e) {
    throw toSpreadsheetError(e);
  }
}

/**
 * Lazily yields the non-empty rows of one worksheet: by index, by name, or by default the first
 * visible one. Yields nothing if the sheet does not exist.
 */
export function iterateXlsxRows(
  bytes: Uint8Array,
  options: ReadXlsxOptions & { sheet?: number | string } = {},
): Generator<XlsxRow> {
  return guarded(function* () {
    const wb = openWorkbook(bytes);
    const sheet = pickSheet(wb, options.sheet);
    if (sheet) yield* sheetRows(wb, sheet, options);
  });
}

/** Rows of the first visible worksheet (see {@link XlsxSheet.rows} for the layout). */
export function readFirstSheetRows(bytes: Uint8Array, options: ReadXlsxOptions = {}): Cell[][] {
  return collect(iterateXlsxRows(bytes, options));
}

/** Every worksheet with all its rows; prefer {@link iterateXlsxRows} for large files. */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): { sheets: XlsxSheet[] } {
  return {
    sheets: [
      ...guarded(function* () {
        const wb = openWorkbook(bytes);
        for (const s of wb.sheets) {
          yield { name: s.name, hidden: s.hidden, rows: collect(sheetRows(wb, s, options)) };
        }
      }),
    ],
  };
}
