import { describe, expect, it } from "vitest";
import { call, d1Calls, dbOf, expectStatus, json } from "../../../test/harness";
import { PARTS, type World, notebookWorld, personWithPlan, submitReview } from "../../../test/notebook-kit";
import { expectCountersExact, makePerson } from "../../../test/plans-kit";
import { auditLog } from "../../db/schema/tenant/core";
import { readCounters, tabulate } from "../../platform/counters";
import type { EntryOut, NotebookOut } from "./notebook.outputs";

type Problem = { status: number; errors?: Record<string, string> };

/** The cell's comment on a notebook entry, over the API. */
const comment = (entryId: string, cookie: string, content: string) =>
  call("POST", `/api/v1/notebook/entries/${entryId}/comments`, { cookie, json: { content } });

async function counters(w: World, unitId: string) {
  return tabulate(await readCounters(w.t.ctx(), [unitId], w.Y))[unitId] ?? {};
}

describe("notebook: reviews, comments and compliance", () => {
  it("a member writes the mid-year and annual reviews, the cell comments, compliance rolls up", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true);
    const b = await makePerson(w.t, w.cell1, false);

    // A review missing its three parts (and the progress of the plan's items) is refused with field errors.
    const draft = await json<EntryOut>(
      await call("POST", `/api/v1/members/${a.memberId}/notebook/entries`, {
        cookie: a.cookie,
        json: { kind: "midyear" },
      }),
      201,
    );
    const bad = await json<Problem>(
      await call("POST", `/api/v1/notebook/entries/${draft.id}/submit`, {
        cookie: a.cookie,
        json: { version: draft.version },
      }),
      400,
    );
    expect(Object.keys(bad.errors ?? {})).toEqual(
      expect.arrayContaining(["strengths", "shortcomings", "remedies", "progress.0.status"]),
    );
    const partial = await json<Problem>(
      await call("PATCH", `/api/v1/notebook/entries/${draft.id}`, {
        cookie: a.cookie,
        json: { strengths: PARTS.strengths, remedies: PARTS.remedies, version: draft.version, submit: true },
      }),
      400,
    );
    expect(Object.keys(partial.errors ?? {})).toContain("shortcomings");
    expect(Object.keys(partial.errors ?? {})).not.toContain("strengths");

    // The annual review waits for the mid-year one.
    await expectStatus(await submitReview(a, "annual"), 409);

    // Complete the draft and submit it: the mid-year window has closed, so it is marked late.
    const progress = a.itemIds.map((itemId) => ({ itemId, status: "in_progress", note: "Đang làm" }));
    const res = await call("PATCH", `/api/v1/notebook/entries/${draft.id}`, {
      cookie: a.cookie,
      json: { ...PARTS, progress, version: draft.version, submit: true },
    });
    const mid = await json<EntryOut>(res);
    expect(d1Calls(res)).toBeLessThanOrEqual(3);
    expect([mid.status, mid.timing]).toEqual(["submitted", "late"]);
    await expectStatus(
      await call("PATCH", `/api/v1/notebook/entries/${mid.id}`, {
        cookie: a.cookie,
        json: { body: "x", version: mid.version },
      }),
      409,
    );
    await expectStatus(
      await call("POST", `/api/v1/notebook/entries/${mid.id}/submit`, {
        cookie: a.cookie,
        json: { version: mid.version },
      }),
      409,
    );

    // Another member, and the secretary of another cell, find nothing.
    await expectStatus(
      await call("GET", `/api/v1/members/${a.memberId}/notebook`, { cookie: b.cookie }),
      404,
    );
    await expectStatus(await call("GET", `/api/v1/notebook/entries/${mid.id}`, { cookie: b.cookie }), 404);
    await expectStatus(
      await call("PATCH", `/api/v1/notebook/entries/${mid.id}`, {
        cookie: b.cookie,
        json: { body: "x", version: 1 },
      }),
      404,
    );
    await expectStatus(await call("GET", `/api/v1/members/${a.memberId}/notebook`, { cookie: w.sec2 }), 404);
    await expectStatus(await comment(mid.id, w.sec2, "Tốt"), 404);
    await expectStatus(await comment(mid.id, a.cookie, "Tốt"), 403);

    // The cell comments; the member reads the comment in their notebook.
    const commented = await comment(mid.id, w.sec1, "Chi ủy ghi nhận, cần đẩy nhanh nội dung 2.");
    await json(commented, 201);
    expect(d1Calls(commented)).toBeLessThanOrEqual(3);
    const annual = await json<EntryOut>(await submitReview(a, "annual"), 201);
    expect(annual.timing).toBe("on_time");
    const nb = await json<NotebookOut>(await call("GET", "/api/v1/notebook/mine", { cookie: a.cookie }));
    expect(nb.entries.find((e) => e.kind === "midyear")?.comments[0]?.content).toContain("đẩy nhanh");
    expect(nb.compliance).toMatchObject({ compliant: true, missing: [] });

    // Returning the mid-year review under a submitted annual one is refused; a free entry stays out of compliance.
    await expectStatus(
      await call("POST", `/api/v1/notebook/entries/${mid.id}/return`, {
        cookie: w.sec1,
        json: { content: "Sửa lại", version: mid.version },
      }),
      409,
    );
    await json(
      await call("POST", `/api/v1/members/${a.memberId}/notebook/entries`, {
        cookie: a.cookie,
        json: { kind: "free", title: "Ghi chép", body: "Học tập tấm gương", submit: true },
      }),
      201,
    );

    // Counters: rolled up to the school, by group; the compliance view shows the member one by one.
    const school = await counters(w, w.school.id);
    expect(school["notebook.midyear"]).toMatchObject({ exemplar: 1, follower: 0 });
    expect(school["notebook.compliant"]).toMatchObject({ exemplar: 1, all: 1 });
    expect(school["notebook.late"]?.all).toBe(1);
    const view = await json<{ members: { memberId: string; compliance: { compliant: boolean } }[] }>(
      await call("GET", `/api/v1/notebook/compliance?unitId=${w.cell1.id}`, { cookie: w.sec1 }),
    );
    expect(view.members.find((m) => m.memberId === a.memberId)?.compliance.compliant).toBe(true);
    expect(view.members.find((m) => m.memberId === b.memberId)?.compliance.compliant).toBe(false);
    await expectStatus(
      await call("GET", `/api/v1/notebook/compliance?unitId=${w.cell1.id}`, { cookie: w.sec2 }),
      404,
    );

    // Every write left its audit row.
    const actions = (await dbOf(w.t).select({ a: auditLog.action }).from(auditLog)).map((r) => r.a);
    expect(actions).toEqual(
      expect.arrayContaining(["notebook.create", "notebook.submit", "notebook.comment"]),
    );
    await expectCountersExact(w.t);
  });

  it("a secretary writes on a member's behalf; the cell returns a review and the counters follow", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, false);
    const onBehalf = await json<EntryOut>(await submitReview(a, "midyear", { cookie: w.sec1 }), 201);
    expect(onBehalf.enteredByLabel).toBeTruthy();
    expect((await counters(w, w.cell1.id))["notebook.midyear"]?.follower).toBe(1);
    const back = await json<EntryOut>(
      await call("POST", `/api/v1/notebook/entries/${onBehalf.id}/return`, {
        cookie: w.sec1,
        json: { content: "Ghi rõ kết quả nội dung 3.", version: onBehalf.version },
      }),
    );
    expect(back.status).toBe("draft");
    expect((await counters(w, w.cell1.id))["notebook.midyear"]?.follower ?? 0).toBe(0);
    await expectStatus(await comment(onBehalf.id, w.sec1, "x y z"), 409);
    // The member takes the draft over: once they save it, it is theirs and private again.
    await json(
      await call("PATCH", `/api/v1/notebook/entries/${onBehalf.id}`, {
        cookie: a.cookie,
        json: { remedies: "Bổ sung kết quả cụ thể.", version: back.version },
      }),
    );
    await expectStatus(await call("GET", `/api/v1/notebook/entries/${onBehalf.id}`, { cookie: w.sec1 }), 404);
    // A member without a plan handed in cannot submit a review.
    const p = await makePerson(w.t, w.cell2, false);
    await expectStatus(await submitReview({ ...p, itemIds: [] }, "midyear"), 409);
    // Closing the cycle makes the notebook read-only.
    const cycles = await json<{ items: { id: string; year: number; version: number }[] }>(
      await call("GET", "/api/v1/cycles", { cookie: w.admin }),
    );
    const c = cycles.items.find((x) => x.year === w.Y)!;
    await json(
      await call("POST", `/api/v1/cycles/${c.id}/close`, { cookie: w.admin, json: { version: c.version } }),
    );
    const locked = await json<{ detail: string }>(
      await call("PATCH", `/api/v1/notebook/entries/${onBehalf.id}`, {
        cookie: a.cookie,
        json: { remedies: "Sửa sau khi khóa.", version: back.version + 1 },
      }),
      409,
    );
    expect(locked.detail).toContain("đã khóa");
    await expectCountersExact(w.t);
  });

  it("pages: ≤ 2 round trips; 303 after a post; a review missing its parts re-renders with 400", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true);
    const slug = w.t.info.slug;
    const created = await call("POST", `/t/${slug}/members/${a.memberId}/notebook/entries`, {
      cookie: a.cookie,
      form: { kind: "midyear", year: String(w.Y) },
    });
    expect(created.status).toBe(303);
    const entryPath = created.headers.get("location")!.split("?")[0]!;
    const id = entryPath.split("/").pop()!;
    const bad = await call("POST", `${entryPath}/save`, {
      cookie: a.cookie,
      form: { version: "1", action: "submit", strengths: "Ưu điểm rõ ràng" },
    });
    const html = await expectStatus(bad, 400);
    expect(html).toContain("Cần ghi hạn chế, khuyết điểm.");
    expect(html).toContain("Ưu điểm rõ ràng");
    const form: Record<string, string> = { version: "1", action: "submit", ...PARTS };
    a.itemIds.forEach((itemId, i) => {
      form[`progress.${i}.itemId`] = itemId;
      form[`progress.${i}.status`] = "done";
    });
    const ok = await call("POST", `${entryPath}/save`, { cookie: a.cookie, form });
    expect(ok.status).toBe(303);
    const comment = await call("POST", `${entryPath}/comment`, {
      cookie: w.sec1,
      form: { content: "Chi ủy đánh giá cao." },
    });
    expect(comment.status).toBe(303);
    const empty = await call("POST", `${entryPath}/comment`, { cookie: w.sec1, form: { content: "" } });
    await expectStatus(empty, 400);
    for (const [path, cookie] of [
      [`/t/${slug}/members/${a.memberId}/notebook`, a.cookie],
      [`/t/${slug}/members/${a.memberId}/notebook/print`, a.cookie],
      [`/t/${slug}/notebook/entries/${id}`, w.sec1],
      [`/t/${slug}/compliance?unitId=${w.school.id}`, w.secSchool],
    ] as const) {
      await call("GET", path, { cookie });
      const res = await call("GET", path, { cookie });
      await expectStatus(res, 200);
      expect(d1Calls(res), path).toBeLessThanOrEqual(2);
    }
    await expectCountersExact(w.t);
  });
});
