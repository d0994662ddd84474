// Pure rules of the yearly cycle: default dates, date checks, deadlines in Vietnam time and
// the reminder stage. No database, no context.
import type { Group } from "../../domain";
import type { CheckpointMode } from "./cycles.inputs";

export interface CycleDates {
  exemplarDeadline: string;
  followerDeadline: string;
  midyearFrom: string;
  midyearTo: string;
  annualFrom: string;
  annualTo: string;
}

/** The usual calendar: group 1 by 15/01, group 2 by 31/01, mid-year review in early July, annual in December. */
export function defaultDates(year: number): CycleDates {
  return {
    exemplarDeadline: `${year}-01-15`,
    followerDeadline: `${year}-01-31`,
    midyearFrom: `${year}-07-01`,
    midyearTo: `${year}-07-15`,
    annualFrom: `${year}-12-01`,
    annualTo: `${year}-12-20`,
  };
}

export const DEFAULT_REMINDER_DAYS = [7, 3, 1];

export const DATE_FIELDS = [
  "exemplarDeadline",
  "followerDeadline",
  "midyearFrom",
  "midyearTo",
  "annualFrom",
  "annualTo",
] as const satisfies (keyof CycleDates)[];

/** Field errors of a cycle's dates: all near the year, leaders first, windows in order. */
export function checkCycleDates(year: number, d: CycleDates): Record<string, string> {
  const errors: Record<string, string> = {};
  const lo = `${year - 1}-10-01`;
  const hi = `${year + 1}-03-31`;
  for (const k of DATE_FIELDS) {
    const v = d[k];
    if (v < lo || v > hi)
      errors[k] = `Ngày phải nằm trong chu kỳ năm ${year} (từ 01/10/${year - 1} đến 31/03/${year + 1}).`;
  }
  if (!errors.followerDeadline && d.exemplarDeadline > d.followerDeadline)
    errors.followerDeadline = "Hạn của nhóm 2 không được sớm hơn hạn của nhóm 1 (trên trước, dưới sau).";
  if (!errors.midyearTo && d.midyearFrom > d.midyearTo)
    errors.midyearTo = "Ngày kết thúc sơ kết phải sau ngày bắt đầu.";
  if (!errors.annualTo && d.annualFrom > d.annualTo)
    errors.annualTo = "Ngày kết thúc tổng kết phải sau ngày bắt đầu.";
  if (!errors.annualFrom && !errors.midyearTo && d.midyearTo > d.annualFrom)
    errors.annualFrom = "Đợt tổng kết năm phải sau đợt sơ kết 6 tháng.";
  return errors;
}

export function planDeadline(c: Pick<CycleDates, "exemplarDeadline" | "followerDeadline">, g: Group): string {
  return g === "exemplar" ? c.exemplarDeadline : c.followerDeadline;
}

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/**
 * Which reminder a deadline calls for today: the smallest lead day not below the days left
 * (so a missed run catches up with one reminder, not several), "overdue" in the week after
 * the deadline, else null. The stage is part of the idempotency key.
 */
export function reminderStage(daysLeft: number, leadDays: number[]): string | null {
  if (daysLeft < 0) return daysLeft >= -7 ? "overdue" : null;
  const candidates = leadDays.filter((d) => d >= daysLeft).sort((a, b) => a - b);
  if (daysLeft === 0) return "d0";
  return candidates.length ? `d${candidates[0]}` : null;
}

/** The notebook entries a cycle requires, in order (the notebook feature fills them). */
export function checkpointsOf(mode: CheckpointMode): string[] {
  return mode === "quarterly" ? ["plan", "q1", "midyear", "q3", "annual"] : ["plan", "midyear", "annual"];
}

export function parseReminderDays(json: string): number[] {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((n): n is number => Number.isInteger(n) && n > 0) : [];
  } catch {
    return [];
  }
}
