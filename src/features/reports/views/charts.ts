// The dashboard's charts as SVG strings, drawn on the server from the figures view.
import { barChart, stackedBarChart } from "../../../lib/svg";
import { LEVELS as EVAL_LEVELS, LEVEL_LABEL as EVAL_LEVEL_LABEL } from "../../evaluations";
import { type Figures, share } from "../reports-figures.rules";
import type { FiguresView } from "../reports.service";

const PLAN_SERIES = [
  { key: "confirmed", label: "Đã xác nhận", color: "#1e7a46" },
  { key: "submitted", label: "Chờ xác nhận", color: "#2f6fb0" },
  { key: "returned", label: "Trả lại để sửa", color: "#d4a017" },
  { key: "draft", label: "Đang soạn", color: "#8a8f98" },
  { key: "not_started", label: "Chưa lập", color: "#b42318" },
];

const EVAL_COLORS = ["#1e7a46", "#2f6fb0", "#d4a017", "#b42318"];

const planValues = (f: Figures) => Object.fromEntries(PLAN_SERIES.map((s) => [s.key, f[s.key]?.all ?? 0]));

export interface Chart {
  title: string;
  svg: string;
}

/** Plan status per child unit (or per group when the unit has no children). */
export function planStatusChart(v: FiguresView): Chart {
  const rows = v.children.length
    ? v.children.map((c) => ({ label: c.unit.name, values: planValues(c.figures) }))
    : (["exemplar", "follower"] as const).map((g) => ({
        label: g === "exemplar" ? "Nhóm 1" : "Nhóm 2",
        values: Object.fromEntries(PLAN_SERIES.map((s) => [s.key, v.figures[s.key]?.[g] ?? 0])),
      }));
  const title = `Tình hình kế hoạch cá nhân năm ${v.year}`;
  const svg = stackedBarChart({
    id: "chart-plans",
    title,
    desc: v.children.length
      ? "Số đảng viên theo trạng thái kế hoạch, từng đơn vị trực thuộc."
      : "Số đảng viên theo trạng thái kế hoạch, từng nhóm.",
    series: PLAN_SERIES,
    rows,
  });
  return { title, svg };
}

/** Registration rate (%) per child unit. */
export function registrationChart(v: FiguresView): Chart | null {
  if (!v.children.length) return null;
  const title = `Tỷ lệ đảng viên đã đăng ký năm ${v.year}`;
  const svg = barChart({
    id: "chart-registered",
    title,
    desc: "Phần trăm đảng viên đã đăng ký, nộp kế hoạch trên tổng số đảng viên của từng đơn vị trực thuộc.",
    data: v.children.map((c) => ({
      label: c.unit.name,
      value: share(c.figures.registered?.all ?? 0, c.figures.members?.all ?? 0) ?? 0,
    })),
    max: 100,
    suffix: " %",
  });
  return { title, svg };
}

/** Evaluation levels, one bar per group. */
export function evaluationChart(v: FiguresView): Chart | null {
  const total = EVAL_LEVELS.reduce((a, l) => a + (v.figures[`eval_${l}`]?.all ?? 0), 0);
  if (!total) return null;
  const title = `Kết quả xếp loại đảng viên năm ${v.year}`;
  const svg = stackedBarChart({
    id: "chart-eval",
    title,
    desc: "Số đảng viên theo mức xếp loại, từng nhóm.",
    series: EVAL_LEVELS.map((l, i) => ({ key: l, label: EVAL_LEVEL_LABEL[l], color: EVAL_COLORS[i]! })),
    rows: (["exemplar", "follower"] as const).map((g) => ({
      label: g === "exemplar" ? "Nhóm 1" : "Nhóm 2",
      values: Object.fromEntries(EVAL_LEVELS.map((l) => [l, v.figures[`eval_${l}`]?.[g] ?? 0])),
    })),
    percent: true,
  });
  return { title, svg };
}
