import { CURRENT_STATUSES } from "../../domain/members";
import { vnYear } from "../../domain/time";
import { type SQL, and, asc, eq, inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { evaluations } from "../../db/schema/tenant/evaluations";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { tabulate } from "../../platform/counters";
import { notFound } from "../../platform/errors";
import { scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";

import { focusUnit } from "../orgs";
import type { EvaluationListOut, ListEvaluationsQuery } from "./evaluations.inputs";
import { capSettingsOf, settingsQuery } from "./evaluations.queries";
import { EVAL_METRICS, type Level } from "./evaluations.rules";
import { SINCE, decodeListCursor, encodeCursor } from "../../platform/params";
import { counterRowsQuery, countersOfUnit, countersOfYear } from "../../platform/counter-rows";
import { joinRef } from "../../platform/lookups";

const PAGE = 100;

/** Members' rows in leaders-first name order, or their evaluations by (updatedAt, id) for a sync. */
function order(bySince: boolean, cursor: [string, string, string] | undefined) {
  if (bySince)
    return {
      by: [asc(evaluations.updatedAt), asc(evaluations.id)],
      after:
        cursor && sql`(${evaluations.updatedAt}, ${evaluations.id}) > (${Number(cursor[1])}, ${cursor[2]})`,
    };
  return {
    by: [asc(members.memberGroup), asc(members.sortKey), asc(members.id)],
    after:
      cursor &&
      sql`(${members.memberGroup}, ${members.sortKey}, ${members.id}) > (${cursor[0]}, ${cursor[1]}, ${cursor[2]})`,
  };
}

const STATUS_FILTER: Record<string, SQL | undefined> = {
  all: undefined,
  none: sql`${evaluations.id} IS NULL`,
  self: sql`${evaluations.status} = 'open' AND ${evaluations.cellLevel} IS NULL`,
  proposed: sql`${evaluations.status} = 'open' AND ${evaluations.cellLevel} IS NOT NULL`,
  decided: sql`${evaluations.status} = 'decided'`,
};

/** The evaluations of a unit's subtree, leaders first, with the distribution and the cap check: one round trip. */
export async function listEvaluations(ctx: Ctx, q: ListEvaluationsQuery): Promise<EvaluationListOut> {
  requireRole(ctx, "admin", "secretary");
  const y = q.year ?? vnYear(ctx.now);
  const focus = focusUnit(ctx, q.unitId);
  const { idOf } = focus;
  const pathOfUnit = focus.pathOf;
  const limit = q.limit ?? PAGE;
  const bySince = q.updatedSince !== undefined;
  const { by, after } = order(bySince, decodeListCursor(q.cursor, bySince));
  const [unitRows, children, counterRows, settingRows, rows] = await ctx.db.batch([
    focus.unit(),
    focus.children(),
    counterRowsQuery(ctx, countersOfYear(y, EVAL_METRICS), countersOfUnit(idOf)),
    settingsQuery(ctx),
    ctx.db
      .select({
        // Aliased: a column name repeated in a joined select shifts the values in a D1 batch.
        id: sql<string>`${members.id}`.as("m_id"),
        fullName: members.fullName,
        sortKey: members.sortKey,
        group: members.memberGroup,
        unitName: units.name,
        ev: evaluations,
      })
      .from(members)
      .innerJoin(units, joinRef(units, members.unitId, members))
      .leftJoin(
        evaluations,
        and(
          eq(evaluations.memberId, members.id),
          eq(evaluations.tenantId, members.tenantId),
          eq(evaluations.year, y),
        ),
      )
      .where(
        scoped(
          ctx,
          members.tenantId,
          sql`${units.path} >= ${pathOfUnit} AND ${units.path} < substr(${pathOfUnit}, 1, length(${pathOfUnit}) - 1) || '0'`,
          inArray(members.status, CURRENT_STATUSES),
          STATUS_FILTER[q.status ?? "all"],
          bySince ? sql`${evaluations.updatedAt} >= ${q.updatedSince}` : undefined,
          after,
        ),
      )
      .orderBy(...by)
      .limit(limit + 1),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  const dist = tabulate(counterRows)[unit.id] ?? {};
  const distribution: EvaluationListOut["distribution"] = {};
  for (const m of EVAL_METRICS)
    distribution[m.slice("eval.level.".length)] = dist[m] ?? { exemplar: 0, follower: 0, all: 0 };
  const settings = capSettingsOf(settingRows);
  const xuatSac = distribution.xuat_sac!.all;
  const tot = distribution.tot!.all;
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page[page.length - 1]! : null;
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    year: y,
    distribution,
    cap:
      unit.kind === "grassroots"
        ? {
            percent: settings.percent,
            enabled: settings.enabled,
            xuatSac,
            tot,
            exceeded: settings.enabled && xuatSac * 100 > settings.percent * tot,
          }
        : null,
    children,
    items: page.map((r) => ({
      memberId: r.id,
      fullName: r.fullName,
      unitName: r.unitName,
      group: r.group === "exemplar" ? "exemplar" : "follower",
      evaluationId: r.ev?.id ?? null,
      status: !r.ev ? "none" : r.ev.status === "decided" ? "decided" : r.ev.cellLevel ? "proposed" : "self",
      selfLevel: (r.ev?.selfLevel as Level | null) ?? null,
      cellLevel: (r.ev?.cellLevel as Level | null) ?? null,
      decidedLevel: (r.ev?.decidedLevel as Level | null) ?? null,
      capOverridden: !!r.ev?.capOverrideReason,
      updatedAt: r.ev?.updatedAt ?? null,
    })),
    nextCursor: !last
      ? null
      : encodeCursor(
          bySince && last.ev
            ? [SINCE, String(last.ev.updatedAt), last.ev.id]
            : [last.group, last.sortKey, last.id],
        ),
  };
}
