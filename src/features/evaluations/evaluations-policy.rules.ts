// Who decides, and what the notebook tells the evaluation. Pure.
import type { Ctx } from "../../platform/context";
import { parseProgress } from "../notebook";

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
