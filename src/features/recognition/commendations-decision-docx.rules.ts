// The decision (party format, 36-HD/VPTW, with the recipients as an annex) and the certificates
// (giấy khen, one A4 landscape page each), laid out with the shared DOCX writer. Pure.
import * as docx from "../../lib/docx";
import type { Block, DocxDocument, Paragraph, Run } from "../../lib/docx";
import { formatIsoDate } from "../../ui/format";
import type { DecisionFields } from "./commendations-decision.inputs";
import {
  type DecisionData,
  type Recipient,
  achievementOf,
  annexNote,
  article1,
  subjectLine,
} from "./commendations-decision.rules";

const { bold, cell, italic, para, table } = docx;

const BODY = { align: "both" as const, firstLine: 10, before: 6, line: 1.1 };
const centered = (runs: Run | Run[] | string, extra: Omit<Paragraph, "kind" | "runs"> = {}) =>
  para(runs, { align: "center", ...extra });
/** "Căn cứ …;" lines: each ends with ";", the last with ",". */
const basis = (s: string, last: boolean) => `- ${s.replace(/[.,;:]+$/, "")}${last ? "," : ";"}`;

function article(n: number, text: string | string[]): Paragraph[] {
  const [first = "", ...more] = Array.isArray(text) ? text : [text];
  return [para([bold(`Điều ${n}. `), { text: first }], BODY), ...more.map((t) => para(t, BODY))];
}

const ANNEX_SIZE = 12;
function annex(data: DecisionData, f: DecisionFields): Block[] {
  const w = [12, 50, 50, docx.PARTY_TEXT_WIDTH - 112];
  const text = (s: string, align: Paragraph["align"] = "left") =>
    cell(para({ text: s, size: ANNEX_SIZE }, { align }), { vAlign: "center" });
  const head = ["STT", "Họ và tên", "Chức vụ, đơn vị", "Thành tích"].map((h) =>
    cell(centered(bold(h, { size: ANNEX_SIZE })), { shade: "EDEDED", vAlign: "center" }),
  );
  const kinds = new Set(data.recipients.map((r) => r.kind));
  const rows = (["collective", "individual"] as const).flatMap((kind, k) => {
    const of = data.recipients.filter((r) => r.kind === kind);
    if (!of.length) return [];
    const title = `${kinds.size === 2 ? (k === 0 ? "I. " : "II. ") : ""}${kind === "collective" ? "TẬP THỂ" : "CÁ NHÂN"}`;
    return [
      { cells: [cell(para(bold(title, { size: ANNEX_SIZE })), { span: 4 })] },
      ...of.map((r, i) => ({
        cells: [
          text(String(i + 1), "center"),
          text(r.name),
          text(r.role),
          text(achievementOf(r, f.achievement)),
        ],
      })),
    ];
  });
  return [
    centered(bold("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"), { pageBreakBefore: true }),
    centered(italic(annexNote(data, f.issuer))),
    centered("-----", { after: 6 }),
    table(w, [{ header: true, cells: head }, ...rows]),
  ];
}

/** The decision, its annex included, as a document for docx.toDocx(). */
export function decisionDocument(data: DecisionData, f: DecisionFields): DocxDocument {
  const doc = docx.partyDocument({
    superior: f.superior,
    issuer: f.issuer,
    number: data.decisionNumber,
    place: f.place,
    date: data.decisionDate,
    kind: "Quyết định",
    subject: subjectLine(data.recipients, f.achievement),
    body: [
      centered(bold(f.decider.toUpperCase()), { before: 6, after: 6 }),
      ...f.legalBases.map((b, i) => para(basis(b, i === f.legalBases.length - 1), BODY)),
      centered(bold("QUYẾT ĐỊNH:"), { before: 12, after: 6, keepNext: true }),
      ...article(1, article1(data.recipients, f.achievement)),
      ...article(2, f.article2),
      ...article(3, f.article3),
    ],
    signer: { authority: f.signerAuthority, title: f.signerTitle, name: f.signerName },
    recipients: f.recipients,
  });
  return { ...doc, blocks: [...doc.blocks, ...annex(data, f)] };
}

const CERT_MARGIN = 22;
const CERT_WIDTH = docx.A4_LANDSCAPE.width - 2 * CERT_MARGIN;

/** One certificate: the party's name, the committee, "GIẤY KHEN", whom, why, and the signed block. */
function certificate(data: DecisionData, f: DecisionFields, r: Recipient, first: boolean): Block[] {
  const whom = r.type === "member" ? `Đồng chí ${r.name}` : r.name;
  const signer = [
    centered(italic(docx.placeAndDate(f.place, data.decisionDate))),
    centered(bold(f.signerAuthority.toUpperCase())),
    centered(bold(f.signerTitle.toUpperCase())),
    centered("", { after: 40 }),
    centered(bold(f.signerName)),
  ];
  const left = [
    para(""),
    para(""),
    para(`Quyết định số ${data.decisionNumber}`, { indent: 8 }),
    para(`ngày ${formatIsoDate(data.decisionDate)}`, { indent: 8 }),
  ];
  return [
    centered(bold("ĐẢNG CỘNG SẢN VIỆT NAM", { underline: true }), { pageBreakBefore: !first }),
    ...(f.superior ? [centered(f.superior.toUpperCase(), { before: 4 })] : []),
    centered(bold(f.decider.toUpperCase(), { size: 16 }), { before: 6 }),
    centered(bold("GIẤY KHEN", { size: 40 }), { before: 8, after: 4 }),
    centered(bold(whom, { italic: true, size: 22 }), { before: 4 }),
    centered(r.role, { before: 2 }),
    centered(italic(`Đã có thành tích ${f.achievement}.`, { size: 16 }), { before: 8, line: 1.15 }),
    ...(r.content ? [centered(italic(r.content), { before: 2 })] : []),
    para("", { after: 6, keepNext: true }),
    table([CERT_WIDTH - 120, 120], [{ cells: [cell(left), cell(signer)], cantSplit: true }], false),
  ];
}

/** Every certificate in one file, a page each: A4 landscape with a double rule round the page. */
export function certificatesDocument(data: DecisionData, f: DecisionFields): DocxDocument {
  return {
    title: `Giấy khen theo Quyết định số ${data.decisionNumber}`,
    author: f.issuer,
    lang: "vi-VN",
    font: docx.PARTY_FONT,
    size: 14,
    page: {
      ...docx.A4_LANDSCAPE,
      margins: { top: 18, bottom: 15, left: CERT_MARGIN, right: CERT_MARGIN },
      border: true,
    },
    blocks: data.recipients.flatMap((r, i) => certificate(data, f, r, i === 0)),
  };
}

export const decisionDocx = (data: DecisionData, f: DecisionFields, now: Date) =>
  docx.toDocx(decisionDocument(data, f), now);
export const certificatesDocx = (data: DecisionData, f: DecisionFields, now: Date) =>
  docx.toDocx(certificatesDocument(data, f), now);
