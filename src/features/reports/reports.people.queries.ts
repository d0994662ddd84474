import { CURRENT_STATUSES } from "../../domain/members";
// The queries behind the people lists: members of a subtree by units.path range, or the plans,
// notebook entries and evaluations counted under it by their own unit_path; leaders first.
import { type SQL, and, asc, eq, inArray, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { units } from "../../db/schema/tenant/core";
import { evaluations } from "../../db/schema/tenant/evaluations";
import { members } from "../../db/schema/tenant/members";
import { notebookEntries } from "../../db/schema/tenant/notebook";
import { plans } from "../../db/schema/tenant/plans";
import type { Ctx } from "../../platform/context";
import { scoped } from "../../platform/scope";

import type { FigureDef } from "./reports.catalogue";
import type { Focus } from "./reports.inputs";

/** `col` lies in the subtree of unit `unitId` (bounds read by scalar subqueries: one statement). */
function inSubtreeOf(ctx: Ctx, col: SQLiteColumn, unitId: string): SQL {
  const of = sql`FROM units x WHERE x.id = ${unitId} AND x.tenant_id = ${ctx.tenant.id}`;
  return sql`(${col} >= (SELECT x.path ${of}) AND ${col} < (SELECT substr(x.path, 1, length(x.path) - 1) || '0' ${of}))`;
}

/** The page query of a figure's people, after the keyset `after` (for a batch). */
export function peopleQuery(
  ctx: Ctx,
  r: { unitId: string; year: number; group: Focus },
  def: FigureDef,
  after: [string, string, string] | null,
  limit: number,
) {
  const kind = def.people ?? { from: "members" as const };
  if (kind.from === "evaluations") {
    const e = evaluations;
    return ctx.db
      .select({
        memberId: members.id,
        fullName: members.fullName,
        cardNumber: members.cardNumber,
        group: e.grp,
        unitId: e.unitId,
        unitName: units.name,
        status: e.decidedLevel,
        at: e.decidedAt,
        late: sql<boolean>`0`.mapWith(Boolean).as("late"),
        sortKey: members.sortKey,
        rowKey: sql<string>`${members.id}`.as("row_key"),
      })
      .from(e)
      .innerJoin(members, and(eq(members.id, e.memberId), eq(members.tenantId, e.tenantId)))
      .innerJoin(units, and(eq(units.id, e.unitId), eq(units.tenantId, e.tenantId)))
      .where(
        scoped(
          ctx,
          e.tenantId,
          eq(e.year, r.year),
          eq(e.status, "decided"),
          eq(e.decidedLevel, kind.level),
          inSubtreeOf(ctx, e.unitPath, r.unitId),
          r.group !== "all" ? eq(e.grp, r.group) : undefined,
          after
            ? sql`(${e.grp}, ${members.sortKey}, ${members.id}) > (${after[0]}, ${after[1]}, ${after[2]})`
            : undefined,
        ),
      )
      .orderBy(asc(e.grp), asc(members.sortKey), asc(members.id))
      .limit(limit);
  }
  if (kind.from === "notebook") {
    const e = notebookEntries;
    return ctx.db
      .select({
        memberId: members.id,
        fullName: members.fullName,
        cardNumber: members.cardNumber,
        group: e.grp,
        unitId: e.unitId,
        unitName: units.name,
        status: e.kind,
        at: e.submittedAt,
        late: sql<boolean>`${e.timing} = 'late'`.mapWith(Boolean).as("late"),
        sortKey: members.sortKey,
        rowKey: sql<string>`${e.id}`.as("row_key"),
      })
      .from(e)
      .innerJoin(members, and(eq(members.id, e.memberId), eq(members.tenantId, e.tenantId)))
      .innerJoin(units, and(eq(units.id, e.unitId), eq(units.tenantId, e.tenantId)))
      .where(
        scoped(
          ctx,
          e.tenantId,
          eq(e.year, r.year),
          eq(e.status, "submitted"),
          inSubtreeOf(ctx, e.unitPath, r.unitId),
          kind.kind ? eq(e.kind, kind.kind) : undefined,
          kind.late ? eq(e.timing, "late") : undefined,
          r.group !== "all" ? eq(e.grp, r.group) : undefined,
          after
            ? sql`(${e.grp}, ${members.sortKey}, ${e.id}) > (${after[0]}, ${after[1]}, ${after[2]})`
            : undefined,
        ),
      )
      .orderBy(asc(e.grp), asc(members.sortKey), asc(e.id))
      .limit(limit);
  }
  if (kind.from === "plans") {
    const flag =
      kind.flag === "registered"
        ? sql`${plans.firstSubmittedAt} IS NOT NULL`
        : kind.flag === "late"
          ? eq(plans.late, 1)
          : kind.flag === "leaders_late"
            ? eq(plans.leadersLate, 1)
            : undefined;
    return ctx.db
      .select({
        memberId: members.id,
        fullName: members.fullName,
        cardNumber: members.cardNumber,
        group: plans.grp,
        unitId: plans.unitId,
        unitName: units.name,
        status: plans.status,
        at: sql<number | null>`coalesce(${plans.confirmedAt}, ${plans.submittedAt}, ${plans.updatedAt})`.as(
          "at",
        ),
        late: sql<boolean>`${plans.late} = 1`.mapWith(Boolean).as("late"),
        sortKey: members.sortKey,
        rowKey: sql<string>`${members.id}`.as("row_key"),
      })
      .from(plans)
      .innerJoin(members, and(eq(members.id, plans.memberId), eq(members.tenantId, plans.tenantId)))
      .innerJoin(units, and(eq(units.id, plans.unitId), eq(units.tenantId, plans.tenantId)))
      .where(
        scoped(
          ctx,
          plans.tenantId,
          eq(plans.year, r.year),
          inSubtreeOf(ctx, plans.unitPath, r.unitId),
          kind.status ? eq(plans.status, kind.status) : undefined,
          flag,
          r.group !== "all" ? eq(plans.grp, r.group) : undefined,
          after
            ? sql`(${plans.grp}, ${members.sortKey}, ${members.id}) > (${after[0]}, ${after[1]}, ${after[2]})`
            : undefined,
        ),
      )
      .orderBy(asc(plans.grp), asc(members.sortKey), asc(members.id))
      .limit(limit);
  }
  return ctx.db
    .select({
      memberId: members.id,
      fullName: members.fullName,
      cardNumber: members.cardNumber,
      group: members.memberGroup,
      unitId: members.unitId,
      unitName: units.name,
      status: sql<string | null>`NULL`.as("status"),
      at: sql<number | null>`NULL`.as("at"),
      late: sql<boolean>`0`.mapWith(Boolean).as("late"),
      sortKey: members.sortKey,
      rowKey: sql<string>`${members.id}`.as("row_key"),
    })
    .from(members)
    .innerJoin(units, and(eq(units.id, members.unitId), eq(units.tenantId, members.tenantId)))
    .where(
      scoped(
        ctx,
        members.tenantId,
        inSubtreeOf(ctx, units.path, r.unitId),
        inArray(members.status, CURRENT_STATUSES),
        r.group !== "all" ? eq(members.memberGroup, r.group) : undefined,
        kind.from === "no_plan"
          ? sql`NOT EXISTS (SELECT 1 FROM plans p WHERE p.tenant_id = ${members.tenantId} AND p.member_id = ${members.id} AND p.year = ${r.year})`
          : undefined,
        after
          ? sql`(${members.memberGroup}, ${members.sortKey}, ${members.id}) > (${after[0]}, ${after[1]}, ${after[2]})`
          : undefined,
      ),
    )
    .orderBy(asc(members.memberGroup), asc(members.sortKey), asc(members.id))
    .limit(limit);
}
