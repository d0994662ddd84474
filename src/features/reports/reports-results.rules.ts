// The generated parts of the report's "results" section, from the figures: plans (sentences and a
// table by unit), notebook and meetings, the year-end evaluation (sentences and a table by level),
// and the models, commendations and conferences.
import { LEVELS as COMMEND_LEVELS, LEVEL_LABEL as COMMEND_LABEL } from "../recognition";
import { LEVELS as EVAL_LEVELS, LEVEL_LABEL as EVAL_LEVEL_LABEL } from "../evaluations";
import type { Figures, Grp, Triple } from "./reports-figures.rules";
import type { ContentItem } from "./reports-content.rules";
import type { Focus } from "./reports.inputs";
import type { FiguresView } from "./reports.service";
import { formatIsoDate, formatNumber, formatPercent } from "../../ui/format";

const n = (v: number) => formatNumber(v, 0);
/** "100 %" with a no-break space, so the sign never wraps away from its number. */
const pct = (part: number, whole: number) => formatPercent(part, whole).replace(" %", "\u00a0%");
const v = (t: Triple | undefined, g: Grp) => t?.[g] ?? 0;
const grpOf = (f: Focus): Grp => (f === "all" ? "all" : f);

/** The group a focused report speaks of, or null for both. */
const focusGroup = (f: Focus): Exclude<Grp, "all"> | null => (f === "all" ? null : f);
const GROUP_NAME = {
  exemplar: "nhóm 1 (làm gương mẫu mực)",
  follower: "nhóm 2 (tích cực làm theo)",
} as const;

