import { CURRENT_STATUSES } from "../../domain/members";
import { vnYear } from "../../domain/time";
import { asc, inArray, sql } from "drizzle-orm";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { cyclesQuery } from "../cycles";
import { type CounterTable, tabulate } from "../../platform/counters";
import { notFound } from "../../platform/errors";
import { scoped, unitAndChildIds, inTenant } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";

import { remarksForMemberQuery, toRemarkOut } from "../meetings";

import { focusUnit } from "../orgs";
import type { ComplianceQuery } from "./notebook.inputs";
import {
  NOTEBOOK_METRICS,
  type CycleLike,
  complianceOf,
  modeOf,
  reviewKindsOf,
  windowOf,
  windowsOf,
} from "./notebook.rules";
import type { ComplianceOut, EntryOut, NotebookOut, PlanItemOut } from "./notebook.outputs";
import {
  commentsQuery,
  cycleByYearQuery,
  entriesQuery,
  entryByIdQuery,
  entryCommentsQuery,
  evaluationOfMemberQuery,
  planItemsDetailQuery,
  planRowQuery,
  toEntryOut,
  toNotebookPlan,
  toPlanItems,
} from "./notebook.queries";
import { rowOf } from "../../platform/lookups";
import { memberWithCellQuery } from "../plans";
import { counterRowsQuery, countersOfUnits, countersOfYear } from "../../platform/counter-rows";

/** A member's whole notebook for a year (plan, entries, comments, praise and criticism): one round trip. */
export async function getNotebook(ctx: Ctx, memberId: string, year?: number): Promise<NotebookOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const y = year ?? vnYear(ctx.now);
  const [memberRows, cycleRows, planRows, itemRows, entryRows, commentRows, remarkRows, evalRows] =
    await ctx.db.batch([
      memberWithCellQuery(ctx, memberId),
      cyclesQuery(ctx),
      planRowQuery(ctx, memberId, y),
      planItemsDetailQuery(ctx, memberId, y),
      entriesQuery(ctx, memberId, y),
      commentsQuery(ctx, memberId, y),
      remarksForMemberQuery(ctx, memberId, y),
      evaluationOfMemberQuery(ctx, memberId, y),
    ]);
  const m = memberRows[0];
  if (!m) throw notFound("Không tìm thấy sổ tay của đảng viên này.");
  const cycle = cycleRows.find((c) => c.year === y) ?? null;
  const plan = toNotebookPlan(ctx, planRows[0], toPlanItems(itemRows));
  const entries = entryRows.map((e) => toEntryOut(e, commentRows));
  const submitted = new Set(entries.filter((e) => e.status === "submitted").map((e) => e.kind));
  const ev = evalRows[0];
  return {
    member: {
      id: m.id,
      fullName: m.fullName,
      cardNumber: m.cardNumber,
      unitId: m.unitId,
      unitName: m.unitName,
      group: m.group === "exemplar" ? "exemplar" : "follower",
    },
    year: y,
    years: [...new Set([y, ...cycleRows.map((c) => c.year)])].sort((a, b) => b - a),
    cycle: cycle
      ? { id: cycle.id, status: cycle.status, checkpointMode: modeOf(cycle), windows: windowsOf(cycle) }
      : null,
    plan,
    entries,
    remarks: remarkRows.map(toRemarkOut),
    compliance: complianceOf(
      cycle ? modeOf(cycle) : "three",
      planRows[0]?.firstSubmittedAt != null,
      submitted,
    ),
    evaluation: ev
      ? { id: ev.id, status: ev.status, decidedLevel: ev.decidedLevel, decidedAt: ev.decidedAt }
      : null,
  };
}

/** The signed-in member's own notebook (404 when the account is not linked to a member). */
export async function getMyNotebook(ctx: Ctx, year?: number): Promise<NotebookOut> {
  requireRole(ctx, "admin", "secretary", "member");
  if (!ctx.actor.memberId)
    throw notFound("Tài khoản của đồng chí chưa gắn với hồ sơ đảng viên nên chưa có sổ tay.");
  return getNotebook(ctx, ctx.actor.memberId, year);
}

export interface EntryView {
  entry: EntryOut;
  member: { id: string; fullName: string };
  items: PlanItemOut[];
  cycle: { year: number; status: string; window: { from: string; to: string } | null };
}

/** One entry with its comments and the plan items it reports on: one round trip. */
export async function getEntry(ctx: Ctx, id: string): Promise<EntryView> {
  requireRole(ctx, "admin", "secretary", "member");
  const of = rowOf(ctx, "notebook_entries", id);
  const [rows, comments, items, cycleRows] = await ctx.db.batch([
    entryByIdQuery(ctx, id),
    entryCommentsQuery(ctx, id),
    planItemsDetailQuery(ctx, of("member_id"), of("year")),
    cycleByYearQuery(ctx, of("year")),
  ]);
  const found = rows[0];
  if (!found) throw notFound("Không tìm thấy bài ghi trong sổ tay.");
  const cycle = cycleRows[0] as (CycleLike & { year: number }) | undefined;
  return {
    entry: toEntryOut(found.e, comments),
    member: { id: found.e.memberId, fullName: found.memberName },
    items: toPlanItems(items),
    cycle: {
      year: found.e.year,
      status: cycle?.status ?? "closed",
      window: cycle ? windowOf(cycle, found.e.kind as never) : null,
    },
  };
}

