// The catalogue of reported figures: one line per figure, naming the roll-up counter it reads
// (metric names are those the owning features bump) or how it derives from other figures.
// Adding a figure to every report, export and drill-down is adding one line here.
import { LEVELS as EVAL_LEVELS, LEVEL_LABEL as EVAL_LEVEL_LABEL } from "../evaluations";
import { MEMBERS_METRIC } from "../members";
import { ENTRY_KIND_LABEL } from "../notebook";
import { PLAN_STATUS_LABEL } from "../plans";
import {
  EXEMPLARY_METRIC,
  LEVELS,
  LEVEL_LABEL,
  type Level,
  MODEL_STATUSES,
  MODES,
  MODE_LABEL,
  STATUS_LABEL,
  commendationMetric,
  conferenceMetric,
  modelMetric,
} from "../recognition";
import { type FigureDef, type Figures, type Triple, minus, sum } from "./reports-figures.rules";

const plans: FigureDef[] = [
  {
    key: "members",
    label: "Số đảng viên",
    section: "plans",
    metric: MEMBERS_METRIC,
    grouped: true,
    people: { from: "members" },
  },
  {
    key: "registered",
    label: "Đã đăng ký, nộp kế hoạch",
    section: "plans",
    metric: "plan.registered",
    of: "members",
    grouped: true,
    people: { from: "plans", flag: "registered" },
  },
  {
    key: "confirmed",
    label: "Kế hoạch được chi bộ xác nhận",
    section: "plans",
    metric: "plan.confirmed",
    of: "members",
    grouped: true,
    people: { from: "plans", status: "confirmed" },
  },
  {
    key: "submitted",
    label: "Đã nộp, chờ xác nhận",
    section: "plans",
    metric: "plan.submitted",
    grouped: true,
    people: { from: "plans", status: "submitted" },
  },
  {
    key: "returned",
    label: "Trả lại để sửa",
    section: "plans",
    metric: "plan.returned",
    grouped: true,
    people: { from: "plans", status: "returned" },
  },
  {
    key: "draft",
    label: "Đang soạn (bản nháp)",
    section: "plans",
    metric: "plan.draft",
    grouped: true,
    people: { from: "plans", status: "draft" },
  },
  {
    key: "not_started",
    label: "Chưa lập kế hoạch",
    section: "plans",
    derive: (f) => minus(f.members, f.draft, f.submitted, f.returned, f.confirmed),
    of: "members",
    grouped: true,
    people: { from: "no_plan" },
  },
  {
    key: "late",
    label: "Nộp sau hạn",
    section: "plans",
    metric: "plan.late",
    grouped: true,
    people: { from: "plans", flag: "late" },
  },
  {
    key: "leaders_late",
    label: "Nhóm 2 nộp khi nhóm 1 chưa nộp xong",
    section: "plans",
    metric: "plan.leaders_late",
    grouped: true,
    people: { from: "plans", flag: "leaders_late" },
  },
];

const nb = (kind: string, label: string, extra: Partial<FigureDef> = {}): FigureDef => ({
  key: `notebook_${kind}`,
  label,
  section: "notebook",
  metric: `notebook.${kind}`,
  of: "members",
  grouped: true,
  people: { from: "notebook", kind },
  ...extra,
});

const notebook: FigureDef[] = [
  nb("q1", "Đã nộp kiểm điểm quý I", { hideZero: true }),
  nb("midyear", "Đã nộp kiểm điểm 6 tháng"),
  nb("q3", "Đã nộp kiểm điểm quý III", { hideZero: true }),
  nb("annual", "Đã nộp kiểm điểm cuối năm"),
  nb("compliant", "Ghi sổ tay đủ số lần theo yêu cầu", { people: { from: "notebook", kind: "annual" } }),
  nb("late", "Kiểm điểm nộp sau thời hạn", {
    of: undefined,
    people: { from: "notebook", kind: "", late: true },
  }),
  {
    key: "meetings_regular",
    label: "Sinh hoạt chi bộ thường kỳ (buổi)",
    section: "notebook",
    metric: "meetings.regular",
    grouped: false,
  },
  {
    key: "meetings_thematic",
    label: "Sinh hoạt chuyên đề (buổi)",
    section: "notebook",
    metric: "meetings.thematic",
    grouped: false,
  },
  {
    key: "meetings_report",
    label: "Lượt đảng viên báo cáo việc thực hiện kế hoạch trước chi bộ",
    section: "notebook",
    metric: "meetings.report",
    of: "members",
    grouped: true,
  },
  {
    key: "meetings_expected",
    label: "Lượt đảng viên được triệu tập sinh hoạt",
    section: "notebook",
    metric: "meetings.expected",
    grouped: false,
  },
  {
    key: "meetings_present",
    label: "Lượt đảng viên dự sinh hoạt (tỷ lệ dự họp)",
    section: "notebook",
    metric: "meetings.present",
    of: "meetings_expected",
    grouped: false,
  },
  {
    key: "meetings_praise",
    label: "Lượt đảng viên được biểu dương",
    section: "notebook",
    metric: "meetings.praise",
    grouped: true,
  },
  {
    key: "meetings_criticism",
    label: "Lượt đảng viên bị phê bình",
    section: "notebook",
    metric: "meetings.criticism",
    grouped: true,
  },
];

