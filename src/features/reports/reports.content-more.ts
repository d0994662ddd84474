// Generated parts of the report body beyond the plans: notebook and meetings, the year-end
// evaluation (sentences and a table by level), and the models, commendations and conferences.
import { LEVELS as COMMEND_LEVELS, LEVEL_LABEL as COMMEND_LABEL } from "../recognition";
import { EVAL_LEVELS, EVAL_LEVEL_LABEL, type Figures, type Grp, type Triple } from "./reports.catalogue";
import type { ContentItem } from "./reports.content";
import type { Focus } from "./reports.inputs";
import type { FiguresView } from "./reports.service";
import { formatNumber, formatPercent } from "../../ui/format";

const n = (v: number) => formatNumber(v, 0);
const pct = (part: number, whole: number) => formatPercent(part, whole).replace(" %", "\u00a0%");
const val = (t: Triple | undefined, g: Grp) => t?.[g] ?? 0;
const grpOf = (f: Focus): Grp => (f === "all" ? "all" : f);

export function notebookParagraphs(f: Figures, focus: Focus): ContentItem[] {
  const g = grpOf(focus);
  const members = val(f.members, g);
  const out: ContentItem[] = [];
  const mid = val(f.notebook_midyear, g);
  const annual = val(f.notebook_annual, g);
  const compliant = val(f.notebook_compliant, g);
  if (mid || annual || compliant) {
    out.push({
      kind: "para",
      text: `Số đảng viên đã tự kiểm điểm 6 tháng trong sổ tay: ${n(mid)}/${n(members)} (${pct(mid, members)}); tự kiểm điểm cuối năm: ${n(annual)}/${n(members)} (${pct(annual, members)}). Số đảng viên ghi sổ tay đủ số lần theo yêu cầu (ít nhất 3 lần/năm): ${n(compliant)}/${n(members)}, đạt ${pct(compliant, members)}.`,
    });
  } else {
    out.push({ kind: "para", text: "Chưa có đảng viên nộp bản tự kiểm điểm trong sổ tay của năm." });
  }
  const regular = val(f.meetings_regular, "all");
  const thematic = val(f.meetings_thematic, "all");
  const praise = val(f.meetings_praise, g);
  const criticism = val(f.meetings_criticism, g);
  if (regular || thematic || praise || criticism) {
    out.push({
      kind: "para",
      text: `Các chi bộ tổ chức ${n(regular)} buổi sinh hoạt thường kỳ và ${n(thematic)} buổi sinh hoạt chuyên đề; qua sinh hoạt đã biểu dương ${n(praise)} lượt và phê bình ${n(criticism)} lượt đảng viên trong việc thực hiện kế hoạch làm theo.`,
    });
  }
  return out;
}

export function evaluationContent(view: FiguresView, focus: Focus): ContentItem[] {
  const g = grpOf(focus);
  const f = view.figures;
  const counts = EVAL_LEVELS.map((l) => val(f[`eval_${l}`], g));
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return [{ kind: "para", text: "Chưa có kết quả đánh giá, xếp loại đảng viên của năm." }];
  const parts = EVAL_LEVELS.map(
    (l, i) => `${EVAL_LEVEL_LABEL[l].toLowerCase()}: ${n(counts[i]!)} (${pct(counts[i]!, total)})`,
  );
  const out: ContentItem[] = [
    { kind: "para", text: `Kết quả đánh giá, xếp loại ${n(total)} đảng viên: ${parts.join("; ")}.` },
  ];
  const rows = (["exemplar", "follower"] as const)
    .filter((x) => focus === "all" || focus === x)
    .map((x) => {
      const c = EVAL_LEVELS.map((l) => val(f[`eval_${l}`], x));
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
  const a = (k: string) => val(f[k], "all");
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
