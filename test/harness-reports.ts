/**
 * Test helpers around the roll-up counters and reports. `expectNoCounterDrift(t)` recounts
 * every registered counter of a tenant from its raw rows and expects no difference: call it at
 * the end of any scenario that writes counted rows. Importing the app registers every
 * feature's counter source, whatever the test file imported itself.
 */
import "../src/app";
import { expect } from "vitest";
import { confirmPlan, returnPlan } from "../src/features/plans/plans-review.service";
import { getMemberPlan } from "../src/features/plans/plans.service";
import { writePlan } from "../src/features/plans/plans-write.service";
import type { Ctx } from "../src/platform/context";
import type { CounterDiff } from "../src/platform/recount";
import { recountAll } from "../src/counter-sources";
import { type TestTenant, cookieFor, dbOf, makeTenant } from "./harness";
import { type Unit, adoptFramework, itemsFor, makeSchool, openCycle } from "./plans-kit";

/** The differences between the stored counters and a recount from raw rows. */
export function counterDrift(t: TestTenant): Promise<CounterDiff[]> {
  return recountAll(dbOf(t), t.info.id);
}

export async function expectNoCounterDrift(t: TestTenant): Promise<void> {
  expect(await counterDrift(t), "unit_counters differ from a recount of the raw rows").toEqual([]);
}

/** Writes and submits a member's plan through the plans service (as `ctx`, e.g. the admin). */
export async function submitPlanFor(ctx: Ctx, memberId: string, year: number) {
  const mine = await getMemberPlan(ctx, memberId, year);
  const ids = mine.criteria.map((c) => c.criterionVersionId);
  return writePlan(ctx, memberId, {
    content: { registration: "Tôi đăng ký thực hiện mô hình", items: itemsFor(ids, year) },
    submit: true,
    version: mine.plan?.version,
    year,
  });
}

/** Submit then confirm (the cell's confirmation), or return with a comment. */
export async function confirmPlanFor(ctx: Ctx, memberId: string, year: number) {
  const p = await submitPlanFor(ctx, memberId, year);
  return confirmPlan(ctx, p.id, { version: p.version });
}

export async function returnPlanFor(ctx: Ctx, memberId: string, year: number) {
  const p = await submitPlanFor(ctx, memberId, year);
  return returnPlan(ctx, p.id, { version: p.version, comment: "Cần cụ thể hóa thêm nội dung" });
}

export interface ReportsWorld {
  t: TestTenant;
  s: { bloc: Unit; school: Unit; cell1: Unit; cell2: Unit };
  /** The tenant admin's session cookie. */
  admin: string;
}

/**
 * A tenant with the school tree (bloc → school → two cells) and, unless `cycle` is false, the year's
 * framework and an open cycle whose deadlines fall next spring: where most report tests start.
 */
export async function reportsWorld(year: number, opts: { cycle?: boolean } = {}): Promise<ReportsWorld> {
  const t = await makeTenant();
  const s = await makeSchool(t);
  if (opts.cycle !== false) {
    await adoptFramework(t, year);
    await openCycle(t, year, {
      exemplarDeadline: `${year + 1}-03-01`,
      followerDeadline: `${year + 1}-03-15`,
    });
  }
  return { t, s, admin: await cookieFor(t, t.adminId) };
}
