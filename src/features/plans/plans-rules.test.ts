// Leaders first, late, on behalf, bulk confirmation, field errors and round-trip budgets —
// each scenario ends with the counters recounted exactly.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/tenant/core";
import { call, cookieFor, ctxFor, d1Calls, dbOf, json } from "../../../test/harness";
import { writePlan } from "./plans-write.service";
import {
  LATE,
  ON_TIME,
  PLAN_YEAR as Y,
  criteriaOf,
  expectCountersExact,
  itemsFor,
  planRow as row,
  planVerb,
  planWorld as world,
  submitPlan as submitted,
} from "../../../test/plans-kit";
import type { MemberPlanOut, PlanOut } from "./plans.outputs";

describe("leaders first", () => {
  it("without gating, a group-2 plan submitted before group 1 is counted, and the unit shows it", async () => {
    const w = await world();
    const f = await submitted(w.follower.cookie);
    expect(f.leadersLate).toBe(true);
    await submitted(w.leader.cookie);
    const d = await json<{ total: { leadersFirst: boolean; follower: { leadersLate: number } } }>(
      await call("GET", `/api/v1/plans/dashboard?unitId=${w.s.school.id}`, {
        cookie: await cookieFor(w.t, w.t.adminId),
      }),
    );
    expect([d.total.leadersFirst, d.total.follower.leadersLate]).toEqual([false, 1]);
    await expectCountersExact(w.t);
  });

  it("with gating, group 2 submits only once the cell's group 1 has", async () => {
    const w = await world({ ...ON_TIME, gating: true });
    const ids = await criteriaOf(w.follower.cookie);
    const d = await json<PlanOut>(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: w.follower.cookie,
        json: { registration: "x", items: itemsFor(ids, Y) },
      }),
    );
    const gated = await planVerb("/api/v1/plans/mine/submit", w.follower.cookie, d.version);
    expect((await json<{ detail: string }>(gated, 409)).detail).toBe(
      "Chưa nộp vì theo nguyên tắc “trên trước, dưới sau”, nhóm 2 nộp kế hoạch sau khi các đồng chí nhóm 1 của chi bộ đã nộp (còn 1 đồng chí nhóm 1 chưa nộp). Bản nháp đã lưu vẫn giữ nguyên.",
    );
    // Saved and submitted at once (the editor): the new content is kept as a draft, then refused.
    const content = { registration: "Bản đăng ký đã sửa", items: itemsFor(ids, Y, 5) };
    const ctx = ctxFor(w.t.info, w.follower.account);
    await expect(
      writePlan(ctx, w.follower.memberId, { content, submit: true, version: d.version }),
    ).rejects.toThrow(/^Đã lưu bản nháp; chưa nộp vì theo nguyên tắc/);
    const kept = await json<MemberPlanOut>(
      await call("GET", "/api/v1/plans/mine", { cookie: w.follower.cookie }),
    );
    expect([kept.plan?.status, kept.plan?.registration, kept.plan?.items.length]).toEqual([
      "draft",
      "Bản đăng ký đã sửa",
      5,
    ]);
    await submitted(w.leader.cookie);
    const ok = await json<PlanOut>(
      await planVerb("/api/v1/plans/mine/submit", w.follower.cookie, d.version + 1),
    );
    expect([ok.status, ok.leadersLate]).toEqual(["submitted", false]);
    await expectCountersExact(w.t);
  });
});

describe("late, on behalf, bulk", () => {
  it("a submission after the group's deadline is accepted and marked late", async () => {
    const w = await world(LATE);
    const p = await submitted(w.leader.cookie);
    expect([p.status, p.late]).toEqual(["submitted", true]);
    await expectCountersExact(w.t);
  });

  it("a secretary writes and submits for a member: entered by, audited, visible and notified", async () => {
    const w = await world();
    const path = `/api/v1/plans/members/${w.follower.memberId}`;
    const p = await submitted(w.sec1.cookie, path);
    expect(p.enteredBy?.accountId).toBe(w.sec1.account.id);
    expect(p.events.at(-1)).toMatchObject({ kind: "submitted", onBehalf: true });
    const audit = await dbOf(w.t)
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, p.id), eq(auditLog.action, "plan.submit")));
    expect(audit[0]?.onBehalfOf).toBe(w.follower.memberId);
    const mine = await json<MemberPlanOut>(
      await call("GET", "/api/v1/plans/mine", { cookie: w.follower.cookie }),
    );
    expect(mine.plan?.enteredBy?.label).toBe(w.sec1.account.displayName);
    const notes = await json<{ items: { kind: string; link: string }[] }>(
      await call("GET", "/api/v1/notifications", { cookie: w.follower.cookie }),
    );
    expect(notes.items.map((n) => [n.kind, n.link])).toEqual([["plan.entered", `/my-plan?year=${Y}`]]);
    await expectCountersExact(w.t);
  });

  it("bulk confirm is all or nothing", async () => {
    const w = await world();
    const a = await submitted(w.leader.cookie);
    const draft = await json<PlanOut>(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: w.follower.cookie,
        json: { registration: "x", items: [] },
      }),
    );
    const res = await call("POST", "/api/v1/plans/confirm", {
      cookie: w.sec1.cookie,
      json: {
        plans: [
          { id: a.id, version: a.version },
          { id: draft.id, version: draft.version },
        ],
      },
    });
    expect((await json<{ detail: string }>(res, 409)).detail).toContain(w.follower.name);
    expect((await row(w.t, a.id)).status).toBe("submitted");
    await json(
      await call("POST", "/api/v1/plans/confirm", { cookie: w.sec1.cookie, json: { plans: [] } }),
      400,
    );
    await expectCountersExact(w.t);
  });
});

