// The queries behind the people lists: members of a subtree by units.path range, or the plans,
// notebook entries and evaluations counted under it by their own unit_path; leaders first.
import { type SQL, and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { units } from "../../db/schema/tenant/core";
import { evaluations } from "../../db/schema/tenant/evaluations";
import { members } from "../../db/schema/tenant/members";
import { notebookEntries } from "../../db/schema/tenant/notebook";
import { plans } from "../../db/schema/tenant/plans";
import { CURRENT_STATUSES } from "../../domain/members";
import type { Ctx } from "../../platform/context";
import { inTenant, scoped } from "../../platform/scope";
import type { FigureDef } from "./reports-figures.rules";
import type { Focus } from "./reports.inputs";

type Request = { unitId: string; year: number; group: Focus };
type Key = [string, string, string];

/** `col` lies in the subtree of unit `unitId` (bounds read by scalar subqueries: one statement). */
function inSubtreeOf(ctx: Ctx, col: SQLiteColumn, unitId: string | SQL): SQL {
  const of = sql`FROM units x WHERE x.id = ${unitId} AND ${inTenant(ctx, sql`x.tenant_id`)}`;
  return sql`(${col} >= (SELECT x.path ${of}) AND ${col} < (SELECT substr(x.path, 1, length(x.path) - 1) || '0' ${of}))`;
}

/** The columns of a person row; `group`, `unitId`, `status`, `at`, `late` and the row key vary by source. */
function personColumns(
  group: SQLiteColumn,
  unitId: SQLiteColumn,
  status: SQLiteColumn | SQL.Aliased<string | null>,
  at: SQLiteColumn | SQL.Aliased<number | null>,
  late: SQL,
  rowKey: SQLiteColumn,
  decision?: { number: SQLiteColumn; date: SQLiteColumn },
) {
  return {
    memberId: members.id,
    fullName: members.fullName,
    cardNumber: members.cardNumber,
    group,
    unitId,
    unitName: units.name,
    status,
    at,
    late: late.mapWith(Boolean).as("late"),
    decisionNumber: decision?.number ?? sql<string | null>`NULL`.as("decision_number"),
    decisionDate: decision?.date ?? sql<string | null>`NULL`.as("decision_date"),
    sortKey: members.sortKey,
    rowKey: sql<string>`${rowKey}`.as("row_key"),
  };
}

/** Rows after the keyset `after` in the order (group, member sort key, row key). */
const keyset = (group: SQLiteColumn, rowKey: SQLiteColumn, after: Key | null) =>
  after
    ? sql`(${group}, ${members.sortKey}, ${rowKey}) > (${after[0]}, ${after[1]}, ${after[2]})`
    : undefined;

/**
 * A page of the members behind rows of `t` (plans, notebook entries, evaluations) of the year in the
 * unit's subtree, by the row's own unit_path; `conds` select the figure's rows.
 */
function rowPeople(
  ctx: Ctx,
  t: typeof plans | typeof notebookEntries | typeof evaluations,
  r: Request,
  cols: {
    status: SQLiteColumn | SQL.Aliased<string | null>;
    at: SQLiteColumn | SQL.Aliased<number | null>;
    late: SQL;
    rowKey: SQLiteColumn;
    decision?: { number: SQLiteColumn; date: SQLiteColumn };
  },
  conds: (SQL | undefined)[],
  after: Key | null,
  limit: number,
) {
  // The three tables share these columns; typed as one of them so drizzle can build the query.
  const e = t as typeof plans;
  return ctx.db
    .select(personColumns(e.grp, e.unitId, cols.status, cols.at, cols.late, cols.rowKey, cols.decision))
    .from(e)
    .innerJoin(members, and(eq(members.id, e.memberId), eq(members.tenantId, e.tenantId)))
    .innerJoin(units, and(eq(units.id, e.unitId), eq(units.tenantId, e.tenantId)))
    .where(
      scoped(
        ctx,
        e.tenantId,
        eq(e.year, r.year),
        inSubtreeOf(ctx, e.unitPath, r.unitId),
        ...conds,
        r.group !== "all" ? eq(e.grp, r.group) : undefined,
        keyset(e.grp, cols.rowKey, after),
      ),
    )
    .orderBy(asc(e.grp), asc(members.sortKey), asc(cols.rowKey))
    .limit(limit);
}

/** The page query of a figure's people, after the keyset `after` (for a batch). */
export function peopleQuery(ctx: Ctx, r: Request, def: FigureDef, after: Key | null, limit: number) {
  const kind = def.people ?? { from: "members" as const };
  if (kind.from === "evaluations") {
    const e = evaluations;
    const cols = {
      status: e.decidedLevel,
      at: e.decidedAt,
      late: sql`0`,
      rowKey: members.id,
      decision: { number: e.decisionNumber, date: e.decisionDate },
    };
    const conds = [eq(e.status, "decided"), eq(e.decidedLevel, kind.level)];
    return rowPeople(ctx, e, r, cols, conds, after, limit);
  }
  if (kind.from === "notebook") {
    const e = notebookEntries;
    const cols = { status: e.kind, at: e.submittedAt, late: sql`${e.timing} = 'late'`, rowKey: e.id };
    const conds = [
      eq(e.status, "submitted"),
      kind.kind ? eq(e.kind, kind.kind) : undefined,
      kind.late ? eq(e.timing, "late") : undefined,
    ];
    return rowPeople(ctx, e, r, cols, conds, after, limit);
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
    const at = sql<
      number | null
    >`coalesce(${plans.confirmedAt}, ${plans.submittedAt}, ${plans.updatedAt})`.as("at");
    const cols = { status: plans.status, at, late: sql`${plans.late} = 1`, rowKey: members.id };
    return rowPeople(
      ctx,
      plans,
      r,
      cols,
      [kind.status ? eq(plans.status, kind.status) : undefined, flag],
      after,
      limit,
    );
  }
  return ctx.db
    .select(
      personColumns(
        members.memberGroup,
        members.unitId,
        sql<string | null>`NULL`.as("status"),
        sql<number | null>`NULL`.as("at"),
        sql`0`,
        members.id,
      ),
    )
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
          ? sql`NOT EXISTS (SELECT 1 FROM plans p WHERE ${inTenant(ctx, sql`p.tenant_id`)} AND p.member_id = ${members.id} AND p.year = ${r.year})`
          : undefined,
        keyset(members.memberGroup, members.id, after),
      ),
    )
    .orderBy(asc(members.memberGroup), asc(members.sortKey), asc(members.id))
    .limit(limit);
}

/**
 * The decisions that record the decided ratings of `year` under unit `unitId`, the most used first:
 * number, date and how many ratings each (both may be SQL read in the same batch).
 */
export function ratingDecisionsQuery(ctx: Ctx, unitId: string | SQL, year: number | SQL) {
  const e = evaluations;
  const count = sql<number>`count(*)`;
  return ctx.db
    .select({ number: sql<string>`${e.decisionNumber}`, date: e.decisionDate, count })
    .from(e)
    .where(
      scoped(
        ctx,
        e.tenantId,
        sql`${e.year} = ${year}`,
        eq(e.status, "decided"),
        isNotNull(e.decisionNumber),
        inSubtreeOf(ctx, e.unitPath, unitId),
      ),
    )
    .groupBy(e.decisionNumber, e.decisionDate)
    .orderBy(desc(count), asc(e.decisionNumber))
    .limit(10);
}
