// The rules of the year-end rating, as data with the Vietnamese wording a committee reads:
// the four levels, the 100-point score of QĐ 366-QĐ/TW (2025) and its bands, the hard
// conditions that cap a level, the "xuất sắc ≤ N % of tốt" check, who decides. Pure: no db.
import {
  RATING_LABEL as LEVEL_LABEL,
  RATING_LEVELS as LEVELS,
  type RatingLevel as Level,
} from "../../domain/ratings";
import type { Ctx } from "../../platform/context";
import { type Fact, groupOf } from "../../platform/counter-facts";
import { parseProgress } from "../notebook";

export {
  RATING_LEVELS as LEVELS,
  RATING_LABEL as LEVEL_LABEL,
  isRatingLevel as isLevel,
} from "../../domain/ratings";
export type { RatingLevel as Level } from "../../domain/ratings";

/** 0 is the best level; a cap allows its rank and worse. */
export const rank = (l: Level) => LEVELS.indexOf(l);

export const SCORE_PARTS = {
  general: {
    max: 30,
    label: "Nhóm tiêu chí chung (30 điểm)",
    hint: "Tư tưởng chính trị; đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc; trách nhiệm nêu gương.",
  },
  tasks: {
    max: 70,
    label: "Kết quả thực hiện nhiệm vụ được giao (70 điểm)",
    hint: "Kết quả thực hiện nhiệm vụ được giao trong năm, gồm kết quả thực hiện kế hoạch làm theo đã đăng ký.",
  },
} as const;

/** Score bands of the 100-point scale: the suggested level before the hard conditions. */
export const SCORE_BANDS: { min: number; level: Level; text: string }[] = [
  { min: 90, level: "xuat_sac", text: "Từ 90 điểm trở lên" },
  { min: 70, level: "tot", text: "Từ 70 đến dưới 90 điểm" },
  { min: 50, level: "hoan_thanh", text: "Từ 50 đến dưới 70 điểm" },
  { min: 0, level: "khong_hoan_thanh", text: "Dưới 50 điểm" },
];

export interface HardCondition {
  code: string;
  /** What the cell ticks (or what the evidence shows, for automatic ones). */
  label: string;
  /** The best level allowed when the condition holds. */
  cap: Level;
  note: string;
  /** Derived from the notebook, not ticked by hand. */
  automatic?: boolean;
}

export const HARD_CONDITIONS: HardCondition[] = [
  {
    code: "discipline",
    label: "Bị thi hành kỷ luật trong năm đánh giá",
    cap: "hoan_thanh",
    note: "Đảng viên bị thi hành kỷ luật trong năm thì xếp loại không cao hơn mức “Hoàn thành nhiệm vụ”.",
  },
  {
    code: "degradation",
    label: "Có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”",
    cap: "khong_hoan_thanh",
    note: "Đảng viên có biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa” được xếp loại “Không hoàn thành nhiệm vụ”.",
  },
  {
    code: "job_not_excellent",
    label:
      "Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức trong năm chưa đạt “Hoàn thành xuất sắc nhiệm vụ”",
    cap: "tot",
    note: "Mức “Hoàn thành xuất sắc nhiệm vụ” đòi hỏi nhiệm vụ chuyên môn được đánh giá hoàn thành xuất sắc.",
  },
  {
    code: "plan_not_done",
    label: "Còn nội dung của kế hoạch làm theo chưa thực hiện (theo bản tổng kết năm)",
    cap: "tot",
    note: "Kết quả thực hiện kế hoạch làm theo là tiêu chí đánh giá: mức xuất sắc đòi hỏi đã thực hiện các nội dung đăng ký.",
    automatic: true,
  },
];

export const MANUAL_CONDITIONS = HARD_CONDITIONS.filter((c) => !c.automatic).map((c) => c.code);

/** The best level the conditions allow (null: no cap). */
export function capOf(conditions: string[]): { level: Level; because: HardCondition } | null {
  let out: { level: Level; because: HardCondition } | null = null;
  for (const c of HARD_CONDITIONS)
    if (conditions.includes(c.code) && (!out || rank(c.cap) > rank(out.level)))
      out = { level: c.cap, because: c };
  return out;
}