describe("field errors and budgets", () => {
  it("submit needs a registration and the minimum items; items are checked against the criteria", async () => {
    const w = await world();
    const ids = await criteriaOf(w.leader.cookie);
    const item = (criterionVersionId: string, commitment: string, dueDate: string) => ({
      criterionVersionId,
      commitment,
      measure: "Đo đạc",
      dueDate,
    });
    const shape = await call("PUT", "/api/v1/plans/mine", {
      cookie: w.leader.cookie,
      json: { items: [item(ids[0]!, "Cam kết đủ dài", "31/02/2026"), item(ids[0]!, "ab", `${Y}-05-01`)] },
    });
    const e0 = (await json<{ errors: Record<string, string> }>(shape, 400)).errors;
    expect(Object.keys(e0).sort()).toEqual(["items.0.dueDate", "items.1.commitment"]);
    const bad = await call("PUT", "/api/v1/plans/mine", {
      cookie: w.leader.cookie,
      json: {
        items: [
          item("0000000000000000", "Cam kết đủ dài", `${Y}-05-01`),
          item(ids[0]!, "Cam kết khác", `${Y + 3}-05-01`),
        ],
      },
    });
    const errors = (await json<{ errors: Record<string, string> }>(bad, 400)).errors;
    expect(Object.keys(errors).sort()).toEqual(["items.0.criterionVersionId", "items.1.dueDate"]);
    const p = await json<PlanOut>(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: w.leader.cookie,
        json: { items: itemsFor(ids, Y, 2) },
      }),
    );
    const sub = await planVerb("/api/v1/plans/mine/submit", w.leader.cookie, p.version);
    const e2 = (await json<{ errors: Record<string, string> }>(sub, 400)).errors;
    expect(Object.keys(e2).sort()).toEqual(["items", "registration"]);
    const unknown = await call("PUT", "/api/v1/plans/mine", {
      cookie: w.leader.cookie,
      json: { registration: "x", items: [], version: p.version, status: "confirmed" },
    });
    await json(unknown, 400);
    expect((await row(w.t, p.id)).status).toBe("draft");
  });

  it("the plan page costs ≤ 2 round trips; a submit ≤ 3 (session, one read batch, one write batch)", async () => {
    const w = await world();
    const page = `/t/${w.t.info.slug}/my-plan`;
    await call("GET", page, { cookie: w.leader.cookie });
    const res = await call("GET", page, { cookie: w.leader.cookie });
    expect(res.status).toBe(200);
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    const api = await call("GET", "/api/v1/plans/mine", { cookie: w.leader.cookie });
    expect(d1Calls(api)).toBeLessThanOrEqual(2);
    const ids = ((await api.json()) as MemberPlanOut).criteria.map((c) => c.criterionVersionId);
    const save = await call("PUT", "/api/v1/plans/mine", {
      cookie: w.leader.cookie,
      json: { registration: "x", items: itemsFor(ids, Y) },
    });
    expect(d1Calls(save)).toBeLessThanOrEqual(3);
    const p = await json<PlanOut>(save);
    const sub = await planVerb("/api/v1/plans/mine/submit", w.leader.cookie, p.version);
    expect(d1Calls(sub)).toBeLessThanOrEqual(3);
    const detail = await call("GET", `/t/${w.t.info.slug}/plans/${p.id}`, { cookie: w.sec1.cookie });
    expect([detail.status, d1Calls(detail)]).toEqual([200, 2]);
    const queue = await call("GET", `/t/${w.t.info.slug}/plans/queue`, { cookie: w.sec1.cookie });
    expect(queue.status).toBe(200);
    expect(d1Calls(queue)).toBeLessThanOrEqual(2);
    await expectCountersExact(w.t);
  });
});