export function planParagraphs(f: Figures, focus: Focus): ContentItem[] {
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
  const g = grpOf(focus);
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

export function notebookParagraphs(f: Figures, focus: Focus): ContentItem[] {
  const g = grpOf(focus);
  const members = v(f.members, g);
  const out: ContentItem[] = [];
  const mid = v(f.notebook_midyear, g);
  const annual = v(f.notebook_annual, g);
  const compliant = v(f.notebook_compliant, g);
  if (mid || annual || compliant) {
    out.push({
      kind: "para",
      text: `Số đảng viên đã tự kiểm điểm 6 tháng trong sổ tay: ${n(mid)}/${n(members)} (${pct(mid, members)}); tự kiểm điểm cuối năm: ${n(annual)}/${n(members)} (${pct(annual, members)}). Số đảng viên ghi sổ tay đủ số lần theo yêu cầu (ít nhất 3 lần/năm): ${n(compliant)}/${n(members)}, đạt ${pct(compliant, members)}.`,
    });
  } else {
    out.push({ kind: "para", text: "Chưa có đảng viên nộp bản tự kiểm điểm trong sổ tay của năm." });
  }
  const regular = v(f.meetings_regular, "all");
  const thematic = v(f.meetings_thematic, "all");
  const praise = v(f.meetings_praise, g);
  const criticism = v(f.meetings_criticism, g);
  if (regular || thematic || praise || criticism) {
    out.push({
      kind: "para",
      text: `Các chi bộ tổ chức ${n(regular)} buổi sinh hoạt thường kỳ và ${n(thematic)} buổi sinh hoạt chuyên đề; qua sinh hoạt đã biểu dương ${n(praise)} lượt và phê bình ${n(criticism)} lượt đảng viên trong việc thực hiện kế hoạch làm theo.`,
    });
  }
  const reports = v(f.meetings_report, g);
  if (reports)
    out.push({
      kind: "para",
      text: `Tổ chức để đảng viên báo cáo việc thực hiện kế hoạch trước chi bộ theo lịch luân phiên: ${n(reports)} lượt đảng viên đã báo cáo (${pct(reports, members)} số đảng viên).`,
    });
  const expected = v(f.meetings_expected, "all");
  if (expected) {
    const present = v(f.meetings_present, "all");
    out.push({
      kind: "para",
      text: `Đảng viên dự sinh hoạt chi bộ: ${n(present)}/${n(expected)} lượt được triệu tập, đạt ${pct(present, expected)}.`,
    });
  }
  return out;
}

export function evaluationContent(view: FiguresView, focus: Focus): ContentItem[] {
  const g = grpOf(focus);
  const f = view.figures;
  const counts = EVAL_LEVELS.map((l) => v(f[`eval_${l}`], g));
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return [{ kind: "para", text: "Chưa có kết quả đánh giá, xếp loại đảng viên của năm." }];
  const parts = EVAL_LEVELS.map(
    (l, i) => `${EVAL_LEVEL_LABEL[l].toLowerCase()}: ${n(counts[i]!)} (${pct(counts[i]!, total)})`,
  );
  const out: ContentItem[] = [
    { kind: "para", text: `Kết quả đánh giá, xếp loại ${n(total)} đảng viên: ${parts.join("; ")}.` },
    ...decisionParagraph(view),
  ];
  const rows = (["exemplar", "follower"] as const)
    .filter((x) => focus === "all" || focus === x)
    .map((x) => {
      const c = EVAL_LEVELS.map((l) => v(f[`eval_${l}`], x));
      const t = c.reduce((a, b) => a + b, 0);
      return [x === "exemplar" ? "Nhóm 1" : "Nhóm 2", n(t), ...c.flatMap((k) => [n(k), pct(k, t)])];
    });
  out.push({
    kind: "table",
    head: ["Nhóm", "Số được đánh giá", "Xuất sắc", "%", "Tốt", "%", "Hoàn thành", "%", "Không HT", "%"],
    widths: [22, 22, 16, 15, 16, 15, 16, 15, 14, 14],
    align: ["left", "right", "right", "right", "right", "right", "right", "right", "right", "right"],
    rows,
    ...(focus === "all"
      ? { total: ["Tổng cộng", n(total), ...counts.flatMap((k) => [n(k), pct(k, total)])] }
      : {}),
  });
  return out;
}

export function exemplarParagraphs(f: Figures): ContentItem[] {
  const a = (k: string) => v(f[k], "all");
  const out: ContentItem[] = [];
  if (a("models_total") || a("models_stopped")) {
    out.push({
      kind: "para",
      text: `Trong năm có ${n(a("models_total"))} mô hình học tập và làm theo (xây dựng mới ${n(a("models_new"))}, duy trì, nâng chất ${n(a("models_maintained"))}, nhân rộng ${n(a("models_replicated"))}), trong đó ${n(a("models_exemplary"))} mô hình điển hình, tiêu biểu${a("models_stopped") ? `; ${n(a("models_stopped"))} mô hình ngừng thực hiện` : ""}.`,
    });
  }
  const commend = COMMEND_LEVELS.map(
    (l) => [l, a(`commend_${l}_collective`), a(`commend_${l}_individual`)] as const,
  ).filter(([, c, i]) => c || i);
  if (commend.length) {
    out.push({
      kind: "para",
      text: `Khen thưởng, biểu dương: ${commend.map(([l, c, i]) => `${COMMEND_LABEL[l].toLowerCase()} ${n(c)} tập thể, ${n(i)} cá nhân`).join("; ")}.`,
    });
  }
  const online = a("conf_online_count");
  const inPerson = a("conf_in_person_count");
  if (online || inPerson) {
    const parts: string[] = [];
    if (online)
      parts.push(
        `${n(online)} hội nghị trực tuyến với ${n(a("conf_online_sites"))} điểm cầu, ${n(a("conf_online_participants"))} lượt người dự`,
      );
    if (inPerson)
      parts.push(
        `${n(inPerson)} hội nghị trực tiếp với ${n(a("conf_in_person_participants"))} lượt người dự`,
      );
    out.push({ kind: "para", text: `Tổ chức ${parts.join("; ")}.` });
  }
  if (!out.length)
    out.push({ kind: "para", text: "Chưa có số liệu mô hình, điển hình, khen thưởng và hội nghị của năm." });
  return out;
}

/** "Kết quả xếp loại được công nhận tại Quyết định số 125-QĐ/ĐU ngày 25/12/2026 (40 đảng viên)…" */
function decisionParagraph(view: FiguresView): ContentItem[] {
  const list = view.decisions ?? [];
  if (!list.length) return [];
  const one = (d: (typeof list)[number]) =>
    `Quyết định số ${d.number}${d.date ? ` ngày ${formatIsoDate(d.date)}` : ""} (${n(d.count)} đảng viên)`;
  return [{ kind: "para", text: `Kết quả xếp loại được công nhận tại ${list.map(one).join("; ")}.` }];
}
