// What the home page shows of plans and notifications: three statements for getHome's batch.
import { vnYear } from "../../domain/time";
import type { Ctx } from "../../platform/context";

import type { NotificationListOut } from "../notifications";
import { finishMyNotifications, myNotificationsQueries } from "../notifications";
import type { PlanStatus } from "./plans.inputs";
import { planOfMemberQuery } from "./plans.queries";

export interface HomePlans {
  year: number;
  /** null when the account has no member record. */
  planStatus: PlanStatus | "not_started" | null;
  notifications: NotificationListOut;
}

const LIMIT = 5;

export function homePlanReads(ctx: Ctx) {
  return [
    ...myNotificationsQueries(ctx, LIMIT),
    planOfMemberQuery(ctx, ctx.actor.memberId ?? "", vnYear(ctx.now)),
  ] as const;
}

type Reads = ReturnType<typeof homePlanReads>;

export function finishHomePlans(
  ctx: Ctx,
  [rows, unread, plan]: readonly [Awaited<Reads[0]>, Awaited<Reads[1]>, Awaited<Reads[2]>],
): HomePlans {
  return {
    year: vnYear(ctx.now),
    planStatus: ctx.actor.memberId ? ((plan[0]?.status as PlanStatus | undefined) ?? "not_started") : null,
    notifications: finishMyNotifications(rows, unread, LIMIT),
  };
}