/** Field error text when `level` is better than the conditions allow, else null. */
export function levelAboveCap(level: Level, conditions: string[]): string | null {
  const cap = capOf(conditions);
  if (!cap || rank(level) >= rank(cap.level)) return null;
  return `${cap.because.note} Mức cao nhất được chọn: “${LEVEL_LABEL[cap.level]}”.`;
}

export interface Suggestion {
  total: number;
  band: Level;
  level: Level;
  cappedBy: string | null;
}

/** The level the score suggests, lowered by the hard conditions. */
export function suggest(
  general: number | null,
  tasks: number | null,
  conditions: string[],
): Suggestion | null {
  if (general === null || tasks === null) return null;
  const total = general + tasks;
  const band = SCORE_BANDS.find((b) => total >= b.min)!.level;
  const cap = capOf(conditions);
  const capped = cap && rank(band) < rank(cap.level);
  return { total, band, level: capped ? cap.level : band, cappedBy: capped ? cap.because.code : null };
}

export interface CapSettings {
  percent: number;
  enabled: boolean;
}
export const DEFAULT_CAP: CapSettings = { percent: 20, enabled: true };

export interface CapState {
  unitName: string;
  xuatSac: number;
  tot: number;
  /** The warning that deciding "xuất sắc" now raises, null when within the limit. */
  warning: string | null;
}

/**
 * The check on deciding one more "xuất sắc" in a grassroots organisation: warn when the
 * number of "xuất sắc" would exceed `percent` % of the number rated "tốt".
 */
export function capCheck(
  s: CapSettings,
  unitName: string,
  counts: { xuatSac: number; tot: number },
): CapState {
  const xs = counts.xuatSac + 1;
  const over = s.enabled && xs * 100 > s.percent * counts.tot;
  return {
    unitName,
    xuatSac: counts.xuatSac,
    tot: counts.tot,
    warning: over
      ? `Nếu quyết định mức “${LEVEL_LABEL.xuat_sac}”, ${unitName} sẽ có ${xs} đảng viên hoàn thành xuất sắc so với ${counts.tot} đảng viên hoàn thành tốt nhiệm vụ, vượt tỷ lệ ${s.percent} % số đảng viên hoàn thành tốt. Muốn vẫn quyết định, cần ghi lý do.`
      : null,
  };
}

export const EVAL_METRICS = LEVELS.map((l) => `eval.level.${l}`);

/** A decided evaluation counts once under its level, where and in the group it was decided. */
export function evaluationFacts(e: {
  status: string;
  decidedLevel: string | null;
  unitPath: string;
  year: number;
  grp: string;
}): Fact[] {
  if (e.status !== "decided" || !e.decidedLevel) return [];
  return [
    { unitPath: e.unitPath, year: e.year, metric: `eval.level.${e.decidedLevel}`, grp: groupOf(e.grp), n: 1 },
  ];
}

// Who decides, and what the notebook tells the evaluation.

/**
 * The committee decides: an admin, or a secretary of a unit strictly above the member's cell
 * (the grassroots committee or higher) — never the cell's own secretary, never for themself.
 */
export function canDecide(ctx: Ctx, memberUnitPath: string, memberId: string): boolean {
  if (ctx.actor.memberId === memberId) return false;
  if (ctx.actor.role === "admin") return true;
  const p = ctx.actor.unitPath;
  return ctx.actor.role === "secretary" && !!p && memberUnitPath.startsWith(p) && memberUnitPath !== p;
}

/** The annual review (the last of the year in both modes) is in. */
export function finalReviewIn(reviews: { kind: string }[]): boolean {
  return reviews.some((r) => r.kind === "annual");
}

/** Conditions the notebook shows by itself: a plan item "not done" in the annual review. */
export function automaticConditions(reviews: { kind: string; progressJson: string }[]): string[] {
  const annual = reviews.find((r) => r.kind === "annual");
  if (!annual) return [];
  return parseProgress(annual.progressJson).some((p) => p.status === "not_done") ? ["plan_not_done"] : [];
}