/** A member's report before the cell in the year: the planned date, and the meeting and remark once given. */
export interface ComplianceReport {
  plannedDate: string | null;
  reportedDate: string | null;
  remark: string | null;
}

function reportOf(turnDate: string | null, report: string | null): ComplianceReport | null {
  if (!turnDate && !report) return null;
  const cut = report?.indexOf("|") ?? -1;
  return {
    plannedDate: turnDate,
    reportedDate: report && cut > 0 ? report.slice(0, cut) : null,
    remark: report && cut > 0 ? report.slice(cut + 1) : null,
  };
}

export interface ComplianceRow {
  memberId: string;
  fullName: string;
  group: "exemplar" | "follower";
  planStatus: string | null;
  /** Submitted reviews: kind → timing. */
  submitted: Record<string, string>;
  report: ComplianceReport | null;
  compliance: ComplianceOut;
}

export interface ComplianceView {
  unit: { id: string; name: string; kind: string };
  year: number;
  mode: "three" | "quarterly";
  required: string[];
  /** Roll-up counters of the unit (first) and its children. */
  units: { id: string; name: string; kind: string; counters: CounterTable[string] }[];
  members: ComplianceRow[];
}

/** Compliance of a unit: counters of it and its children, and its own members one by one. One round trip. */
export async function getCompliance(ctx: Ctx, q: ComplianceQuery): Promise<ComplianceView> {
  requireRole(ctx, "admin", "secretary");
  const y = q.year ?? vnYear(ctx.now);
  const _tid = ctx.tenant.id;
  const focus = focusUnit(ctx, q.unitId);
  const { idOf } = focus;
  // Qualified by hand: drizzle leaves columns of a single-table select unqualified, which the subqueries would capture.
  const mid = sql.raw('"members"."id"');
  const [unitRows, cycleRows, childRows, counterRows, memberRows] = await ctx.db.batch([
    focus.unit(),
    cycleByYearQuery(ctx, y),
    focus.children(),
    counterRowsQuery(
      ctx,
      countersOfYear(y, [...NOTEBOOK_METRICS, "plan.registered", "meetings.report"]),
      countersOfUnits(unitAndChildIds(ctx, idOf)),
    ),
    ctx.db
      .select({
        id: members.id,
        fullName: members.fullName,
        group: members.memberGroup,
        planStatus: sql<
          string | null
        >`(SELECT p.status FROM plans p WHERE ${inTenant(ctx, sql`p.tenant_id`)} AND p.member_id = ${mid} AND p.year = ${y})`,
        turnDate: sql<
          string | null
        >`(SELECT t.date FROM report_turns t WHERE ${inTenant(ctx, sql`t.tenant_id`)} AND t.member_id = ${mid} AND t.year = ${y})`,
        report: sql<
          string | null
        >`(SELECT mt.date || '|' || r.content FROM meeting_remarks r JOIN meetings mt ON mt.id = r.meeting_id AND mt.tenant_id = r.tenant_id WHERE ${inTenant(ctx, sql`r.tenant_id`)} AND r.member_id = ${mid} AND r.year = ${y} AND r.kind = 'report' ORDER BY mt.date DESC LIMIT 1)`,
        planRegistered: sql<number>`coalesce((SELECT p.first_submitted_at IS NOT NULL FROM plans p WHERE ${inTenant(ctx, sql`p.tenant_id`)} AND p.member_id = ${mid} AND p.year = ${y}), 0)`,
        submitted: sql<
          string | null
        >`(SELECT group_concat(e.kind || ':' || coalesce(e.timing, ''), ',') FROM notebook_entries e WHERE ${inTenant(ctx, sql`e.tenant_id`)} AND e.member_id = ${mid} AND e.year = ${y} AND e.status = 'submitted' AND e.kind <> 'free')`,
      })
      .from(members)
      .where(
        scoped(
          ctx,
          members.tenantId,
          sql`${members.unitId} = ${idOf}`,
          inArray(members.status, CURRENT_STATUSES),
        ),
      )
      .orderBy(asc(members.memberGroup), asc(members.sortKey), asc(members.id))
      .limit(500),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  const cycle = cycleRows[0];
  const mode = cycle ? modeOf(cycle) : "three";
  const table = tabulate(counterRows);
  const empty = {} as CounterTable[string];
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    year: y,
    mode,
    required: ["plan", ...reviewKindsOf(mode)],
    units: [{ id: unit.id, name: unit.name, kind: unit.kind }, ...childRows].map((u) => ({
      ...u,
      counters: table[u.id] ?? empty,
    })),
    members: memberRows.map((r) => {
      const submitted: Record<string, string> = {};
      for (const part of (r.submitted ?? "").split(",").filter(Boolean)) {
        const [kind, timing] = part.split(":") as [string, string];
        submitted[kind] = timing;
      }
      return {
        memberId: r.id,
        fullName: r.fullName,
        group: r.group === "exemplar" ? "exemplar" : "follower",
        planStatus: r.planStatus,
        submitted,
        report: reportOf(r.turnDate, r.report),
        compliance: complianceOf(mode, r.planRegistered === 1, new Set(Object.keys(submitted))),
      };
    }),
  };
}
