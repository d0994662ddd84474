// The scenario, as a new user would play it on the demo school: group 1 submits, the
// secretary returns one plan and confirms the others, the returned plan is fixed and
// confirmed, group 2 submits, and the dashboard is right at cell, school and bloc level.
import { vnYear } from "../../domain/time";
import { describe, expect, it } from "vitest";
import { call, cookieFor, ctxFor, d1Calls, json, makeAccount, makeTenant } from "../../../test/harness";
import {
  adoptFramework,
  expectCountersExact,
  itemsFor,
  makeDemoSchool,
  openCycle,
  planVerb,
} from "../../../test/plans-kit";

import type { DashboardOut, MemberPlanOut, PlanOut, QueueOut } from "./plans.outputs";
import { writePlan } from "./plans-write.service";

const Y = vnYear(Date.now());

describe("the yearly cycle on the demo school", () => {
  it("leaders first, the cell's confirmation, and the dashboard at every level", async () => {
    const t = await makeTenant();
    const { units, people } = await makeDemoSchool(t);
    const leaders = people.filter((p) => p.group === "exemplar");
    const followers = people.filter((p) => p.group === "follower");
    expect([leaders.length, followers.length]).toEqual([23, 16]);
    await adoptFramework(t, Y);
    await openCycle(t, Y, {
      exemplarDeadline: `${Y + 1}-03-01`,
      followerDeadline: `${Y + 1}-03-15`,
      gating: true,
    });

    // A group-1 member opens their plan page: group, effective criteria; then saves and submits over HTTP.
    const first = leaders[0]!;
    await call("GET", `/t/${t.info.slug}/my-plan`, { cookie: first.cookie });
    const view = await json<MemberPlanOut>(await call("GET", "/api/v1/plans/mine", { cookie: first.cookie }));
    expect(view.group).toBe("exemplar");
    expect(view.criteria).toHaveLength(5);
    const criteria = view.criteria.map((c) => c.criterionVersionId);
    const saved = await json<PlanOut>(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: first.cookie,
        json: { registration: "Đăng ký làm theo gương Bác", items: itemsFor(criteria, Y) },
      }),
    );
    const submit = await planVerb("/api/v1/plans/mine/submit", first.cookie, saved.version);
    expect((await json<PlanOut>(submit)).status).toBe("submitted");
    expect(d1Calls(submit)).toBeLessThanOrEqual(3);

    // Group 2 may not go first (gating): 409, nothing written.
    const early = followers[0]!;
    const fview = await json<MemberPlanOut>(
      await call("GET", "/api/v1/plans/mine", { cookie: early.cookie }),
    );
    const sameCell = leaders.filter((p) => p.cell === (early as { cell: string }).cell && p !== first).length;
    expect([fview.group, fview.criteria.length, fview.gatedBy]).toEqual(["follower", 6, sameCell]);
    const fcriteria = fview.criteria.map((c) => c.criterionVersionId);
    const draft = { registration: "Đăng ký", items: itemsFor(fcriteria, Y) };
    await json(await call("PUT", "/api/v1/plans/mine", { cookie: early.cookie, json: draft }));
    const blocked = await planVerb("/api/v1/plans/mine/submit", early.cookie, 1);
    await json(blocked, 409);

    // The rest of group 1 submits.
    for (const p of leaders.slice(1)) {
      const content = { registration: `Đăng ký của ${p.name}`, items: itemsFor(criteria, Y) };
      await writePlan(ctxFor(t.info, p.account), p.memberId, { content, submit: true });
    }

    // The school's secretary: the queue lists the 23 plans, leaders first; returns one, confirms the others at once.
    const secAcc = await makeAccount(t, "secretary", units.truong!);
    const sec = await cookieFor(t, secAcc.id);
    const queue = await json<QueueOut>(await call("GET", "/api/v1/plans?limit=100", { cookie: sec }));
    expect(queue.items).toHaveLength(23);
    expect(queue.items.every((i) => i.group === "exemplar")).toBe(true);
    const [toReturn, ...toConfirm] = queue.items;
    await json(
      await call("POST", `/api/v1/plans/${toReturn!.id}/return`, {
        cookie: sec,
        json: { version: toReturn!.version, comment: "Nội dung 2 cần cụ thể hơn, có mốc thời gian." },
      }),
    );
    const bulk = await call("POST", "/api/v1/plans/confirm", {
      cookie: sec,
      json: {
        plans: toConfirm.map((i) => ({ id: i.id, version: i.version })),
        meetingDate: `${Y}-01-20`,
        minutesNumber: "01-BB/CB",
      },
    });
    expect((await json<{ confirmed: string[] }>(bulk)).confirmed).toHaveLength(22);
    expect(d1Calls(bulk)).toBeLessThanOrEqual(3);
    await expectCountersExact(t);

    // The member sees the comment, fixes the plan and resubmits; the secretary confirms it.
    const owner = leaders.find((p) => p.memberId === toReturn!.memberId)!;
    const mine = await json<MemberPlanOut>(await call("GET", "/api/v1/plans/mine", { cookie: owner.cookie }));
    expect(mine.plan!.status).toBe("returned");
    expect(mine.plan!.returnComment).toContain("cụ thể hơn");
    const fixedItems = mine.plan!.items.map((i) => ({
      id: i.id,
      criterionVersionId: i.criterionVersionId,
      commitment: `${i.commitment} (đã bổ sung mốc thời gian)`,
      measure: i.measure,
      dueDate: i.dueDate,
    }));
    const fixed = await json<PlanOut>(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: owner.cookie,
        json: { registration: mine.plan!.registration, items: fixedItems, version: mine.plan!.version },
      }),
    );
    expect(fixed.items.map((i) => i.id)).toEqual(mine.plan!.items.map((i) => i.id));
    const resubmitted = await json<PlanOut>(
      await planVerb("/api/v1/plans/mine/submit", owner.cookie, fixed.version),
    );
    const confirm = await planVerb(`/api/v1/plans/${resubmitted.id}/confirm`, sec, resubmitted.version);
    expect((await json<PlanOut>(confirm)).status).toBe("confirmed");
    expect(d1Calls(confirm)).toBeLessThanOrEqual(3);

    // Group 2 now submits (gating satisfied in every cell).
    const early2 = await json<MemberPlanOut>(
      await call("GET", "/api/v1/plans/mine", { cookie: early.cookie }),
    );
    expect([early2.gatedBy, early2.plan?.status]).toEqual([null, "draft"]);
    for (const p of followers) {
      const ctx = ctxFor(t.info, p.account);
      const v = p === early ? 1 : undefined;
      const content = { registration: `Đăng ký của ${p.name}`, items: itemsFor(fcriteria, Y), version: v };
      await writePlan(ctx, p.memberId, { content, submit: true, version: v });
    }
    await expectCountersExact(t);

    // The dashboard: bloc, school and one cell.
    const admin = await cookieFor(t, t.adminId);
    const at = async (unitId: string) =>
      json<DashboardOut>(
        await call("GET", `/api/v1/plans/dashboard?unitId=${unitId}&year=${Y}`, { cookie: admin }),
      );
    for (const unitId of [units.khoi!.id, units.truong!.id]) {
      const d = await at(unitId);
      expect(d.total.exemplar).toMatchObject({
        members: 23,
        notStarted: 0,
        confirmed: 23,
        registered: 23,
        submitted: 0,
        late: 0,
      });
      expect(d.total.follower).toMatchObject({
        members: 16,
        notStarted: 0,
        submitted: 16,
        registered: 16,
        confirmed: 0,
      });
      expect(d.total.leadersFirst).toBe(true);
    }
    const school = await at(units.truong!.id);
    expect(school.children).toHaveLength(5);
    const cb1 = await at(units.cb1!.id);
    const inCb1 = (g: string) => people.filter((p) => p.cell === "cb1" && p.group === g).length;
    expect(cb1.total.exemplar).toMatchObject({ members: inCb1("exemplar"), confirmed: inCb1("exemplar") });
    expect(cb1.total.follower).toMatchObject({ members: inCb1("follower"), submitted: inCb1("follower") });
    const page = await call("GET", `/t/${t.info.slug}/plans/dashboard?unitId=${units.cb1!.id}&year=${Y}`, {
      cookie: admin,
    });
    expect(page.status).toBe(200);
    expect(d1Calls(page)).toBeLessThanOrEqual(2);
    await expectCountersExact(t);
  }, 120_000);
});
