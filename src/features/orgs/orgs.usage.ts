import type { Ctx } from "../../platform/context";

/**
 * Count queries (each selecting `{ n }`) that block deleting a unit: features whose rows
 * point at units (members, plans…) add theirs here so deleteUnit stays one round trip.
 */
export function unitDeleteBlockers(_ctx: Ctx, _unitId: string) {
  return [] as never[];
}
