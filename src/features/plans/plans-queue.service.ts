// The secretary's work queue: plans of their subtree in one status (submitted by default),
// leaders first, oldest first, cursor-paginated.
import type { Group } from "../../domain/groups";
import { vnYear } from "../../domain/time";
import { asc, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { members } from "../../db/schema/tenant/members";
import { planItems, plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { matching } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";

import { SINCE, decodeListCursor, encodeCursor } from "../../platform/params";
import { unitWithChildrenQuery } from "./plans-dashboard.queries";
import type { PlanStatus, QueueQuery } from "./plans.inputs";
import type { QueueOut } from "./plans.outputs";
import { planScope } from "./plans.queries";
import { unitPathOf, inSubtreeOf, joinRef } from "../../platform/lookups";

export function queueQuery(
  ctx: Ctx,
  q: {
    year: number;
    /** None: every status (an incremental sync by `since`). */
    status: PlanStatus | undefined;
    unitId?: string | undefined;
    /** Only plans changed at or after this instant, by (updatedAt, id) instead of the queue's order. */
    since?: number | undefined;
    after?: [string, string, string];
    limit: number;
  },
) {
  const unitPath = unitPathOf(ctx, q.unitId ?? "");
  const bySince = q.since !== undefined;
  // The cursor's first value names the order: a group, or SINCE for (updatedAt, id).
  const order = bySince ? plans.updatedAt : sql`coalesce(${plans.submittedAt}, 0)`;
  const lead = bySince ? sql`${SINCE}` : plans.grp;
  return ctx.db
    .select({
      p: plans,
      memberName: members.fullName,
      unitName: units.name,
      itemCount: sql<number>`(SELECT count(*) FROM ${planItems} WHERE ${planItems.tenantId} = ${plans.tenantId} AND ${planItems.planId} = ${plans.id})`,
    })
    .from(plans)
    .innerJoin(members, joinRef(members, plans.memberId, plans))
    .leftJoin(units, joinRef(units, plans.unitId, plans))
    .where(
      matching(
        ctx,
        plans,
        q.status ? { year: q.year, status: q.status } : { year: q.year },
        planScope(ctx),
        q.unitId ? inSubtreeOf(plans.unitPath, unitPath) : undefined,
        bySince ? sql`${plans.updatedAt} >= ${q.since}` : undefined,
        q.after
          ? sql`(${lead}, ${order}, ${plans.id}) > (${q.after[0]}, ${Number(q.after[1])}, ${q.after[2]})`
          : undefined,
      ),
    )
    .orderBy(...(bySince ? [] : [asc(plans.grp)]), asc(order), asc(plans.id))
    .limit(q.limit + 1);
}

export function finishQueue(
  year: number,
  rows: Awaited<ReturnType<typeof queueQuery>>,
  limit: number,
  bySince = false,
): QueueOut {
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.p;
  const key = (p: NonNullable<typeof last>) =>
    bySince ? [SINCE, String(p.updatedAt), p.id] : [p.grp, String(p.submittedAt ?? 0), p.id];
  return {
    year,
    items: page.map((r) => ({
      id: r.p.id,
      memberId: r.p.memberId,
      memberName: r.memberName,
      unitId: r.p.unitId,
      unitName: r.unitName,
      group: r.p.grp as Group,
      status: r.p.status as PlanStatus,
      late: r.p.late === 1,
      submittedAt: r.p.submittedAt,
      itemCount: r.itemCount,
      enteredByLabel: r.p.enteredByLabel,
      version: r.p.version,
      updatedAt: r.p.updatedAt,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null,
  };
}

export async function listPlans(ctx: Ctx, q: QueueQuery): Promise<QueueOut> {
  requireRole(ctx, "admin", "secretary");
  const year = q.year ?? vnYear(ctx.now);
  const limit = q.limit ?? 50;
  const bySince = q.updatedSince !== undefined;
  const after = decodeListCursor(q.cursor, bySince);
  const [unit, rows] = await ctx.db.batch([
    unitWithChildrenQuery(ctx, q.unitId ?? ""),
    queueQuery(ctx, {
      year,
      status: q.status ?? (bySince ? undefined : "submitted"),
      unitId: q.unitId,
      since: q.updatedSince,
      after,
      limit,
    }),
  ]);
  if (q.unitId && !unit.some((u) => u.id === q.unitId)) throw notFound("Không tìm thấy đơn vị.");
  return finishQueue(year, rows, limit, bySince);
}
