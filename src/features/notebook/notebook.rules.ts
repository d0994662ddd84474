// Pure rules of the notebook: which reviews a cycle requires and in which order, their windows,
// the state machine, the checks on submission and what a submitted entry counts for.
import { conflict } from "../../platform/errors";
import type { CheckpointMode } from "../cycles";
import { checkpointsOf } from "../cycles";
import { type Fact, groupOf } from "../../platform/counter-facts";
import {
  ENTRY_KIND_LABEL,
  type EntryKind,
  type EntryStatus,
  type ProgressStatus,
  REVIEW_PARTS,
  type ReviewKind,
  type Timing,
} from "./notebook.inputs";
import type { ComplianceOut } from "./notebook.outputs";

export interface CycleLike {
  year: number;
  status: string;
  checkpointMode: string;
  midyearFrom: string;
  midyearTo: string;
  annualFrom: string;
  annualTo: string;
}

export const modeOf = (c: Pick<CycleLike, "checkpointMode">): CheckpointMode =>
  c.checkpointMode === "quarterly" ? "quarterly" : "three";

/** The reviews a cycle requires, in order (the plan, entry 1, comes before them). */
export function reviewKindsOf(mode: CheckpointMode): ReviewKind[] {
  return checkpointsOf(mode).filter((k): k is ReviewKind => k !== "plan");
}

/**
 * The window of a review: the cycle's own for mid-year and annual; the quarterly ones (which
 * the cycle does not store) are the first half of the month after the quarter, like mid-year.
 */
export function windowOf(c: CycleLike, kind: EntryKind): { from: string; to: string } | null {
  switch (kind) {
    case "midyear":
      return { from: c.midyearFrom, to: c.midyearTo };
    case "annual":
      return { from: c.annualFrom, to: c.annualTo };
    case "q1":
      return { from: `${c.year}-04-01`, to: `${c.year}-04-15` };
    case "q3":
      return { from: `${c.year}-10-01`, to: `${c.year}-10-15` };
    default:
      return null;
  }
}

export function windowsOf(c: CycleLike): Record<string, { from: string; to: string }> {
  const out: Record<string, { from: string; to: string }> = {};
  for (const k of reviewKindsOf(modeOf(c))) out[k] = windowOf(c, k)!;
  return out;
}

/** Submissions are always accepted while the cycle is open; they are marked against the window. */
export function timingOf(c: CycleLike, kind: EntryKind, today: string): Timing | null {
  const w = windowOf(c, kind);
  if (!w) return null;
  return today < w.from ? "early" : today > w.to ? "late" : "on_time";
}

export type EntryAction = "save" | "submit" | "return" | "comment" | "delete";

/** 409 for an action the entry's state does not allow. */
export function checkAction(status: EntryStatus, action: EntryAction): void {
  if (status === "submitted" && (action === "save" || action === "submit" || action === "delete"))
    throw conflict(
      action === "submit"
        ? "Bài này đã nộp chi bộ rồi."
        : "Bài đã nộp chi bộ nên không sửa hay xóa được; chi bộ có thể trả lại để đồng chí sửa.",
    );
  if (status === "draft" && (action === "return" || action === "comment"))
    throw conflict("Bài còn là bản nháp: chi bộ chỉ nhận xét hoặc trả lại bài đã nộp.");
}

export function requireOpen(c: Pick<CycleLike, "status" | "year">): void {
  if (c.status !== "open")
    throw conflict(`Chu kỳ năm ${c.year} đã khóa: sổ tay của năm này không thay đổi được nữa.`);
}

/** Reviews that must be submitted before `kind` (the order of the cycle). */
export function earlierReviews(mode: CheckpointMode, kind: EntryKind): ReviewKind[] {
  const order = reviewKindsOf(mode);
  const i = order.indexOf(kind as ReviewKind);
  return i < 0 ? [] : order.slice(0, i);
}

/** Reviews that come after `kind`: a submitted one blocks returning `kind`. */
export function laterReviews(mode: CheckpointMode, kind: EntryKind): ReviewKind[] {
  const order = reviewKindsOf(mode);
  const i = order.indexOf(kind as ReviewKind);
  return i < 0 ? [] : order.slice(i + 1);
}

export interface EntryContent {
  kind: string;
  title: string;
  body: string;
  strengths: string;
  shortcomings: string;
  remedies: string;
  progress: { itemId: string; status: ProgressStatus; note: string }[];
}

/** Field errors of an entry about to be submitted: the three parts, a status for every plan item. */
export function submitErrors(e: EntryContent, itemIds: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (e.kind === "free") {
    if (e.title.trim().length < 3) errors.title = "Cần ghi tiêu đề (ít nhất 3 ký tự).";
    if (e.body.trim().length < 3) errors.body = "Cần ghi nội dung.";
    return errors;
  }
  for (const part of REVIEW_PARTS) if (e[part.key].trim().length < 3) errors[part.key] = part.missing;
  const given = new Set(e.progress.map((p) => p.itemId));
  itemIds.forEach((id, i) => {
    if (!given.has(id))
      errors[`progress.${i}.status`] = `Cần đánh giá mức thực hiện nội dung ${i + 1} của kế hoạch.`;
  });
  return errors;
}

/** Progress rows must name items of the member's plan. */
export function progressErrors(progress: { itemId: string }[], itemIds: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const known = new Set(itemIds);
  progress.forEach((p, i) => {
    if (!known.has(p.itemId))
      errors[`progress.${i}.itemId`] = "Nội dung này không có trong kế hoạch của năm.";
  });
  return errors;
}

export const NOTEBOOK_METRICS = [
  "notebook.q1",
  "notebook.midyear",
  "notebook.q3",
  "notebook.annual",
  "notebook.free",
  "notebook.late",
  "notebook.compliant",
];

/**
 * What a submitted entry counts for. The annual review can only be submitted after the plan
 * and every earlier review, so "compliant" (the ≥ 3 entries of the year) is the annual's.
 */
export function entryFacts(e: {
  status: string;
  kind: string;
  unitPath: string;
  year: number;
  grp: string;
  timing: string | null;
}): Fact[] {
  if (e.status !== "submitted") return [];
  const f = (metric: string): Fact => ({
    unitPath: e.unitPath,
    year: e.year,
    metric,
    grp: groupOf(e.grp),
    n: 1,
  });
  const out = [f(`notebook.${e.kind}`)];
  if (e.timing === "late") out.push(f("notebook.late"));
  if (e.kind === "annual") out.push(f("notebook.compliant"));
  return out;
}

export function complianceOf(
  mode: CheckpointMode,
  planRegistered: boolean,
  submitted: Set<string>,
): ComplianceOut {
  const required = ["plan", ...reviewKindsOf(mode)];
  const done = required.filter((k) => (k === "plan" ? planRegistered : submitted.has(k)));
  const missing = required.filter((k) => !done.includes(k));
  return { required, done, missing, compliant: missing.length === 0 };
}

export const kindLabel = (k: string) => ENTRY_KIND_LABEL[k as EntryKind] ?? k;
