// CSV as Vietnamese Excel users produce and consume it: UTF-8 (BOM or not), `,` `;` or tab separated.
import { concatBytes } from "./util";

export type CsvDelimiter = "," | ";" | "\t";
export type CsvValue = string | number | null | undefined;

const QUOTE = 34;
const LF = 10;
const CR = 13;

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    units.push(view.getUint16(i, littleEndian));
    // Flush in blocks: String.fromCharCode(...huge array) would overflow the stack.
    if (units.length === 8192) {
      parts.push(String.fromCharCode(...units));
      units.length = 0;
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join("");
}

/**
 * Decodes an uploaded text file. UTF-8 with or without BOM; UTF-16 with BOM (Excel's "Unicode Text").
 * Invalid UTF-8 is decoded leniently with `encodingError: true`: the bad bytes become U+FFFD, so
 * callers can flag the rows containing it (typically a file saved in a legacy code page).
 */
export function decodeText(bytes: Uint8Array): { text: string; encodingError: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), true), encodingError: bytes.length % 2 !== 0 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), false), encodingError: bytes.length % 2 !== 0 };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM keeps a second BOM visible instead of silently eating it.
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body),
      encodingError: false,
    };
  } catch {
    return {
      text: new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(body),
      encodingError: true,
    };
  }
}

/** Picks the delimiter occurring most often in the first non-empty line, outside quotes (ties: `,` `;` tab). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') inQuotes = false; // a doubled quote just re-enters on the next character
      continue;
    }
    if (c === "\n" || c === "\r") {
      if (seenContent) break;
      continue;
    }
    if (c === '"') inQuotes = true;
    else if (c === "," || c === ";" || c === "\t") counts[c]++;
    if (c !== " ") seenContent = true;
  }
  let best: CsvDelimiter = ",";
  for (const d of [";", "\t"] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * Parses RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes, CRLF/LF/CR line ends.
 * The delimiter is auto-detected unless given; Excel's `sep=;` first line is honoured and dropped.
 * Trailing empty lines (including ones made only of delimiters) are dropped; empty lines elsewhere
 * stay as `[""]` so row numbers match the file. Malformed quoting is read leniently, never rejected.
 */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): string[][] {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let delimiter = options.delimiter;
  const hint = /^sep=([,;\t])\r?\n?/.exec(source);
  if (hint) {
    delimiter ??= hint[1] as CsvDelimiter;
    source = source.slice(hint[0].length);
  }
  delimiter ??= detectDelimiter(source);
  const delim = delimiter.charCodeAt(0);
  const n = source.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field: string;
    if (source.charCodeAt(i) === QUOTE) {
      field = "";
      let j = i + 1;
      for (;;) {
        const q = source.indexOf('"', j);
        if (q < 0) {
          // Unterminated quote: keep the rest of the text as the field.
          field += source.slice(j);
          i = n;
          break;
        }
        field += source.slice(j, q);
        if (source.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Text after a closing quote (`"a"b`) is kept rather than rejected.
      const start = i;
      while (i < n && !isBreak(source.charCodeAt(i), delim)) i++;
      if (i > start) field += source.slice(start, i);
    } else {
      const start = i;
      while (i < n && !isBreak(source.charCodeAt(i), delim)) i++;
      field = source.slice(start, i);
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = source.charCodeAt(i);
    if (c === delim) {
      i++;
      continue;
    }
    i += c === CR && source.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((f) => f === "")) rows.pop();
  return rows;
}

function isBreak(c: number, delim: number): boolean {
  return c === delim || c === LF || c === CR;
}

// Leading characters that make Excel/LibreOffice evaluate a cell as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

// The apostrophe csvField puts before such text; importers take it off again (see unguardFormula).
const GUARDED = /^'[=+\-@]/;

/**
 * Takes off the apostrophe our CSV export put before text starting with = + - @, so an exported
 * file imports back unchanged; any other leading apostrophe is kept.
 */
export function unguardFormula<T>(value: T): T {
  return typeof value === "string" && GUARDED.test(value) ? (value.slice(1) as T) : value;
}

function csvField(value: CsvValue, delimiter: CsvDelimiter): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  // Quote every field holding any usual separator, not only ours: Excel set to ";" (the Vietnamese
  // default) splits an unquoted "Lê Cường;=1+2" and evaluates the second half.
  const needsQuotes = text.includes(delimiter) || /[",;\t\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Serialises rows as UTF-8 with BOM (so Excel detects Vietnamese text) and CRLF line ends. Text
 * starting with = + - @ tab or CR gets a leading apostrophe; text holding , ; tab, a quote or a line
 * break is quoted whatever the delimiter; numbers are written as plain numbers.
 */
export function toCsv(rows: CsvValue[][], options: { delimiter?: CsvDelimiter } = {}): Uint8Array {
  const delimiter = options.delimiter ?? ",";
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [new Uint8Array([0xef, 0xbb, 0xbf])];
  let lines: string[] = [];
  let size = 0;
  for (const row of rows) {
    const line = row.map((v) => csvField(v, delimiter)).join(delimiter);
    lines.push(line);
    size += line.length;
    // Encode in blocks so a large export never exists as one huge string.
    if (size > 256 * 1024) {
      parts.push(encoder.encode(`${lines.join("\r\n")}\r\n`));
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) parts.push(encoder.encode(`${lines.join("\r\n")}\r\n`));
  return concatBytes(parts);
}
