// The completion dashboard (counts by group for a unit and its children, from the counters)
// and the people behind it. A page is one read batch, whatever the size of the subtree.
import { GROUPS, type Group } from "../../domain/groups";
import { decodeCursor, encodeCursor } from "../../platform/params";
import { vnYear } from "../../domain/time";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { requireRole } from "../../platform/tenant-context";
import { cycleOfYearQuery, toCycleOut } from "../cycles";

import { MEMBERS_METRIC } from "../members";
import {
  ancestorsQuery,
  peopleQuery,
  planCountersQuery,
  unitWithChildrenQuery,
} from "./plans-dashboard.queries";
import type { PeopleQuery } from "./plans.inputs";
import type { DashboardOut, DashboardRowOut, GroupCounts, PeopleOut, PersonOut } from "./plans.outputs";

const NO_UNIT = "Không tìm thấy đơn vị.";

function emptyCounts(): GroupCounts {
  return {
    members: 0,
    notStarted: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    confirmed: 0,
    registered: 0,
    late: 0,
    leadersLate: 0,
  };
}

const PLAN_FIELD: Record<string, keyof GroupCounts> = {
  "plan.draft": "draft",
  "plan.submitted": "submitted",
  "plan.returned": "returned",
  "plan.confirmed": "confirmed",
  "plan.registered": "registered",
  "plan.late": "late",
  "plan.leaders_late": "leadersLate",
};
// A function, not a table: MEMBERS_METRIC comes from another feature and is read when called.
const fieldOf = (metric: string): keyof GroupCounts | undefined =>
  metric === MEMBERS_METRIC ? "members" : PLAN_FIELD[metric];

function rowsFor(
  unitsRows: { id: string; name: string; kind: string }[],
  counters: { unitId: string; metric: string; grp: string; value: number }[],
): Map<string, DashboardRowOut> {
  const out = new Map<string, DashboardRowOut>();
  for (const u of unitsRows)
    out.set(u.id, {
      unit: { id: u.id, name: u.name, kind: u.kind },
      exemplar: emptyCounts(),
      follower: emptyCounts(),
      leadersFirst: true,
    });
  for (const c of counters) {
    const row = out.get(c.unitId);
    const field = fieldOf(c.metric);
    if (row && field && (c.grp === "exemplar" || c.grp === "follower")) row[c.grp][field] = c.value;
  }
  for (const row of out.values()) {
    for (const g of GROUPS) {
      const c = row[g];
      // Members minus plans; a plan kept by someone who has since left can make it negative.
      c.notStarted = Math.max(0, c.members - (c.draft + c.submitted + c.returned + c.confirmed));
    }
    row.leadersFirst = row.follower.leadersLate === 0;
  }
  return out;
}

export function dashboardReads(ctx: Ctx, unitId: string, year: number) {
  return [
    unitWithChildrenQuery(ctx, unitId),
    ancestorsQuery(ctx, unitId),
    planCountersQuery(ctx, unitId, year),
    cycleOfYearQuery(ctx, year),
  ] as const;
}

type Reads = ReturnType<typeof dashboardReads>;

export function finishDashboard(
  unitId: string,
  year: number,
  r: readonly [Awaited<Reads[0]>, Awaited<Reads[1]>, Awaited<Reads[2]>, Awaited<Reads[3]>],
): DashboardOut {
  const [unitRows, ancestors, counters, cycle] = r;
  const unit = unitRows.find((u) => u.id === unitId);
  if (!unit) throw notFound(NO_UNIT);
  const rows = rowsFor(unitRows, counters);
  return {
    year,
    cycle: cycle[0] ? toCycleOut(cycle[0]) : null,
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    ancestors,
    total: rows.get(unit.id)!,
    children: unitRows.filter((u) => u.parentId === unit.id).map((u) => rows.get(u.id)!),
  };
}

/** The actor's starting unit: their own unit (the tenant root for an admin). */
export function homeUnit(ctx: Ctx, unitId?: string): string {
  const id = unitId ?? ctx.actor.unitId;
  if (!id) throw notFound(NO_UNIT);
  return id;
}

export async function getDashboard(ctx: Ctx, q: { year?: number | undefined; unitId?: string | undefined }) {
  requireRole(ctx, "admin", "secretary");
  const unitId = homeUnit(ctx, q.unitId);
  const year = q.year ?? vnYear(ctx.now);
  const r = await ctx.db.batch(dashboardReads(ctx, unitId, year));
  return finishDashboard(unitId, year, r);
}

type PeopleRows = Awaited<ReturnType<typeof peopleQuery>>;

export function finishPeople(year: number, rows: PeopleRows, limit: number): PeopleOut {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    year,
    items: page.map(
      (r): PersonOut => ({
        memberId: r.memberId,
        fullName: r.fullName,
        unitId: r.unitId,
        unitName: r.unitName,
        group: r.group as Group,
        status: (r.status ?? "not_started") as PersonOut["status"],
        planId: r.planId,
        late: r.late === 1,
        submittedAt: r.submittedAt,
      }),
    ),
    nextCursor: rows.length > limit && last ? encodeCursor([last.group, last.sortKey, last.memberId]) : null,
  };
}

export async function listPeople(ctx: Ctx, q: PeopleQuery): Promise<PeopleOut> {
  requireRole(ctx, "admin", "secretary");
  const unitId = homeUnit(ctx, q.unitId);
  const year = q.year ?? vnYear(ctx.now);
  const limit = q.limit ?? 100;
  const [unit, rows] = await ctx.db.batch([
    unitWithChildrenQuery(ctx, unitId),
    peopleQuery(ctx, {
      unitId,
      year,
      direct: false,
      group: q.group,
      status: q.status,
      after: decodeCursor(q.cursor),
      limit,
    }),
  ]);
  if (!unit.some((u) => u.id === unitId)) throw notFound(NO_UNIT);
  return finishPeople(year, rows, limit);
}

/** The dashboard page: counts of the unit and its children plus the people placed in it, one batch. */
export async function getDashboardPage(
  ctx: Ctx,
  q: { year?: number | undefined; unitId?: string | undefined },
) {
  requireRole(ctx, "admin", "secretary");
  const unitId = homeUnit(ctx, q.unitId);
  const year = q.year ?? vnYear(ctx.now);
  const limit = 300;
  const [u, a, c, cy, people] = await ctx.db.batch([
    ...dashboardReads(ctx, unitId, year),
    peopleQuery(ctx, { unitId, year, direct: true, limit }),
  ]);
  return {
    dashboard: finishDashboard(unitId, year, [u, a, c, cy]),
    people: finishPeople(year, people, limit),
  };
}
