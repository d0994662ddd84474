// The party-format report as DOCX: the generated content laid into the 36-HD/VPTW layout.
import { type Block, PARTY_TEXT_WIDTH, bold, cell, para, partyDocument, table, toDocx } from "../../lib/docx";
import type { DownloadFile } from "../../platform/downloads";
import { type ContentItem, reportContent } from "./reports-content.rules";
import type { DocumentOut } from "./reports.outputs";
import type { FiguresView } from "./reports.service";

const BODY = { align: "both" as const, firstLine: 10, before: 6, line: 1.1 };
const TABLE_SIZE = 12;

function tableBlock(t: Extract<ContentItem, { kind: "table" }>): Block[] {
  // Scale the widths to the text width so every table spans the page.
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => (w * PARTY_TEXT_WIDTH) / sum);
  const row = (cells: string[], strong: boolean) =>
    cells.map((text, i) =>
      cell(para({ text, bold: strong, size: TABLE_SIZE }, { align: t.align[i] ?? "left" }), {
        vAlign: "center",
      }),
    );
  const head = t.head.map((h) =>
    cell(para(bold(h, { size: TABLE_SIZE }), { align: "center" }), { shade: "EDEDED", vAlign: "center" }),
  );
  const rows = [
    { header: true, cells: head },
    ...t.rows.map((r) => ({ cells: row(r, false) })),
    ...(t.total ? [{ cells: row(t.total, true) }] : []),
  ];
  // A table may break across pages, but never right after its header row or before its last
  // row (the total): those rows keep with the next one. The header repeats on each page.
  const keep = [0, ...(rows.length > 2 ? [rows.length - 2] : [])];
  for (const k of keep) for (const c of rows[k]!.cells) for (const p of c.blocks) p.keepNext = true;
  return [para("", { after: 3, keepNext: true }), table(widths, rows), para("", { after: 3 })];
}

export function contentBlocks(items: ContentItem[]): Block[] {
  return items.flatMap((it): Block[] => {
    switch (it.kind) {
      case "heading":
        return [para(bold(it.text), { ...BODY, before: 9, keepNext: true })];
      case "subheading":
        return [para(bold(it.text), { ...BODY, keepNext: true })];
      case "para":
        return [para(it.text, BODY)];
      default:
        return tableBlock(it);
    }
  });
}

/** The .docx bytes of a saved report with the live figures of its unit and year. */
export function reportDocx(doc: DocumentOut, view: FiguresView, now = new Date()): Uint8Array {
  return toDocx(
    partyDocument({
      superior: doc.superiorName,
      issuer: doc.issuerName,
      number: doc.number,
      place: doc.place,
      date: doc.docDate,
      kind: "Báo cáo",
      subject: doc.subject,
      body: contentBlocks(reportContent(doc, view)),
      signer: { authority: doc.signerAuthority, title: doc.signerTitle, name: doc.signerName },
      recipients: doc.recipients,
    }),
    now,
  );
}

/** The report as a .docx file to download, named by its number, unit and year. */
export const reportFile = (doc: DocumentOut, view: FiguresView): DownloadFile => ({
  body: reportDocx(doc, view),
  kind: "docx",
  name: `${doc.number} ${doc.unitName} ${doc.year}`,
});
