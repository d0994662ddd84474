import type { Ctx } from "../../platform/context";

/**
 * Count queries (each selecting `{ n }`) that block deleting a focus issue: the plans feature
 * adds the plan items that link to it here, so deleteFocusIssue stays one read round trip.
 */
export function focusIssueDeleteBlockers(_ctx: Ctx, _focusIssueId: string) {
  return [] as never[];
}
