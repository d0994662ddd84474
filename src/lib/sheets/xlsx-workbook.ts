// Opens the package parts around the worksheets: relationships, sheet list, shared strings, styles.
// XML is scanned with regular expressions (no DOM in Workers); namespace prefixes such as `x:` are tolerated.
import { SpreadsheetError } from "./errors";
import { attr, runsText } from "./xml";
import { readEntry, readZipDirectory, type ZipEntry } from "./zip";

export interface XlsxSheetInfo {
  name: string;
  hidden: boolean;
}

export interface WorkbookSheet extends XlsxSheetInfo {
  entry: ZipEntry;
}

export interface Workbook {
  bytes: Uint8Array;
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** Parsed on first use: listing sheets should not pay for them. */
  sharedStrings: () => string[];
  /** For each cellXfs index: does the style show a date? */
  dateStyles: () => boolean[];
}

const P = "(?:[\\w.-]+:)?"; // optional namespace prefix
const RELATIONSHIP = new RegExp(`<${P}Relationship\\b([^>]*)>`, "g");
const SHEET = new RegExp(`<${P}sheet\\b([^>]*)>`, "g");
const WORKBOOK_PR = new RegExp(`<${P}workbookPr\\b([^>]*)>`);
const SHARED_ITEM = new RegExp(`<${P}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}si>)`, "g");
const NUM_FMT = new RegExp(`<${P}numFmt\\b([^>]*)>`, "g");
const CELL_XFS = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`);
const XF = new RegExp(`<${P}xf\\b([^>]*)>`, "g");

interface Relationship {
  type: string;
  target: string;
}

function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

/** Resolves a relationship target (relative to `baseDir`, or absolute from the package root). */
function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : baseDir + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

function parseRels(xml: string | null, baseDir: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!xml) return rels;
  for (const m of xml.matchAll(RELATIONSHIP)) {
    const a = m[1] ?? "";
    const id = attr(a, "Id");
    const target = attr(a, "Target");
    if (!id || !target || attr(a, "TargetMode") === "External") continue;
    rels.set(id, { type: attr(a, "Type") ?? "", target: resolvePath(baseDir, target) });
  }
  return rels;
}

function relOfType(rels: Map<string, Relationship>, suffix: string): string | undefined {
  for (const r of rels.values()) if (r.type.endsWith(suffix)) return r.target;
  return undefined;
}

// Built-in number formats that show a date (ECMA-376 §18.8.30, incl. East Asian ones).
// Time-only formats (18–21, 45–47) are left out on purpose: their serials are fractions of a day.
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export function isDateFormatCode(code: string): boolean {
  const first = code.split(";")[0] ?? "";
  // Drop quoted literals and escaped/padding/repeat characters, keep elapsed-time tokens ([h], [mm])
  // and drop the other bracketed sections ([Red], [$-42A]).
  const bare = first
    .replace(/"[^"]*"|\\.|[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  if (/[dy]/.test(bare)) return true;
  return bare.includes("m") && !/[hs]/.test(bare); // a lone "m" next to h/s means minutes
}

function parseDateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const customFormats = new Map<number, string>();
  for (const m of xml.matchAll(NUM_FMT)) {
    const id = Number(attr(m[1] ?? "", "numFmtId"));
    customFormats.set(id, attr(m[1] ?? "", "formatCode") ?? "");
  }
  const xfs = CELL_XFS.exec(xml)?.[1] ?? "";
  const result: boolean[] = [];
  for (const m of xfs.matchAll(XF)) {
    const id = Number(attr(m[1] ?? "", "numFmtId") ?? 0);
    const code = customFormats.get(id);
    result.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));
  }
  return result;
}

function parseSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(SHARED_ITEM)) out.push(m[1] ? runsText(m[1]) : "");
  return out;
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

export function openWorkbook(bytes: Uint8Array): Workbook {
  const entries = readZipDirectory(bytes);
  const lowerCase = new Map<string, ZipEntry>();
  for (const e of entries.values()) lowerCase.set(e.name.toLowerCase(), e);
  const find = (path: string) => entries.get(path) ?? lowerCase.get(path.toLowerCase());
  const decoder = new TextDecoder();
  const text = (path: string | undefined): string | null => {
    const e = path === undefined ? undefined : find(path);
    return e ? decoder.decode(readEntry(bytes, e)) : null;
  };

  const rootRels = parseRels(text("_rels/.rels"), "");
  const workbookPath = relOfType(rootRels, "/officeDocument") ?? "xl/workbook.xml";
  const workbookXml = text(workbookPath);
  if (workbookXml === null) throw new SpreadsheetError("corrupt");
  const baseDir = dirname(workbookPath);
  const relsPath = `${baseDir}_rels/${workbookPath.slice(baseDir.length)}.rels`;
  const rels = parseRels(text(relsPath), baseDir);

  const sheets: WorkbookSheet[] = [];
  for (const m of workbookXml.matchAll(SHEET)) {
    const a = m[1] ?? "";
    const rel = rels.get(attr(a, "[\\w.-]+:id") ?? "");
    // Chart sheets and dialog sheets carry no cell data.
    if (rel && !rel.type.endsWith("/worksheet")) continue;
    const entry = find(rel?.target ?? `${baseDir}worksheets/sheet${sheets.length + 1}.xml`);
    if (!entry) continue;
    const state = attr(a, "state");
    sheets.push({ name: attr(a, "name") ?? "", hidden: state === "hidden" || state === "veryHidden", entry });
  }

  const pr = WORKBOOK_PR.exec(workbookXml)?.[1] ?? "";
  const date1904 = ["1", "true"].includes(attr(pr, "date1904") ?? "");
  const sharedPath = relOfType(rels, "/sharedStrings") ?? `${baseDir}sharedStrings.xml`;
  const stylesPath = relOfType(rels, "/styles") ?? `${baseDir}styles.xml`;
  return {
    bytes,
    sheets,
    date1904,
    sharedStrings: lazy(() => parseSharedStrings(text(sharedPath))),
    dateStyles: lazy(() => parseDateStyles(text(stylesPath))),
  };
}
