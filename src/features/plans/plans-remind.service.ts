// Reminders to members whose plan is not in yet (no plan, a draft, or a returned plan): by a
// secretary (one person or everyone pending in a unit) and by the Cron Trigger N days before
// each deadline. The dedupe key makes repeats harmless; only reachable people count as reminded.
import { vnToday } from "../../domain/time";
import { type SQL, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { units } from "../../db/schema/tenant/core";
import { members } from "../../db/schema/tenant/members";
import { plans } from "../../db/schema/tenant/plans";
import { auditInsert } from "../../platform/audit";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { TENANT_JOBS, type TenantJob } from "../../platform/scheduled";
import { inTenant, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { formatIsoDate } from "../../ui/format";
import { type CycleRow, cycleOfYearQuery, cyclesQuery, requireOpenCycle } from "../cycles";
import { daysBetween, parseReminderDays, reminderStage } from "../cycles";
import { unitReach, unitWithChildrenQuery } from "./plans-dashboard.queries";
import type { RemindInput } from "./plans.inputs";
import { CURRENT } from "./plans.queries";
import { inSubtreeOf, joinRef, unitPathOf } from "../../platform/lookups";
import { notifyRowsStatement, notifyStatement } from "../notifications";

/**
 * Notifications for the pending members matching `where` (over `members` and their `units`),
 * keyed `keyPrefix || member id`: one INSERT … SELECT, duplicates ignored.
 */
function pendingInsert(ctx: Ctx, cycle: CycleRow, where: SQL, keyPrefix: string, title: string) {
  const body = sql`'Đồng chí chưa nộp kế hoạch năm ${sql.raw(String(cycle.year))}. Hạn nộp của ' ||
    CASE ${members.memberGroup} WHEN 'exemplar' THEN ${`nhóm 1: ${formatIsoDate(cycle.exemplarDeadline)}`}
    ELSE ${`nhóm 2: ${formatIsoDate(cycle.followerDeadline)}`} END || '.'`;
  return notifyRowsStatement(ctx, {
    memberId: sql`${members.id}`,
    kind: "plan.reminder",
    title,
    body,
    link: `/my-plan?year=${cycle.year}`,
    dedupeKey: sql`${keyPrefix} || ${members.id}`,
    from: sql`FROM ${members} JOIN ${units} ON ${units.id} = ${members.unitId} AND ${units.tenantId} = ${members.tenantId}
      LEFT JOIN ${plans} ON ${plans.tenantId} = ${members.tenantId} AND ${plans.memberId} = ${members.id}
        AND ${plans.year} = ${cycle.year}
      WHERE ${scoped(ctx, members.tenantId, inArray(members.status, CURRENT), where)}
        AND (${plans.id} IS NULL OR ${plans.status} IN ('draft', 'returned'))`,
  });
}

const inList = (ids: string[]) => sql`${members.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

function changes(result: unknown): number {
  return (result as { meta?: { changes?: number } })?.meta?.changes ?? 0;
}

/** At most this many people are reminded by one request (one batch). */
const REMIND_MAX = 5000;

/**
 * The pending members `where` selects, with whether a reminder can reach them (an active account
 * that has a password) and when they were last reminded under `key` (today's reminder).
 */
function pendingPeopleQuery(ctx: Ctx, year: number, where: SQL, key: string) {
  const a = sql`${inTenant(ctx, sql`a.tenant_id`)} AND (a.member_id = ${members.id} OR a.id = ${members.accountId})`;
  return ctx.db
    .select({
      id: members.id,
      group: members.memberGroup,
      reachable: sql<number>`EXISTS (SELECT 1 FROM accounts a WHERE ${a} AND a.status = 'active' AND a.password_hash IS NOT NULL)`,
      remindedAt: sql<
        number | null
      >`(SELECT n.created_at FROM notifications n WHERE ${inTenant(ctx, sql`n.tenant_id`)} AND n.dedupe_key = ${key} || ${members.id})`,
    })
    .from(members)
    .innerJoin(units, joinRef(units, members.unitId, members))
    .leftJoin(
      plans,
      sql`${plans.tenantId} = ${members.tenantId} AND ${plans.memberId} = ${members.id} AND ${plans.year} = ${year}`,
    )
    .where(
      scoped(
        ctx,
        members.tenantId,
        inArray(members.status, CURRENT),
        where,
        unitReach(ctx),
        sql`(${plans.id} IS NULL OR ${plans.status} IN ('draft', 'returned'))`,
      ),
    )
    .limit(REMIND_MAX);
}

export interface RemindResult {
  sent: number;
  alreadyToday: number;
  lastRemindedAt: number | null;
  withoutAccount: number;
}

/**
 * "Remind": the chosen members, or everyone pending in a unit's subtree, at most once a day each.
 * Only people who can read it are counted as reminded: those without a usable account are
 * counted apart (the cell prints slips for them), and those reminded earlier today are told apart.
 */
export async function remindPending(ctx: Ctx, input: RemindInput): Promise<RemindResult> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const ids = input.memberIds ?? [];
  const key = `remind:${input.year}:${vnToday(ctx.now)}:`;
  const target = input.unitId ? inSubtreeOf(units.path, unitPathOf(ctx, input.unitId)) : inList(ids);
  const [cycle, unit, found, people] = await ctx.db.batch([
    cycleOfYearQuery(ctx, input.year),
    unitWithChildrenQuery(ctx, input.unitId ?? ""),
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(members)
      .innerJoin(units, joinRef(units, members.unitId, members))
      .where(scoped(ctx, members.tenantId, inList(ids), unitReach(ctx))),
    pendingPeopleQuery(ctx, input.year, target, key),
  ]);
  if (input.unitId && !unit.some((u) => u.id === input.unitId)) throw notFound("Không tìm thấy đơn vị.");
  if (ids.length && (found[0]?.n ?? 0) !== ids.length) throw notFound("Không tìm thấy đảng viên.");
  const c = cycle[0];
  if (!c) throw notFound(`Chưa mở chu kỳ năm ${input.year}.`);
  requireOpenCycle(c);
  const reachable = people.filter((p) => p.reachable);
  const earlier = reachable.filter((p) => p.remindedAt !== null);
  const fresh = reachable.filter((p) => p.remindedAt === null);
  const title = `Nhắc nộp kế hoạch năm ${c.year}`;
  const notice = notifyStatement(
    ctx,
    fresh.map((p) => ({
      memberId: p.id,
      kind: "plan.reminder",
      title,
      body: `Đồng chí chưa nộp kế hoạch năm ${c.year}. Hạn nộp của ${p.group === "exemplar" ? `nhóm 1: ${formatIsoDate(c.exemplarDeadline)}` : `nhóm 2: ${formatIsoDate(c.followerDeadline)}`}.`,
      link: `/my-plan?year=${c.year}`,
      dedupeKey: key + p.id,
    })),
  );
  const stmts: BatchItem<"sqlite">[] = [
    auditInsert(ctx, {
      action: "plan.remind",
      entityType: input.unitId ? "unit" : "member",
      entityId: input.unitId ?? ids[0]!,
      after: {
        year: c.year,
        unitId: input.unitId ?? null,
        memberIds: input.memberIds ?? null,
        reminded: fresh.length,
        withoutAccount: people.length - reachable.length,
      },
    }),
  ];
  if (notice) stmts.unshift(notice);
  const results = await ctx.db.batch(stmts as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  return {
    sent: notice ? changes(results[0]) : 0,
    alreadyToday: earlier.length,
    lastRemindedAt: earlier.length ? Math.max(...earlier.map((p) => p.remindedAt!)) : null,
    withoutAccount: people.length - reachable.length,
  };
}

/** The scheduled reminders of one tenant for the day: per open cycle and group, at most one stage. */
export async function sendScheduledReminders(ctx: Ctx): Promise<number> {
  const today = vnToday(ctx.now);
  const open = (await cyclesQuery(ctx)).filter((c) => c.status === "open");
  const stmts: BatchItem<"sqlite">[] = [];
  const sent: string[] = [];
  for (const c of open) {
    const lead = parseReminderDays(c.reminderDays);
    for (const [grp, deadline] of [
      ["exemplar", c.exemplarDeadline],
      ["follower", c.followerDeadline],
    ] as const) {
      const stage = reminderStage(daysBetween(today, deadline), lead);
      if (!stage) continue;
      const title =
        stage === "overdue"
          ? `Đã quá hạn nộp kế hoạch năm ${c.year}`
          : stage === "d0"
            ? `Hôm nay là hạn cuối nộp kế hoạch năm ${c.year}`
            : `Còn ${stage.slice(1)} ngày đến hạn nộp kế hoạch năm ${c.year}`;
      stmts.push(
        pendingInsert(ctx, c, eq(members.memberGroup, grp), `auto:${c.year}:${grp}:${stage}:`, title),
      );
      sent.push(`${c.year}/${grp}/${stage}`);
    }
  }
  if (!stmts.length) return 0;
  stmts.push(
    auditInsert(ctx, {
      action: "plan.remind.scheduled",
      entityType: "tenant",
      entityId: ctx.tenant.id,
      after: { today, sent },
    }),
  );
  const results = await ctx.db.batch(stmts as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  return results.slice(0, -1).reduce((n, r) => n + changes(r), 0);
}

export const planRemindersJob: TenantJob = {
  name: "plan-reminders",
  run: async (ctx) => {
    await sendScheduledReminders(ctx);
  },
};

if (!TENANT_JOBS.some((j) => j.name === planRemindersJob.name)) TENANT_JOBS.push(planRemindersJob);
