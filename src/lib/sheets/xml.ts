// Just enough XML handling for SpreadsheetML: escaping on write, entity decoding and text runs on read.
import { detach } from "./util";

const ENTITY = /&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
// Excel stores characters that XML cannot carry as `_xHHHH_` (a literal `_x` is itself escaped as `_x005F_`).
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function fromCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
}

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (_m, hex?: string, dec?: string, name?: string) => {
    if (hex) return fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return fromCodePoint(Number.parseInt(dec, 10));
    return NAMED[name!]!;
  });
}

/** Decodes cell text: XML entities, then Excel's `_xHHHH_` escapes. */
export function decodeCellText(s: string): string {
  const text = decodeEntities(s);
  if (!text.includes("_x")) return detach(text);
  return text.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const TEXT_RUN = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;

/** Text of a `<si>`/`<is>` body: plain `<t>` or rich-text runs concatenated, phonetic hints skipped. */
export function runsText(xml: string): string {
  const body = xml.includes("rPh") ? xml.replace(PHONETIC, "") : xml;
  let out = "";
  for (const m of body.matchAll(TEXT_RUN)) out += m[1] ?? "";
  return decodeCellText(out);
}

const attrPatterns = new Map<string, RegExp>();

/** Value of attribute `name` in a start tag's attribute text, entity-decoded; undefined if absent. */
export function attr(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  if (!m) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? "");
}

// Characters not allowed in XML 1.0, including unpaired surrogates.
const INVALID_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content or a double-quoted attribute, dropping invalid XML characters. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, "")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** Cell text for the writer: also protects literal `_xHHHH_` so Excel does not decode it. */
export function escapeCellText(s: string): string {
  const text = s.includes("_x") ? s.replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1") : s;
  return escapeXml(text);
}
