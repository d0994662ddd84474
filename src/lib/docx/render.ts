// WordprocessingML for the model: document.xml body parts. Pure string building, no DOM.
import type { Block, Cell, DocxDocument, Paragraph, Row, Run, Table } from "./model";

export const NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Millimetres → twentieths of a point (the unit of page and table geometry). */
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

// Characters XML 1.0 cannot carry (controls other than tab/newline, lone surrogates, U+FFFE/F).
const INVALID_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content and attribute values, dropping characters XML forbids. */
export function esc(s: string): string {
  return s
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function runXml(r: Run, docSize: number): string {
  const props: string[] = [];
  if (r.bold) props.push("<w:b/><w:bCs/>");
  if (r.italic) props.push("<w:i/><w:iCs/>");
  if (r.size && r.size !== docSize) {
    const half = Math.round(r.size * 2);
    props.push(`<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`);
  }
  // Schema order: b, i, sz, u.
  if (r.underline) props.push('<w:u w:val="single"/>');
  const rPr = props.length ? `<w:rPr>${props.join("")}</w:rPr>` : "";
  // Line breaks inside a run become <w:br/>, tabs <w:tab/>.
  const parts = r.text.split("\n").map((line) =>
    line
      .split("\t")
      .map((t) => (t ? `<w:t xml:space="preserve">${esc(t)}</w:t>` : ""))
      .join("<w:tab/>"),
  );
  return `<w:r>${rPr}${parts.join("<w:br/>")}</w:r>`;
}

export function paragraphXml(p: Paragraph, docSize: number): string {
  const props: string[] = [];
  if (p.keepNext) props.push("<w:keepNext/>");
  if (p.pageBreakBefore) props.push("<w:pageBreakBefore/>");
  const spacing: string[] = [];
  if (p.before !== undefined) spacing.push(`w:before="${Math.round(p.before * 20)}"`);
  if (p.after !== undefined) spacing.push(`w:after="${Math.round(p.after * 20)}"`);
  if (p.line !== undefined) spacing.push(`w:line="${Math.round(p.line * 240)}" w:lineRule="auto"`);
  if (spacing.length) props.push(`<w:spacing ${spacing.join(" ")}/>`);
  if (p.firstLine !== undefined || p.indent !== undefined) {
    const ind: string[] = [];
    if (p.indent !== undefined) ind.push(`w:left="${twips(p.indent)}"`);
    if (p.firstLine !== undefined) ind.push(`w:firstLine="${twips(p.firstLine)}"`);
    props.push(`<w:ind ${ind.join(" ")}/>`);
  }
  if (p.align) props.push(`<w:jc w:val="${p.align}"/>`);
  const pPr = props.length ? `<w:pPr>${props.join("")}</w:pPr>` : "";
  return `<w:p>${pPr}${p.runs.map((r) => runXml(r, docSize)).join("")}</w:p>`;
}

const BORDER = (side: string, on: boolean) =>
  on ? `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>` : `<w:${side} w:val="nil"/>`;

function cellXml(c: Cell, width: number, docSize: number): string {
  const props = [`<w:tcW w:w="${width}" w:type="dxa"/>`];
  if (c.span && c.span > 1) props.push(`<w:gridSpan w:val="${c.span}"/>`);
  if (c.shade) props.push(`<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>`);
  if (c.vAlign) props.push(`<w:vAlign w:val="${c.vAlign}"/>`);
  // A cell must end with a paragraph, even when empty.
  const body = c.blocks.length ? c.blocks.map((b) => paragraphXml(b, docSize)).join("") : "<w:p/>";
  return `<w:tc><w:tcPr>${props.join("")}</w:tcPr>${body}</w:tc>`;
}

function rowXml(r: Row, widths: number[], docSize: number): string {
  const trPr: string[] = [];
  if (r.header) trPr.push("<w:tblHeader/>");
  if (r.cantSplit ?? true) trPr.push("<w:cantSplit/>");
  let col = 0;
  const cells = r.cells.map((c) => {
    const span = c.span ?? 1;
    const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
    col += span;
    return cellXml(c, w, docSize);
  });
  return `<w:tr>${trPr.length ? `<w:trPr>${trPr.join("")}</w:trPr>` : ""}${cells.join("")}</w:tr>`;
}

export function tableXml(t: Table, docSize: number): string {
  const widths = t.widths.map(twips);
  const total = widths.reduce((a, b) => a + b, 0);
  const sides = ["top", "left", "bottom", "right", "insideH", "insideV"];
  const pr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${sides.map((s) => BORDER(s, t.borders)).join("")}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  return `<w:tbl>${pr}${grid}${t.rows.map((r) => rowXml(r, widths, docSize)).join("")}</w:tbl>`;
}

function blockXml(b: Block, docSize: number): string {
  return b.kind === "p" ? paragraphXml(b, docSize) : tableXml(b, docSize);
}

// A double rule 24 pt inside the page's edge, on every side.
const PAGE_BORDERS = `<w:pgBorders w:offsetFrom="page">${["top", "left", "bottom", "right"]
  .map((side) => `<w:${side} w:val="double" w:sz="18" w:space="24" w:color="A50E0E"/>`)
  .join("")}</w:pgBorders>`;

/** word/document.xml: the blocks, then the section (page size, margins, header reference). */
export function documentXml(doc: DocxDocument): string {
  const { page } = doc;
  const m = page.margins;
  // A table may not be the last body element before sectPr in some readers: end with a paragraph.
  const last = doc.blocks[doc.blocks.length - 1];
  // It is made 1 pt high so that it never spills onto a blank last page.
  const tail =
    last && last.kind === "table"
      ? '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
      : "";
  const header = page.pageNumbers ? '<w:headerReference w:type="default" r:id="rIdHeader1"/>' : "";
  const sect =
    `<w:sectPr>${header}<w:pgSz w:w="${twips(page.width)}" w:h="${twips(page.height)}"${page.landscape ? ' w:orient="landscape"' : ""}/>` +
    `<w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" w:left="${twips(m.left)}" w:header="567" w:footer="567" w:gutter="0"/>` +
    (page.border ? PAGE_BORDERS : "") +
    // No number on the first page: titlePg without a "first" header leaves it blank.
    `${page.pageNumbers ? "<w:titlePg/>" : ""}</w:sectPr>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:body>` +
    doc.blocks.map((b) => blockXml(b, doc.size)).join("") +
    tail +
    sect +
    "</w:body></w:document>"
  );
}
