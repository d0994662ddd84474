// The body of the party-format report as neutral content (headings, paragraphs, tables):
// generated sentences and tables from the figures (reports-results.rules.ts), interleaved with the
// committee's narrative. Rendered twice from the same content: DOCX (reports-docx.rules.ts) and
// print HTML (views/print.tsx).
import type { SectionKey } from "./reports.inputs";
import type { DocumentOut } from "./reports.outputs";
import {
  evaluationContent,
  exemplarParagraphs,
  notebookParagraphs,
  planParagraphs,
  planTable,
} from "./reports-results.rules";
import type { FiguresView } from "./reports.service";

export type Align = "left" | "center" | "right";
export type ContentItem =
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "para"; text: string }
  | { kind: "table"; head: string[]; widths: number[]; align: Align[]; rows: string[][]; total?: string[] };

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];

/** Narrative text → paragraphs (one per non-empty line). */
export function paragraphs(text: string | undefined): ContentItem[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ kind: "para" as const, text: l }));
}

/** The whole body: narrative and generated parts in the order of a party report. */
export function reportContent(doc: DocumentOut, view: FiguresView): ContentItem[] {
  const s = (k: SectionKey) => paragraphs(doc.sections[k]);
  const f = view.figures;
  const out: ContentItem[] = [...s("intro")];
  let roman = 0;
  const heading = (text: string) => out.push({ kind: "heading", text: `${ROMAN[roman++]}. ${text}` });
  if (s("leadership").length) {
    heading("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN");
    out.push(...s("leadership"));
  }
  heading("KẾT QUẢ THỰC HIỆN");
  const parts: [string, ContentItem[]][] = [
    [
      "Kết quả đăng ký, xây dựng và xác nhận kế hoạch cá nhân",
      [...planParagraphs(f, doc.focus), ...[planTable(view, doc.focus)].filter((x): x is ContentItem => !!x)],
    ],
    ["Thực hiện sổ tay làm theo gương Bác", notebookParagraphs(f, doc.focus)],
    ["Kết quả đánh giá, xếp loại", evaluationContent(view, doc.focus)],
    ["Mô hình, điển hình, khen thưởng và hội nghị học tập", exemplarParagraphs(f)],
    ["Một số kết quả nổi bật khác", s("results")],
  ];
  let sub = 0;
  for (const [title, items] of parts) {
    if (!items.length) continue;
    out.push({ kind: "subheading", text: `${++sub}. ${title}` });
    out.push(...items);
  }
  const rest: [SectionKey, string][] = [
    ["assessment", "ĐÁNH GIÁ CHUNG"],
    ["direction", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"],
    ["proposals", "KIẾN NGHỊ, ĐỀ XUẤT"],
  ];
  for (const [k, title] of rest) {
    if (!s(k).length) continue;
    heading(title);
    out.push(...s(k));
  }
  out.push({
    kind: "para",
    text: `Trên đây là báo cáo ${doc.subject.charAt(0).toLowerCase()}${doc.subject.slice(1)} của ${doc.issuerName}./.`,
  });
  return out;
}
