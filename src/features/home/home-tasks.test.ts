// "Việc đang chờ": each role's next steps from one read batch, scoped to what the role may see.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { accounts } from "../../db/schema/tenant/core";
import { call, cookieFor, d1Calls, dbOf, expectStatus, json, makeTenant } from "../../../test/harness";
import { notebookWorld, personWithPlan, propose, submitReview } from "../../../test/notebook-kit";
import {
  ON_TIME,
  PLAN_YEAR as Y,
  makePerson,
  schoolInCycle,
  secretaryOf,
  submitPlan,
} from "../../../test/plans-kit";
import type { TasksOut } from "./home.outputs";

const tasksOf = async (cookie: string) => {
  const res = await call("GET", "/api/v1/me/tasks", { cookie });
  expect(d1Calls(res)).toBeLessThanOrEqual(2);
  return json<TasksOut>(res);
};
const kinds = (t: TasksOut) => t.items.map((i) => [i.kind, i.count]);

describe("Việc đang chờ", () => {
  it("a member: the plan to write, fix (with the cell's reason) or have confirmed; their cell and its secretary", async () => {
    const t = await makeTenant();
    const s = await schoolInCycle(t, ON_TIME);
    const m = await makePerson(t, s.cell1, true, "Võ Thị Lan");
    const sec = await secretaryOf(t, s.cell1);
    const home = `/t/${t.info.slug}/`;
    const first = await tasksOf(m.cookie);
    expect(first.items.map((i) => [i.kind, i.deadline, i.link])).toEqual([
      ["plan.write", ON_TIME.exemplarDeadline, `/my-plan?year=${Y}`],
    ]);
    expect(first.cell).toEqual({
      id: s.cell1.id,
      name: "Chi bộ Một",
      secretaries: [sec.account.displayName],
    });
    const [d, mo, yy] = [ON_TIME.exemplarDeadline.slice(8), ON_TIME.exemplarDeadline.slice(5, 7), Y + 1];
    const page = await call("GET", home, { cookie: m.cookie });
    expect(d1Calls(page)).toBeLessThanOrEqual(2);
    const html = await expectStatus(page, 200);
    for (const text of [
      `Lập và nộp kế hoạch năm ${Y}`,
      `Hạn: ${d}/${mo}/${yy}`,
      "Chi bộ Một",
      sec.account.displayName,
    ])
      expect(html).toContain(text);

    const p = await submitPlan(m.cookie);
    const planTasks = async () => (await tasksOf(m.cookie)).items.filter((i) => i.kind.startsWith("plan."));
    expect((await planTasks()).map((i) => i.kind)).toEqual(["plan.waiting"]);
    await json(
      await call("POST", `/api/v1/plans/${p.id}/return`, {
        cookie: sec.cookie,
        json: { version: p.version, comment: "Bổ sung cách đo kết quả." },
      }),
    );
    const fix = (await planTasks())[0]!;
    expect([fix.kind, fix.link]).toEqual(["plan.fix", `/my-plan?year=${Y}`]);
    expect(fix.detail).toContain("“Bổ sung cách đo kết quả.”");
    const after = await expectStatus(await call("GET", home, { cookie: m.cookie }), 200);
    expect(after).toContain(`Sửa và nộp lại kế hoạch năm ${Y}`);
    expect(after).toContain(`href="/t/${t.info.slug}/my-plan?year=${Y}"`);
    // Nothing of a manager's reaches a member.
    expect((await tasksOf(m.cookie)).byCell).toEqual([]);
  });

  it("a member: the next notebook review and the self-assessment, with their deadlines", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true);
    const cycles = await json<{ items: { year: number; midyearTo: string; annualTo: string }[] }>(
      await call("GET", "/api/v1/cycles", { cookie: w.admin }),
    );
    const cycle = cycles.items.find((c) => c.year === w.Y)!;
    const mine = async () => (await tasksOf(a.cookie)).items.map((i) => [i.kind, i.deadline, i.overdue]);
    expect(await mine()).toEqual([
      ["plan.waiting", null, false],
      ["notebook.midyear", cycle.midyearTo, true],
      ["evaluation.self", cycle.annualTo, false],
    ]);
    const html = await expectStatus(await call("GET", `/t/${w.t.info.slug}/`, { cookie: a.cookie }), 200);
    expect(html).toContain("Viết bài “Sơ kết 6 tháng” trong sổ tay");
    expect(html).toContain("Quá hạn");
    await json(await submitReview(a, "midyear"), 201);
    expect((await mine())[1]).toEqual(["notebook.annual", cycle.annualTo, false]);
    await json(await submitReview(a, "annual"), 201);
    await json(
      await call("POST", "/api/v1/evaluations/mine/self", {
        cookie: a.cookie,
        json: { year: w.Y, level: "tot" },
      }),
    );
    expect(await mine()).toEqual([["plan.waiting", null, false]]);
  });

  it("secretaries: plans to confirm by cell, entries to comment, ratings to propose and decide — their subtree only", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true);
    await personWithPlan(w, w.cell1, false);
    expect(kinds(await tasksOf(w.sec1))).toEqual([["plans.confirm", 2]]);
    expect(kinds(await tasksOf(w.sec2))).toEqual([]);
    const school = await tasksOf(w.secSchool);
    expect(kinds(school)).toEqual([["plans.confirm", 2]]);
    expect(school.byCell).toEqual([
      {
        unitId: w.cell1.id,
        unitName: "Chi bộ Một",
        waitingPlans: 2,
        link: `/plans/queue?year=${w.Y}&unitId=${w.cell1.id}`,
      },
    ]);
    const queue = await expectStatus(
      await call("GET", `/t/${w.t.info.slug}${school.byCell[0]!.link}`, { cookie: w.secSchool }),
      200,
    );
    expect(queue).toContain(a.name);
    await expectStatus(
      await call("GET", `/t/${w.t.info.slug}/plans/queue?unitId=${w.cell1.id}`, { cookie: w.sec2 }),
      404,
    );

    await json(await submitReview(a, "midyear"), 201);
    await json(await submitReview(a, "annual"), 201);
    expect(kinds(await tasksOf(w.sec1))).toEqual([
      ["plans.confirm", 2],
      ["notebook.comment", 2],
      ["evaluations.propose", 1],
    ]);
    expect(kinds(await tasksOf(w.sec2))).toEqual([]);
    await json(await propose(a.memberId, w.sec1, { year: w.Y, level: "tot" }));
    expect(kinds(await tasksOf(w.sec1))).toEqual([
      ["plans.confirm", 2],
      ["notebook.comment", 2],
    ]);
    // The cell cannot decide its own proposal; the school's committee and the admin can.
    expect((await tasksOf(w.secSchool)).items.find((i) => i.kind === "evaluations.decide")?.count).toBe(1);
    const admin = await tasksOf(w.admin);
    expect(admin.items.find((i) => i.kind === "evaluations.decide")?.count).toBe(1);
    expect(admin.items.find((i) => i.kind === "plans.confirm")?.count).toBe(2);
  });

  it("an admin: onboarding steps left and accounts never activated", async () => {
    const t = await makeTenant();
    const admin = await cookieFor(t, t.adminId);
    const s = await schoolInCycle(t, ON_TIME);
    const m = await makePerson(t, s.cell1, false);
    await dbOf(t).update(accounts).set({ passwordHash: null }).where(eq(accounts.id, m.account.id));
    const tasks = await tasksOf(admin);
    expect(tasks.items.find((i) => i.kind === "accounts.activate")?.count).toBe(1);
    expect(tasks.items.find((i) => i.kind === "onboarding")?.link).toBe("/onboarding");
    expect(tasks.cell).toBeNull();
    const page = await call("GET", `/t/${t.info.slug}/`, { cookie: admin });
    expect(d1Calls(page)).toBeLessThanOrEqual(2);
    expect(await expectStatus(page, 200)).toContain("Tài khoản chưa đặt mật khẩu");
    await expectStatus(await call("GET", "/api/v1/me/tasks"), 401);
  });
});
