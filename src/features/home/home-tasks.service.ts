// "Việc đang chờ": the statements for one read batch (the home page adds them to its own) and
// what they become. A member's reads are their own rows; a manager's come from the counters and a
// few capped counts over their subtree. Nothing of a manager's runs for a member.
import type { BatchItem } from "drizzle-orm/batch";
import { vnToday, vnYear } from "../../domain/time";
import type { Ctx } from "../../platform/context";
import { requireRole } from "../../platform/tenant-context";
import { cycleOfYearQuery } from "../cycles";
import { type OnboardingState, onboardingQuery, onboardingState } from "../onboarding";
import { memberWithCellQuery, planOfMemberQuery, unitOfMember, unitSecretariesQuery } from "../plans";
import * as q from "./home-tasks.queries";
import { type CycleFacts, managerTasks, memberTasks } from "./home-tasks.rules";
import type { TasksOut } from "./home.outputs";

type Reads = Record<string, BatchItem<"sqlite">>;
type Rows = Record<string, Record<string, unknown>[]>;

/** The statements, by name; `finish` turns their results (in the same order) into the tasks. */
export function taskReads(ctx: Ctx) {
  const y = vnYear(ctx.now);
  const m = ctx.actor.memberId;
  const role = ctx.actor.role;
  const reads: Reads = { cycle: cycleOfYearQuery(ctx, y) };
  if (m)
    Object.assign(reads, {
      member: memberWithCellQuery(ctx, m),
      plan: planOfMemberQuery(ctx, m, y),
      entries: q.myEntriesQuery(ctx, m, y),
      evaluation: q.myEvaluationQuery(ctx, m, y),
      secretaries: unitSecretariesQuery(ctx, unitOfMember(ctx, m)),
    });
  if (role === "admin" || role === "secretary")
    Object.assign(reads, {
      waiting: q.waitingPlansQuery(ctx, y),
      byCell: q.waitingByCellQuery(ctx, y),
      toDecide: q.evaluationsToDecideQuery(ctx, y),
      accounts: q.accountsToActivateQuery(ctx),
    });
  if (role === "secretary")
    Object.assign(reads, {
      toComment: q.entriesToCommentQuery(ctx, y),
      toPropose: q.evaluationsToProposeQuery(ctx, y),
    });
  const ob = onboardingQuery(ctx);
  if (ob) reads.onboarding = ob as unknown as BatchItem<"sqlite">;
  const names = Object.keys(reads);
  return {
    stmts: Object.values(reads),
    finish: (results: unknown[]) =>
      finishTasks(ctx, y, Object.fromEntries(names.map((k, i) => [k, results[i]])) as Rows),
  };
}

const n = (rows: Record<string, unknown>[] | undefined) => Number(rows?.[0]?.n ?? 0);

function finishTasks(ctx: Ctx, year: number, r: Rows): TasksOut & { onboarding: OnboardingState | null } {
  const today = vnToday(ctx.now);
  const cycle = (r.cycle?.[0] ?? null) as CycleFacts | null;
  const member = r.member?.[0] as { unitId: string; unitName: string; group: string } | undefined;
  const onboarding = onboardingState(ctx, r.onboarding);
  const role = ctx.actor.role;
  const mine = member
    ? memberTasks({
        today,
        year,
        group: member.group,
        cycle,
        plan: (r.plan?.[0] ?? null) as never,
        entries: (r.entries ?? []) as never,
        evaluation: (r.evaluation?.[0] ?? null) as never,
      })
    : [];
  const managed =
    role === "admin" || role === "secretary"
      ? managerTasks({
          today,
          year,
          role,
          waitingPlans: n(r.waiting),
          toComment: r.toComment ? n(r.toComment) : null,
          toPropose: r.toPropose ? n(r.toPropose) : null,
          toDecide: n(r.toDecide),
          accountsToActivate: n(r.accounts),
          onboardingLeft:
            onboarding && !onboarding.complete ? onboarding.steps.length - onboarding.done : null,
        })
      : [];
  return {
    year,
    cell: member
      ? {
          id: member.unitId,
          name: member.unitName,
          secretaries: (r.secretaries ?? []).map((s) => String(s.displayName)),
        }
      : null,
    items: [...mine, ...managed],
    byCell: (r.byCell ?? []).map((c) => ({
      unitId: String(c.id),
      unitName: String(c.name),
      waitingPlans: Number(c.n),
      link: `/plans/queue?year=${year}&unitId=${c.id}`,
    })),
    onboarding,
  };
}

/** The signed-in person's tasks (API): one read batch. */
export async function getMyTasks(ctx: Ctx): Promise<TasksOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const t = taskReads(ctx);
  const res = await ctx.db.batch(t.stmts as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  const { onboarding: _o, ...out } = t.finish(res);
  return out;
}
