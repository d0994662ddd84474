import type { Ctx } from "../../platform/context";
import { criteriaCountByUnit } from "../criteria";
import { exemplarsCountByUnit } from "../recognition";
import { memberCountByUnit } from "../members";
import { planCountByUnit } from "../plans";

/**
 * Count queries (each selecting `{ n }`) that block deleting a unit: features whose rows
 * point at units (members, plans…) add theirs here so deleteUnit stays one round trip.
 */
export function unitDeleteBlockers(ctx: Ctx, unitId: string) {
  return [
    memberCountByUnit(ctx, unitId),
    criteriaCountByUnit(ctx, unitId),
    planCountByUnit(ctx, unitId),
    exemplarsCountByUnit(ctx, unitId),
  ];
}
