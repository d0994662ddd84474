// The body of the party-format report as neutral content (headings, paragraphs, tables):
// generated sentences and tables from the figures, interleaved with the committee's narrative.
// Rendered twice from the same content: DOCX (reports.docx.ts) and print HTML (views/).
import { formatNumber, formatPercent } from "../../ui/format";
import type { Figures, Grp, Triple } from "./reports.catalogue";
import type { Focus, SectionKey } from "./reports.inputs";
import type { DocumentOut } from "./reports.outputs";
import type { FiguresView } from "./reports.service";
import { exemplarParagraphs, notebookParagraphs, evaluationContent } from "./reports.content-more";

export type Align = "left" | "center" | "right";
export type ContentItem =
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "para"; text: string }
  | { kind: "table"; head: string[]; widths: number[]; align: Align[]; rows: string[][]; total?: string[] };

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];
export const n = (v: number) => formatNumber(v, 0);
/** "100 %" with a no-break space, so the sign never wraps away from its number. */
export const pct = (part: number, whole: number) => formatPercent(part, whole).replace(" %", "\u00a0%");

/** Narrative text → paragraphs (one per non-empty line). */
export function paragraphs(text: string | undefined): ContentItem[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ kind: "para" as const, text: l }));
}

/** The group a focused report speaks of, or null for both. */
export const focusGroup = (f: Focus): Exclude<Grp, "all"> | null => (f === "all" ? null : f);
const GROUP_NAME = {
  exemplar: "nhóm 1 (làm gương mẫu mực)",
  follower: "nhóm 2 (tích cực làm theo)",
} as const;

function v(t: Triple | undefined, g: Grp): number {
  return t?.[g] ?? 0;
}

function planParagraphs(f: Figures, focus: Focus): ContentItem[] {
  const g = focusGroup(focus);
  const out: ContentItem[] = [];
  const members = f.members;
  if (g) {
    out.push({
      kind: "para",
      text: `Tổng số đảng viên thuộc ${GROUP_NAME[g]}: ${n(v(members, g))} đồng chí.`,
    });
  } else {
    out.push({
      kind: "para",
      text: `Tổng số đảng viên: ${n(v(members, "all"))} đồng chí; trong đó ${GROUP_NAME.exemplar}: ${n(v(members, "exemplar"))} đồng chí, ${GROUP_NAME.follower}: ${n(v(members, "follower"))} đồng chí.`,
    });
  }
  const gg: Grp = g ?? "all";
  const reg = v(f.registered, gg);
  const conf = v(f.confirmed, gg);
  const tot = v(members, gg);
  let text = `Số đảng viên đã đăng ký, xây dựng kế hoạch cá nhân: ${n(reg)}/${n(tot)} đồng chí, đạt ${pct(reg, tot)}`;
  if (!g)
    text += `; trong đó nhóm 1: ${n(v(f.registered, "exemplar"))}/${n(v(members, "exemplar"))} (${pct(v(f.registered, "exemplar"), v(members, "exemplar"))}), nhóm 2: ${n(v(f.registered, "follower"))}/${n(v(members, "follower"))} (${pct(v(f.registered, "follower"), v(members, "follower"))})`;
  text += `. Số kế hoạch được chi bộ xác nhận: ${n(conf)}/${n(tot)}, đạt ${pct(conf, tot)}.`;
  out.push({ kind: "para", text });
  const late = v(f.late, gg);
  const returned = v(f.returned, gg);
  const notStarted = v(f.not_started, gg);
  const notes: string[] = [];
  if (returned) notes.push(`${n(returned)} kế hoạch đang được trả lại để hoàn thiện`);
  if (notStarted) notes.push(`${n(notStarted)} đồng chí chưa lập kế hoạch`);
  const lateText = late ? `Có ${n(late)} kế hoạch nộp sau thời hạn.` : "";
  const rest = notes.length ? `Còn ${notes.join("; ")}.` : "";
  if (lateText || rest) out.push({ kind: "para", text: [lateText, rest].filter(Boolean).join(" ") });
  if (focus !== "exemplar") {
    const leadersLate = v(f.leaders_late, "all");
    if (leadersLate > 0)
      out.push({
        kind: "para",
        text: `Có ${n(leadersLate)} trường hợp đảng viên nhóm 2 nộp kế hoạch khi đảng viên nhóm 1 của chi bộ chưa nộp xong; cần chấn chỉnh để bảo đảm “trên trước, dưới sau”.`,
      });
    else if (v(f.registered, "exemplar") > 0)
      out.push({
        kind: "para",
        text: "Việc đăng ký bảo đảm tinh thần “trên trước, dưới sau”: đảng viên nhóm 1 đăng ký, xây dựng kế hoạch trước, làm gương cho đảng viên nhóm 2.",
      });
  }
  return out;
}

/** The table "by unit" of registration and confirmation (with a total row). */
export function planTable(view: FiguresView, focus: Focus): ContentItem | null {
  if (view.children.length === 0) return null;
  const g: Grp = focusGroup(focus) ?? "all";
  const row = (name: string, f: Figures) => {
    const m = v(f.members, g);
    return [
      name,
      n(m),
      n(v(f.registered, g)),
      pct(v(f.registered, g), m),
      n(v(f.confirmed, g)),
      pct(v(f.confirmed, g), m),
    ];
  };
  const body = view.children.map((c, i) => [String(i + 1), ...row(c.unit.name, c.figures)]);
  return {
    kind: "table",
    head: ["TT", "Tổ chức đảng", "Số đảng viên", "Đã đăng ký", "Tỷ lệ", "Đã xác nhận", "Tỷ lệ"],
    widths: [10, 57, 20, 20, 19, 20, 19],
    align: ["center", "left", "right", "right", "right", "right", "right"],
    rows: body,
    total: ["", ...row("Tổng cộng", view.figures)],
  };
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
