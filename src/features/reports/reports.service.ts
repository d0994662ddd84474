// Figures of a unit's subtree for a year, and of each child (drill-down): one read batch on the
// roll-up counters, whatever the size of the subtree.
import { type SQL, and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { unitCounters } from "../../db/schema/tenant/counters";
import { units } from "../../db/schema/tenant/core";
import type { Ctx } from "../../platform/context";
import { counterRows, tabulate } from "../../platform/counters";
import { notFound } from "../../platform/errors";
import { inTenant, onPath, scoped, scopedByKey, unitAndChildIds } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { MEMBERS_METRIC } from "../members";
import { CATALOGUE_METRICS, computeFigures } from "./reports-catalogue.rules";
import type { Figures, Triple } from "./reports-figures.rules";
import type { UnitRef } from "./reports.outputs";
import { UNIT_COLS, unitQuery } from "./reports.queries";

export interface FiguresView {
  year: number;
  unit: UnitRef;
  ancestors: UnitRef[];
  figures: Figures;
  children: { unit: UnitRef; figures: Figures }[];
  /** The committee decisions that record the year's ratings (read only for a report document). */
  decisions?: RatingDecision[];
}

/** A decision that records ratings: its number, date (YYYY-MM-DD) and how many ratings it records. */
export interface RatingDecision {
  number: string;
  date: string | null;
  count: number;
}

/**
 * The statements of a figures read (unit, ancestors, children, counters) for a
 * batch. `unitId` and `year` may be SQL (e.g. read from a saved report in the same batch).
 */
export function figuresStatements(ctx: Ctx, unitId: string | SQL, year: number | SQL) {
  const pathOf = sql`(SELECT path FROM units WHERE id = ${unitId} AND ${inTenant(ctx, sql`tenant_id`)})`;
  return [
    unitQuery(ctx, unitId),
    ctx.db
      .select(UNIT_COLS)
      .from(units)
      .where(scopedByKey(ctx, units.tenantId, onPath(units.id, pathOf), sql`${units.id} <> ${unitId}`))
      .orderBy(asc(units.depth)),
    ctx.db
      .select(UNIT_COLS)
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.parentId, unitId)))
      .orderBy(asc(units.status), asc(units.code)),
    counterRows(
      ctx,
      // The member count is not tied to a cycle: it lives under year 0.
      or(eq(unitCounters.year, year), and(eq(unitCounters.year, 0), eq(unitCounters.metric, MEMBERS_METRIC))),
      inArray(unitCounters.metric, CATALOGUE_METRICS),
      sql`${unitCounters.unitId} IN ${unitAndChildIds(ctx, unitId)}`,
    ),
  ] as const;
}

type CounterRow = { unitId: string; metric: string; grp: string; value: number };
type FiguresRows = readonly [UnitRef[], UnitRef[], UnitRef[], CounterRow[]];

/** Turns the results of figuresStatements into the view (404 when the unit is out of scope). */
export function figuresFrom(
  year: number,
  [unitRows, ancestors, children, counters]: FiguresRows,
): FiguresView {
  const unit = unitRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  const table = tabulate(counters);
  const figs = (id: string): Figures => computeFigures(table[id] as Record<string, Triple> | undefined);
  return {
    year,
    unit,
    ancestors,
    figures: figs(unit.id),
    children: children.map((c) => ({ unit: c, figures: figs(c.id) })),
  };
}

/** A unit's figures and its children's for a year: one round trip. */
export async function getFigures(ctx: Ctx, unitId: string, year: number): Promise<FiguresView> {
  requireRole(ctx, "admin", "secretary");
  const rows = await ctx.db.batch(figuresStatements(ctx, unitId, year));
  return figuresFrom(year, rows);
}
