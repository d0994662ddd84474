// The layout of a party document (văn bản của Đảng) per Hướng dẫn 36-HD/VPTW: the header
// table (bodies and number left, "ĐẢNG CỘNG SẢN VIỆT NAM" and place/date right), the title,
// the body, then "Nơi nhận" left and the signer's block right. A4, Times New Roman 14.
import { A4, type Block, type DocxDocument, type Paragraph, bold, cell, italic, para, table } from "./model";

export interface PartyDocumentSpec {
  /** Cơ quan cấp trên, e.g. "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH" ("" for none). */
  superior: string;
  /** Cơ quan ban hành, e.g. "ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ". */
  issuer: string;
  /** Số và ký hiệu, e.g. "120-BC/ĐU". */
  number: string;
  place: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** Document kind, e.g. "BÁO CÁO". */
  kind: string;
  /** Trích yếu: the subject line under the kind. */
  subject: string;
  body: Block[];
  signer: { authority: string; title: string; name: string };
  recipients: string[];
}

/** Margins of 36-HD/VPTW (top/bottom 20–25, left 30–35, right 15–20 mm): the lower bounds + top 20. */
export const PARTY_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const PARTY_FONT = "Times New Roman";
export const PARTY_SIZE = 14;
/** Text width on A4 with the margins above, mm. */
export const PARTY_TEXT_WIDTH = A4.width - PARTY_MARGINS.left - PARTY_MARGINS.right;

/** "Trà Vinh, ngày 05 tháng 02 năm 2026": days below 10 and months below 3 take a leading zero. */
export function placeAndDate(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m < 3 ? `0${m}` : String(m);
  return `${place.trim()}, ngày ${dd} tháng ${mm} năm ${y}`;
}

/** "Số 120-BC/ĐU" (a number already starting with "Số" is kept as is). */
export function numberLine(n: string): string {
  const t = n.trim();
  return /^số\s/iu.test(t) ? t : `Số ${t}`;
}

const centered = (runs: Parameters<typeof para>[0], extra: Omit<Paragraph, "kind" | "runs"> = {}) =>
  para(runs, { align: "center", ...extra });

/** The header table: two borderless columns. */
export function partyHeader(spec: PartyDocumentSpec): Block {
  const left = [
    ...(spec.superior.trim() ? [centered(spec.superior.toUpperCase())] : []),
    centered(bold(spec.issuer.toUpperCase())),
    centered("*"),
    centered(numberLine(spec.number)),
  ];
  const right = [
    centered(bold("ĐẢNG CỘNG SẢN VIỆT NAM", { underline: true, size: 15 })),
    centered(""),
    centered(italic(placeAndDate(spec.place, spec.date))),
  ];
  return table(
    [86, PARTY_TEXT_WIDTH - 86],
    [{ cells: [cell(left, { vAlign: "top" }), cell(right, { vAlign: "top" })] }],
    false,
  );
}

/** Title block: the kind in bold 16, the subject in bold 14, a short rule. */
export function partyTitle(spec: PartyDocumentSpec): Block[] {
  return [
    centered(bold(spec.kind.toUpperCase(), { size: 16 }), { before: 18, keepNext: true }),
    centered(bold(spec.subject), { keepNext: true }),
    centered("-----", { after: 12 }),
  ];
}

/** "Nơi nhận" (left, 12 pt) beside the signer's block (right, bold). */
export function partyFooter(spec: PartyDocumentSpec): Block {
  const recipients: Paragraph[] = [
    para(bold("Nơi nhận:", { italic: true, size: 12, underline: true })),
    ...spec.recipients.map((r, i) =>
      para(`- ${r.trim().replace(/[.,;]$/, "")}${i === spec.recipients.length - 1 ? "." : ","}`),
    ),
  ].map((p, i) => (i === 0 ? p : { ...p, runs: p.runs.map((r) => ({ ...r, size: 12 })) }));
  const signer = [
    centered(bold(spec.signer.authority.toUpperCase())),
    centered(bold(spec.signer.title.toUpperCase())),
    centered("", { after: 48 }),
    centered(bold(spec.signer.name)),
  ];
  return table(
    [PARTY_TEXT_WIDTH - 80, 80],
    [{ cells: [cell(recipients), cell(signer)], cantSplit: true }],
    false,
  );
}

/** The signer's block never stands alone on a page: the last body paragraph keeps with it. */
function withClosingKept(body: Block[]): Block[] {
  const last = body[body.length - 1];
  return last?.kind === "p" ? [...body.slice(0, -1), { ...last, keepNext: true }] : body;
}

/** The whole document, ready for toDocx(). */
export function partyDocument(spec: PartyDocumentSpec): DocxDocument {
  return {
    title: `${spec.kind} ${spec.subject}`,
    author: spec.issuer,
    lang: "vi-VN",
    font: PARTY_FONT,
    size: PARTY_SIZE,
    page: { ...A4, margins: { ...PARTY_MARGINS }, pageNumbers: true },
    blocks: [
      partyHeader(spec),
      ...partyTitle(spec),
      ...withClosingKept(spec.body),
      para("", { after: 6, keepNext: true }),
      partyFooter(spec),
    ],
  };
}
