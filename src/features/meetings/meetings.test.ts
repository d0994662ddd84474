import { vnToday } from "../../domain/time";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { call, d1Calls, dbOf, expectStatus, json } from "../../../test/harness";
import { addDays, notebookWorld, pastDayOf, personWithPlan } from "../../../test/notebook-kit";
import { expectCountersExact, makePerson } from "../../../test/plans-kit";
import { plans } from "../../db/schema/tenant/plans";
import { readCounters, tabulate } from "../../platform/counters";

import type { MeetingDetailOut, MeetingOut, RemarkOut } from "./meetings.inputs";
import { listMeetingsForUnit } from "./meetings.queries";

type Problem = { errors?: Record<string, string> };

describe("cell meetings", () => {
  it("records a meeting with one praise and one criticism; members read theirs; counters roll up", async () => {
    const w = await notebookWorld();
    const a = await makePerson(w.t, w.cell1, true);
    const b = await makePerson(w.t, w.cell1, false);
    const outsider = await makePerson(w.t, w.cell2, false);
    const date = pastDayOf(w.Y);
    const base = {
      unitId: w.cell1.id,
      date,
      kind: "regular",
      minutesNumber: "07-BB/CB",
      attendance: 2,
      expected: 2,
    };
    const res = await call("POST", "/api/v1/meetings", {
      cookie: w.sec1,
      json: {
        ...base,
        remarks: [
          { memberId: a.memberId, kind: "praise", content: "Gương mẫu đi đầu trong đăng ký làm theo." },
          { memberId: b.memberId, kind: "criticism", content: "Nộp sổ tay chậm, cần khắc phục." },
        ],
      },
    });
    const m = await json<MeetingOut>(res, 201);
    expect(d1Calls(res)).toBeLessThanOrEqual(3);
    expect([m.praiseCount, m.criticismCount]).toEqual([1, 1]);

    // Bad input: same minutes number, attendance above the expected, a thematic meeting without its topic, a member of another cell.
    const dup = await json<Problem>(
      await call("POST", "/api/v1/meetings", { cookie: w.sec1, json: base }),
      400,
    );
    expect(dup.errors?.minutesNumber).toBeTruthy();
    const over = await json<Problem>(
      await call("POST", "/api/v1/meetings", {
        cookie: w.sec1,
        json: { ...base, minutesNumber: "08", attendance: 3, kind: "thematic" },
      }),
      400,
    );
    expect(Object.keys(over.errors ?? {}).sort()).toEqual(["attendance", "topic"]);
    const future = await json<Problem>(
      await call("POST", "/api/v1/meetings", {
        cookie: w.sec1,
        json: { ...base, minutesNumber: "09", date: addDays(vnToday(Date.now()), 3) },
      }),
      400,
    );
    expect(future.errors?.date).toBeTruthy();
    await expectStatus(
      await call("POST", `/api/v1/meetings/${m.id}/remarks`, {
        cookie: w.secSchool,
        json: { memberId: outsider.memberId, kind: "praise", content: "Tốt lắm" },
      }),
      400,
    );
    await expectStatus(
      await call("POST", "/api/v1/meetings", { cookie: w.sec2, json: { ...base, minutesNumber: "10" } }),
      404,
    );
    await expectStatus(await call("GET", `/api/v1/meetings/${m.id}`, { cookie: w.sec2 }), 404);
    await expectStatus(await call("GET", `/api/v1/meetings/${m.id}`, { cookie: a.cookie }), 403);

    // Each member sees what was said about them, and only that.
    const mine = await json<{ items: RemarkOut[] }>(
      await call("GET", `/api/v1/members/${a.memberId}/remarks`, { cookie: a.cookie }),
    );
    expect(mine.items.map((r) => [r.kind, r.minutesNumber])).toEqual([["praise", "07-BB/CB"]]);
    await expectStatus(await call("GET", `/api/v1/members/${a.memberId}/remarks`, { cookie: b.cookie }), 404);

    const t = tabulate(await readCounters(w.t.ctx(), [w.school.id, w.cell1.id], w.Y));
    expect(t[w.school.id]?.["meetings.regular"]?.all).toBe(1);
    expect(t[w.school.id]?.["meetings.praise"]).toMatchObject({ exemplar: 1, follower: 0 });
    expect(t[w.cell1.id]?.["meetings.criticism"]).toMatchObject({ exemplar: 0, follower: 1 });

    // The plans confirm form offers the meetings of the cell.
    const options = await listMeetingsForUnit(w.t.ctx(), w.cell1.id, w.Y);
    expect(options.map((o) => o.id)).toEqual([m.id]);
    expect(options[0]!.label).toContain("07-BB/CB");
    await expectCountersExact(w.t);
  });

  it("corrects, moves between years, removes remarks, and refuses to delete a meeting a plan confirmation cites", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true);
    const m = await json<MeetingOut>(
      await call("POST", "/api/v1/meetings", {
        cookie: w.sec1,
        json: {
          unitId: w.cell1.id,
          date: pastDayOf(w.Y),
          kind: "thematic",
          topic: "Chuyên đề năm",
          minutesNumber: "01",
          attendance: 1,
          expected: 1,
        },
      }),
      201,
    );
    const r = await json<{ id: string }>(
      await call("POST", `/api/v1/meetings/${m.id}/remarks`, {
        cookie: w.sec1,
        json: { memberId: a.memberId, kind: "praise", content: "Đăng ký sớm" },
      }),
      201,
    );
    // Stale version → 409; a date in the previous year moves the meeting and its remark there.
    await expectStatus(
      await call("PATCH", `/api/v1/meetings/${m.id}`, { cookie: w.sec1, json: { notes: "x", version: 9 } }),
      409,
    );
    const moved = await json<MeetingOut>(
      await call("PATCH", `/api/v1/meetings/${m.id}`, {
        cookie: w.sec1,
        json: { date: `${w.Y - 1}-12-28`, version: m.version },
      }),
    );
    expect(moved.year).toBe(w.Y - 1);
    const prev = tabulate(await readCounters(w.t.ctx(), [w.cell1.id], w.Y - 1))[w.cell1.id];
    expect(prev?.["meetings.praise"]?.all).toBe(1);
    await expectCountersExact(w.t);
    const res = await call("DELETE", `/api/v1/meetings/${m.id}/remarks/${r.id}`, { cookie: w.sec1 });
    expect(res.status).toBe(204);
    const detail = await json<MeetingDetailOut>(
      await call("GET", `/api/v1/meetings/${m.id}`, { cookie: w.sec1 }),
    );
    expect(detail.remarks).toEqual([]);
    // A plan confirmation that cites the meeting keeps it.
    await dbOf(w.t).update(plans).set({ meetingId: m.id }).where(eq(plans.memberId, a.memberId));
    await expectStatus(
      await call("DELETE", `/api/v1/meetings/${m.id}?version=${moved.version}`, { cookie: w.sec1 }),
      409,
    );
    await dbOf(w.t).update(plans).set({ meetingId: null }).where(eq(plans.memberId, a.memberId));
    expect(
      (await call("DELETE", `/api/v1/meetings/${m.id}?version=${moved.version}`, { cookie: w.sec1 })).status,
    ).toBe(204);
    await expectCountersExact(w.t);
  });

  it("pages: the list and a meeting in ≤ 2 round trips; 303 after a post; errors re-render with 400", async () => {
    const w = await notebookWorld();
    const a = await makePerson(w.t, w.cell1, true);
    const slug = w.t.info.slug;
    const form = {
      unitId: w.cell1.id,
      date: pastDayOf(w.Y),
      kind: "regular",
      minutesNumber: "01-BB",
      attendance: "5",
      expected: "4",
    };
    const bad = await call("POST", `/t/${slug}/meetings`, { cookie: w.sec1, form });
    expect(await expectStatus(bad, 400)).toContain("Số dự họp không được lớn hơn số được triệu tập.");
    const ok = await call("POST", `/t/${slug}/meetings`, {
      cookie: w.sec1,
      form: { ...form, attendance: "4" },
    });
    expect(ok.status).toBe(303);
    const path = ok.headers.get("location")!.split("?")[0]!;
    const remark = await call("POST", `${path}/remarks`, {
      cookie: w.sec1,
      form: { memberId: a.memberId, remarkKind: "praise", content: "" },
    });
    expect(await expectStatus(remark, 400)).toContain('aria-invalid="true"');
    expect(
      (
        await call("POST", `${path}/remarks`, {
          cookie: w.sec1,
          form: { memberId: a.memberId, remarkKind: "praise", content: "Tích cực" },
        })
      ).status,
    ).toBe(303);
    for (const p of [`/t/${slug}/meetings?unitId=${w.school.id}`, path]) {
      await call("GET", p, { cookie: w.secSchool });
      const res = await call("GET", p, { cookie: w.secSchool });
      expect(await expectStatus(res, 200)).toContain("01-BB");
      expect(d1Calls(res), p).toBeLessThanOrEqual(2);
    }
    await expectCountersExact(w.t);
  });
});
