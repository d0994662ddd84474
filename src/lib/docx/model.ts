// The document model of the DOCX writer: paragraphs of runs and simple tables, enough for
// administrative documents (party reports). Lengths are in millimetres, font sizes in points.

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; defaults to the document size. */
  size?: number;
}

export type Align = "left" | "center" | "right" | "both";

export interface Paragraph {
  kind: "p";
  runs: Run[];
  align?: Align;
  /** First-line indent, mm. */
  firstLine?: number;
  /** Left indent, mm. */
  indent?: number;
  /** Space before / after, points. */
  before?: number;
  after?: number;
  /** Line spacing as a multiple (1 = single). */
  line?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

export interface Cell {
  blocks: Paragraph[];
  /** Columns this cell spans. */
  span?: number;
  /** Background as RRGGBB. */
  shade?: string;
  vAlign?: "top" | "center" | "bottom";
}

export interface Row {
  cells: Cell[];
  /** Repeated at the top of each page. */
  header?: boolean;
  cantSplit?: boolean;
}

export interface Table {
  kind: "table";
  /** Column widths, mm. */
  widths: number[];
  rows: Row[];
  borders: boolean;
}

export type Block = Paragraph | Table;

export interface PageSetup {
  /** mm */
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Page number centred in the header from the second page on (official documents). */
  pageNumbers?: boolean;
  /** Landscape: `width` is then the long side (Word also needs the orientation said). */
  landscape?: boolean;
  /** A double rule around the page (certificates). */
  border?: boolean;
}

export interface DocxDocument {
  title?: string;
  author?: string;
  /** Language tag of the text, e.g. "vi-VN". */
  lang?: string;
  font: string;
  /** Points. */
  size: number;
  page: PageSetup;
  blocks: Block[];
}

/** A4 portrait, mm. */
export const A4 = { width: 210, height: 297 } as const;
/** A4 landscape, mm. */
export const A4_LANDSCAPE = { width: 297, height: 210, landscape: true } as const;

/** A paragraph from text or runs. */
export function para(content: string | Run | Run[], opts: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph {
  const runs =
    typeof content === "string" ? [{ text: content }] : Array.isArray(content) ? content : [content];
  return { kind: "p", runs, ...opts };
}

export const bold = (text: string, extra: Omit<Run, "text"> = {}): Run => ({ text, bold: true, ...extra });
export const italic = (text: string, extra: Omit<Run, "text"> = {}): Run => ({
  text,
  italic: true,
  ...extra,
});

export function table(widths: number[], rows: Row[], borders = true): Table {
  return { kind: "table", widths, rows, borders };
}

/** A cell holding one paragraph (or several). */
export function cell(content: Paragraph | Paragraph[] | string, opts: Omit<Cell, "blocks"> = {}): Cell {
  const blocks = typeof content === "string" ? [para(content)] : Array.isArray(content) ? content : [content];
  return { blocks, ...opts };
}
