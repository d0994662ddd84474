// The plan's state machine and scope over the JSON API: illegal transitions answer 409 and
// change nothing; other members and other cells answer 404.
import { describe, expect, it } from "vitest";
import { call, json } from "../../../test/harness";
import {
  PLAN_YEAR as Y,
  expectCountersExact,
  planRow as row,
  planVerb,
  planWorld as world,
  submitPlan as submitted,
} from "../../../test/plans-kit";
import type { PlanOut } from "./plans.outputs";

describe("plan transitions", () => {
  it("answer 409 and change nothing: submit twice, edit after confirmation, confirm a draft", async () => {
    const w = await world();
    const p = await submitted(w.leader.cookie);
    const twice = await planVerb("/api/v1/plans/mine/submit", w.leader.cookie, p.version);
    await json(twice, 409);
    const edit = await call("PUT", "/api/v1/plans/mine", {
      cookie: w.leader.cookie,
      json: { registration: "Sửa", items: [], version: p.version },
    });
    await json(edit, 409);
    expect((await row(w.t, p.id)).version).toBe(p.version);

    const confirmed = await json<PlanOut>(
      await planVerb(`/api/v1/plans/${p.id}/confirm`, w.sec1.cookie, p.version),
    );
    const again = await planVerb(`/api/v1/plans/${p.id}/confirm`, w.sec1.cookie, confirmed.version);
    await json(again, 409);
    const after = await call("PUT", "/api/v1/plans/mine", {
      cookie: w.leader.cookie,
      json: { registration: "Sửa sau xác nhận", items: [], version: confirmed.version },
    });
    expect((await json<{ detail: string }>(after, 409)).detail).toContain("đã khóa");
    expect(await row(w.t, p.id)).toMatchObject({
      status: "confirmed",
      version: confirmed.version,
      registration: "Đăng ký",
    });

    const draft = await json<PlanOut>(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: w.follower.cookie,
        json: { registration: "Nháp", items: [] },
      }),
    );
    await json(await planVerb(`/api/v1/plans/${draft.id}/confirm`, w.sec1.cookie, draft.version), 409);
    await json(
      await call("POST", `/api/v1/plans/${draft.id}/return`, {
        cookie: w.sec1.cookie,
        json: { version: draft.version, comment: "Trả" },
      }),
      409,
    );
    expect(await row(w.t, draft.id)).toMatchObject({ status: "draft", version: draft.version });

    // Reopen with a reason: back to the member, who sees why.
    await json(await planVerb(`/api/v1/plans/${p.id}/reopen`, w.sec1.cookie, confirmed.version), 400);
    const reopened = await json<PlanOut>(
      await call("POST", `/api/v1/plans/${p.id}/reopen`, {
        cookie: w.sec1.cookie,
        json: { version: confirmed.version, reason: "Điều chỉnh theo nghị quyết mới" },
      }),
    );
    expect([reopened.status, reopened.reopenReason, reopened.confirmedAt]).toEqual([
      "returned",
      "Điều chỉnh theo nghị quyết mới",
      null,
    ]);
    expect(reopened.events.map((e) => e.kind)).toEqual(["submitted", "confirmed", "reopened"]);
    await expectCountersExact(w.t);
  });

  it("a stale version loses: 409 and nothing written", async () => {
    const w = await world();
    const p = await json<PlanOut>(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: w.leader.cookie,
        json: { registration: "Một", items: [] },
      }),
    );
    await json(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: w.leader.cookie,
        json: { registration: "Hai", items: [] },
      }),
      409,
    );
    await json(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: w.leader.cookie,
        json: { registration: "Ba", items: [], version: p.version + 5 },
      }),
      409,
    );
    expect((await row(w.t, p.id)).registration).toBe("Một");
    await expectCountersExact(w.t);
  });
});

describe("scope", () => {
  it("a member touching another member's plan, and a secretary of another cell, get 404", async () => {
    const w = await world();
    const p = await submitted(w.leader.cookie);
    const m = w.follower.cookie;
    await json(await call("GET", `/api/v1/plans/${p.id}`, { cookie: m }), 404);
    await json(await call("GET", `/api/v1/plans/members/${w.leader.memberId}`, { cookie: m }), 404);
    await json(
      await call("PUT", `/api/v1/plans/members/${w.leader.memberId}`, {
        cookie: m,
        json: { registration: "x", items: [] },
      }),
      404,
    );
    await json(await planVerb(`/api/v1/plans/members/${w.leader.memberId}/submit`, m, 1), 404);
    await json(await planVerb(`/api/v1/plans/${p.id}/confirm`, m, p.version), 403);

    const s2 = w.sec2.cookie;
    await json(await call("GET", `/api/v1/plans/${p.id}`, { cookie: s2 }), 404);
    await json(await planVerb(`/api/v1/plans/${p.id}/confirm`, s2, p.version), 404);
    await json(
      await call("POST", `/api/v1/plans/${p.id}/return`, {
        cookie: s2,
        json: { version: p.version, comment: "Không" },
      }),
      404,
    );
    await json(
      await call("POST", "/api/v1/plans/confirm", {
        cookie: s2,
        json: { plans: [{ id: p.id, version: p.version }] },
      }),
      404,
    );
    await json(await call("GET", `/api/v1/plans/members/${w.leader.memberId}`, { cookie: s2 }), 404);
    const q = await json<{ items: unknown[] }>(await call("GET", "/api/v1/plans", { cookie: s2 }));
    expect(q.items).toEqual([]);
    await json(await call("GET", `/api/v1/plans/dashboard?unitId=${w.s.cell1.id}`, { cookie: s2 }), 404);
    await json(
      await call("POST", "/api/v1/plans/remind", {
        cookie: s2,
        json: { year: Y, memberIds: [w.follower.memberId] },
      }),
      404,
    );
    expect((await row(w.t, p.id)).status).toBe("submitted");

    // The member reads their own plan by id; the right secretary sees it in the queue.
    expect(
      (await json<PlanOut>(await call("GET", `/api/v1/plans/${p.id}`, { cookie: w.leader.cookie }))).id,
    ).toBe(p.id);
    const q1 = await json<{ items: { id: string }[] }>(
      await call("GET", "/api/v1/plans", { cookie: w.sec1.cookie }),
    );
    expect(q1.items.map((i) => i.id)).toEqual([p.id]);
  });
});
