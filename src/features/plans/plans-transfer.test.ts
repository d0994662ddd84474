// A member's transfer carries their plans of open cycles to the new cell, and the counters with
// them (the recount agrees).
import { vnYear } from "../../domain/time";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { members } from "../../db/schema/tenant/members";
import { plans } from "../../db/schema/tenant/plans";
import { readCounters, tabulate } from "../../platform/counters";
import { ctxFor, dbOf, makeTenant } from "../../../test/harness";
import { ON_TIME, expectCountersExact, itemsFor, makePerson, schoolInCycle } from "../../../test/plans-kit";

import { transferMember } from "../members";
import { getMemberPlan } from "./plans.service";
import { movePlansStatements, openPlansOfMemberQuery } from "./plans-transfer.service";
import { writePlan } from "./plans-write.service";

const Y = vnYear(Date.now());

describe("transfer", () => {
  it("moves the member's open plans and their counters to the new cell", async () => {
    const t = await makeTenant();
    const s = await schoolInCycle(t, ON_TIME);
    const p = await makePerson(t, s.cell1, false);
    const ctx = ctxFor(t.info, p.account);
    const view = await getMemberPlan(ctx, p.memberId);
    const ids = view.criteria.map((c) => c.criterionVersionId);
    await writePlan(ctx, p.memberId, {
      content: { registration: "x", items: itemsFor(ids, Y) },
      submit: true,
    });

    const admin = t.ctx();
    const member = (await dbOf(t).select().from(members).where(eq(members.id, p.memberId)))[0]!;
    await transferMember(admin, p.memberId, {
      unitId: s.cell2.id,
      date: `${Y}-06-01`,
      reason: "Chuyển công tác",
      version: member.version,
    });
    const moved = (await dbOf(t).select().from(plans).where(eq(plans.memberId, p.memberId)))[0]!;
    expect([moved.unitId, moved.unitPath]).toEqual([s.cell2.id, s.cell2.path]);
    const table = tabulate(
      await readCounters(admin, [s.cell1.id, s.cell2.id, s.school.id], Y, ["plan.submitted"]),
    );
    expect(table[s.cell1.id]?.["plan.submitted"]?.follower ?? 0).toBe(0);
    expect(table[s.cell2.id]!["plan.submitted"]!.follower).toBe(1);
    expect(table[s.school.id]!["plan.submitted"]!.follower).toBe(1);
    await expectCountersExact(t);
    expect(movePlansStatements(admin, await openPlansOfMemberQuery(admin, p.memberId), s.cell2)).toEqual([]);
  });
});