/** The committee's decided level, counted by the evaluations feature. */
export const evalMetric = (level: string) => `eval.level.${level}`;

const evaluation: FigureDef[] = EVAL_LEVELS.map((l) => ({
  key: `eval_${l}`,
  label: EVAL_LEVEL_LABEL[l],
  section: "evaluation",
  metric: evalMetric(l),
  of: "members",
  grouped: true,
  people: { from: "evaluations", level: l },
}));

const exemplars: FigureDef[] = [
  ...MODEL_STATUSES.map(
    (s): FigureDef => ({
      key: `models_${s}`,
      label: `Mô hình: ${STATUS_LABEL[s].toLowerCase()}`,
      section: "exemplars",
      metric: modelMetric(s),
      grouped: false,
    }),
  ),
  {
    key: "models_total",
    label: "Tổng số mô hình (mới, duy trì, nhân rộng)",
    section: "exemplars",
    derive: (f) => sum(f.models_new, f.models_maintained, f.models_replicated),
    grouped: false,
  },
  {
    key: "models_exemplary",
    label: "Mô hình điển hình, tiêu biểu",
    section: "exemplars",
    metric: EXEMPLARY_METRIC,
    grouped: false,
  },
  ...LEVELS.flatMap((l: Level): FigureDef[] => [
    {
      key: `commend_${l}_collective`,
      label: `Khen thưởng ${LEVEL_LABEL[l].toLowerCase()}: tập thể`,
      section: "exemplars",
      metric: commendationMetric(l, "collective"),
      grouped: false,
    },
    {
      key: `commend_${l}_individual`,
      label: `Khen thưởng ${LEVEL_LABEL[l].toLowerCase()}: cá nhân`,
      section: "exemplars",
      metric: commendationMetric(l, "individual"),
      grouped: false,
    },
  ]),
  ...MODES.flatMap((m): FigureDef[] => [
    {
      key: `conf_${m}_count`,
      label: `Hội nghị ${MODE_LABEL[m].toLowerCase()}`,
      section: "exemplars",
      metric: conferenceMetric(m, "count"),
      grouped: false,
    },
    {
      key: `conf_${m}_sites`,
      label: `Hội nghị ${MODE_LABEL[m].toLowerCase()}: số điểm cầu`,
      section: "exemplars",
      metric: conferenceMetric(m, "sites"),
      grouped: false,
    },
    {
      key: `conf_${m}_participants`,
      label: `Hội nghị ${MODE_LABEL[m].toLowerCase()}: lượt người dự`,
      section: "exemplars",
      metric: conferenceMetric(m, "participants"),
      grouped: false,
    },
  ]),
];

export const FIGURES: FigureDef[] = [...plans, ...notebook, ...evaluation, ...exemplars];
export const FIGURE_KEYS = FIGURES.map((f) => f.key);
export const FIGURE_BY_KEY = new Map(FIGURES.map((f) => [f.key, f]));
/** Every counter metric the catalogue reads. */
export const CATALOGUE_METRICS = FIGURES.flatMap((f) => (f.metric ? [f.metric] : []));

const ZERO: Triple = { exemplar: 0, follower: 0, all: 0 };

/**
 * The figures of one unit from its counters (metric → group → value), derived ones computed
 * in catalogue order. `all` is the stored total, or the sum of the groups when not stored.
 */
export function computeFigures(counters: Record<string, Triple> | undefined): Figures {
  const out: Figures = {};
  for (const f of FIGURES) {
    if (f.metric) {
      const c = counters?.[f.metric];
      out[f.key] = c
        ? { exemplar: c.exemplar, follower: c.follower, all: c.all || c.exemplar + c.follower }
        : { ...ZERO };
    } else if (f.derive) out[f.key] = f.derive(out);
  }
  return out;
}

/** What the "status" of a person row means for the figure it comes from. */
export function personStatusLabel(def: FigureDef, status: string | null): string {
  if (!status) return def.people?.from === "no_plan" ? PLAN_STATUS_LABEL.not_started : "";
  const from = def.people?.from;
  const table: Record<string, string> =
    from === "plans"
      ? PLAN_STATUS_LABEL
      : from === "notebook"
        ? ENTRY_KIND_LABEL
        : from === "evaluations"
          ? EVAL_LEVEL_LABEL
          : {};
  return table[status] ?? status;
}
