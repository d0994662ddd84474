// Reads the rows of an uploaded spreadsheet lazily: XLSX through the sheet reader, CSV in segments
// of about 1 MB cut at record boundaries, so a large file never becomes one giant string.
import {
  type CsvDelimiter,
  SpreadsheetError,
  decodeText,
  detectDelimiter,
  iterateXlsxRows,
  parseCsv,
  unguardFormula,
} from "../../lib/sheets";

export type FileKind = "csv" | "xlsx";
export type CellValue = string | number | boolean | null | undefined;

/** By content, not by name: a zip is an XLSX; the OLE header of a legacy .xls is refused. */
export function detectKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new SpreadsheetError("legacy_format");
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4 ? "xlsx" : "csv";
}

export interface FileRow {
  /** 1-based row number as a spreadsheet shows it. */
  row: number;
  cells: CellValue[];
}

export const MAX_ROWS = 1_048_576;
const SEGMENT = 1 << 20;

export interface ReadOptions {
  /** Rows beyond this number fail the file (too_many_rows). */
  maxRows?: number;
  /** A CSV that is not valid UTF-8 fails the file (not_utf8) instead of showing mojibake per row. */
  strictUtf8?: boolean;
}

/**
 * The rows of a file, with the formula-guard apostrophe our exports add taken off text cells (in an
 * XLSX too: a CSV export opened in Excel and saved keeps the apostrophe as text).
 */
export function* fileRows(bytes: Uint8Array, kind: FileKind, opts: ReadOptions = {}): Generator<FileRow> {
  for (const r of rawRows(bytes, kind, opts)) {
    const cells = r.cells;
    for (let i = 0; i < cells.length; i++) cells[i] = unguardFormula(cells[i]);
    yield r;
  }
}

function* rawRows(bytes: Uint8Array, kind: FileKind, opts: ReadOptions): Generator<FileRow> {
  const maxRows = opts.maxRows ?? MAX_ROWS;
  const decode = (part: Uint8Array) => {
    const { text, encodingError } = decodeText(part);
    if (encodingError && opts.strictUtf8) throw new SpreadsheetError("not_utf8");
    return text;
  };
  if (kind === "xlsx") {
    for (const r of iterateXlsxRows(bytes, { maxRows })) yield { row: r.row, cells: r.cells };
    return;
  }
  // UTF-16 (Excel's "Unicode text") cannot be cut on bytes: decode it whole.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const rows = parseCsv(decode(bytes));
    if (rows.length > maxRows) throw new SpreadsheetError("too_many_rows");
    for (let i = 0; i < rows.length; i++) yield { row: i + 1, cells: rows[i]! };
    return;
  }
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let rowOffset = 0;
  let delimiter: CsvDelimiter | undefined;
  while (start < bytes.length) {
    const { end, records } = segmentEnd(bytes, start);
    let text = decode(bytes.subarray(start, end));
    let skipped = 0;
    if (delimiter === undefined) {
      // Excel's "sep=;" first line is not shown as a row.
      const hint = /^sep=([,;\t])\r?\n?/.exec(text);
      delimiter = (hint?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(text);
      if (hint) {
        text = text.slice(hint[0].length);
        skipped = 1;
      }
    }
    const rows = parseCsv(text, { delimiter });
    if (rowOffset + rows.length > maxRows) throw new SpreadsheetError("too_many_rows");
    for (let i = 0; i < rows.length; i++) yield { row: rowOffset + i + 1, cells: rows[i]! };
    rowOffset += records - skipped;
    start = end;
  }
}

/**
 * The end (exclusive) of a segment of about SEGMENT bytes that stops after a line break outside
 * quotes, and how many records it holds. Counting quotes by parity is enough for CSV: an
 * escaped quote is two quotes.
 */
function segmentEnd(bytes: Uint8Array, start: number): { end: number; records: number } {
  let inQuotes = false;
  let records = 0;
  let i = start;
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a))) {
      records++;
      if (i + 1 - start >= SEGMENT) return { end: i + 1, records };
    }
  }
  // The last record may have no line break.
  const tail = i > start && bytes[i - 1] !== 0x0a && bytes[i - 1] !== 0x0d ? 1 : 0;
  return { end: i, records: records + tail };
}

/** A file name safe to store and show: no path separators or control characters, at most 200 characters. */
export function safeFileName(s: string, fallback: string): string {
  return (
    s
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are dropped from file names
      .replace(/[\\/\u0000-\u001f]/g, " ")
      .trim()
      .slice(0, 200) || fallback
  );
}
