// Writes a minimal SpreadsheetML workbook (inline strings, no shared-strings table) and streams each
// worksheet through the zip compressor so large exports only hold compressed bytes in memory.
import { isoToExcelSerial, parseViDate } from "./dates";
import { escapeCellText, escapeXml } from "./xml";
import { ZipWriter } from "./zip";

export type SheetValue = string | number | null | undefined;

export interface XlsxColumn {
  header: string;
  /** Width in characters; defaults from the header length. */
  width?: number;
  /**
   * "text" keeps values (and cells users type later) as text, e.g. phone numbers with a leading 0;
   * "date" takes `YYYY-MM-DD` (or `dd/mm/yyyy`) strings and writes real dates shown as dd/mm/yyyy;
   * "number" also converts numeric strings. Without a kind numbers stay numbers, strings stay text.
   */
  kind?: "text" | "number" | "date";
}

export interface XlsxSheetInput {
  name: string;
  /**
   * Lines above the header row (the first one bold and larger), then one blank row: what the
   * sheet is, of which unit, for which period, when it was made. Each line is one filled cell.
   */
  title?: string[];
  columns: XlsxColumn[];
  rows: SheetValue[][];
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const MAX_CELL_TEXT = 32_767; // Excel refuses to open files with longer cell text
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

// cellXfs indexes in STYLES.
const STYLE_HEADER = 1;
const STYLE_DATE = 2;
const STYLE_TEXT = 3;
const STYLE_TITLE = 4;

const STYLES =
  `${XML_DECL}<styleSheet xmlns="${NS_MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** 0-based column index → Excel letters (0 → A, 26 → AA). */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function truncateUnits(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  // Do not leave half of a surrogate pair behind.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Makes names Excel accepts: ≤ 31 chars, none of []:*?/\, no edge apostrophes, unique ignoring case. */
export function sanitizeSheetNames(names: string[]): string[] {
  const used = new Set<string>(["history"]); // reserved by Excel
  return names.map((raw, i) => {
    const cleaned = raw
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are invalid in names
      .replace(/[\u0000-\u001F[\]:*?/\\]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim();
    const base = truncateUnits(cleaned || `Trang ${i + 1}`, 31);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = truncateUnits(base, 31 - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function textCell(ref: string, value: string, style?: number): string {
  const text = escapeCellText(truncateUnits(value.replace(/\r\n?/g, "\n"), MAX_CELL_TEXT));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  const s = style === undefined ? "" : ` s="${style}"`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

function numberCell(ref: string, value: number, style?: number): string {
  return `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`}><v>${value}</v></c>`;
}

function cell(ref: string, value: SheetValue, kind: XlsxColumn["kind"]): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return kind === "text" ? textCell(ref, String(value), STYLE_TEXT) : numberCell(ref, value);
  }
  if (kind === "date") {
    const iso = parseViDate(value);
    const serial = iso === null ? null : isoToExcelSerial(iso);
    if (serial !== null) return numberCell(ref, serial, STYLE_DATE);
  } else if (kind === "number") {
    const n = Number(value.trim());
    if (value.trim() !== "" && Number.isFinite(n)) return numberCell(ref, n);
  } else if (kind === "text") {
    return textCell(ref, value, STYLE_TEXT);
  }
  return textCell(ref, value);
}

function* worksheetXml(sheet: XlsxSheetInput, selected: boolean): Generator<string> {
  const { columns } = sheet;
  const letters: string[] = [];
  const letter = (i: number) => {
    while (letters.length <= i) letters.push(columnName(letters.length));
    return letters[i]!;
  };
  const hasHeader = columns.length > 0;
  const title = sheet.title ?? [];
  // The header row: after the title lines and a blank row.
  const head = title.length ? title.length + 2 : 1;
  yield `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
  yield `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>`;
  if (hasHeader) {
    // Keep the title and the header visible while scrolling.
    yield `<pane ySplit="${head}" topLeftCell="A${head + 1}" activePane="bottomLeft" state="frozen"/>`;
    yield `<selection pane="bottomLeft" activeCell="A${head + 1}" sqref="A${head + 1}"/>`;
  }
  yield '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
  if (hasHeader) {
    yield "<cols>";
    for (const [i, col] of columns.entries()) {
      const width = col.width ?? Math.min(60, Math.max(col.kind === "date" ? 12 : 10, col.header.length + 2));
      const style = col.kind === "date" ? STYLE_DATE : col.kind === "text" ? STYLE_TEXT : undefined;
      yield `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"${style ? ` style="${style}"` : ""}/>`;
    }
    yield "</cols>";
  }
  yield "<sheetData>";
  for (const [i, line] of title.entries())
    yield `<row r="${i + 1}">${textCell(`A${i + 1}`, line, i === 0 ? STYLE_TITLE : undefined)}</row>`;
  let r = title.length ? head : 1;
  if (hasHeader) {
    yield `<row r="${r}">${columns.map((c, i) => textCell(`${letter(i)}${r}`, c.header, STYLE_HEADER)).join("")}</row>`;
    r++;
  }
  for (const values of sheet.rows) {
    let cells = "";
    for (let i = 0; i < Math.min(values.length, MAX_COLUMNS); i++)
      cells += cell(letter(i) + r, values[i], columns[i]?.kind);
    if (cells) yield `<row r="${r}">${cells}</row>`;
    r++;
  }
  yield "</sheetData></worksheet>";
}

/**
 * Builds an .xlsx workbook: an optional title block, a bold header row frozen with everything above
 * it, column widths, dates as real Excel dates.
 */
export function toXlsx(sheets: XlsxSheetInput[]): Uint8Array {
  if (sheets.length === 0) throw new Error("Bảng tính phải có ít nhất một trang.");
  const names = sanitizeSheetNames(sheets.map((s) => s.name));
  sheets.forEach((s, i) => {
    const title = s.title?.length ? s.title.length + 1 : 0;
    if (s.rows.length + (s.columns.length > 0 ? 1 : 0) + title > MAX_ROWS) {
      throw new Error(
        `Trang "${names[i]}" có quá nhiều dòng: Excel chỉ chứa tối đa 1.048.576 dòng mỗi trang.`,
      );
    }
  });
  const zip = new ZipWriter();
  const sheetParts = sheets.map((_, i) => `worksheets/sheet${i + 1}.xml`);

  const overrides = sheetParts
    .map((p) => `<Override PartName="/xl/${p}" ContentType="${CT}.worksheet+xml"/>`)
    .join("");
  zip.addText("[Content_Types].xml", [
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${overrides}</Types>`,
  ]);
  zip.addText("_rels/.rels", [
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">`,
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ]);
  const sheetEntries = names.map(
    (n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  zip.addText("xl/workbook.xml", [
    `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
    `<bookViews><workbookView/></bookViews><sheets>${sheetEntries.join("")}</sheets></workbook>`,
  ]);
  const sheetRels = sheetParts.map(
    (p, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="${p}"/>`,
  );
  zip.addText("xl/_rels/workbook.xml.rels", [
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">${sheetRels.join("")}`,
    `<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
  ]);
  zip.addText("xl/styles.xml", [STYLES]);
  sheets.forEach((sheet, i) => {
    zip.addText(`xl/${sheetParts[i]}`, worksheetXml(sheet, i === 0));
  });
  return zip.finish();
}
