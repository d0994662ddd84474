import { describe, expect, it } from "vitest";
import { call, d1Calls, expectStatus, json } from "../../../test/harness";
import { addDays, notebookWorld, pastDayOf } from "../../../test/notebook-kit";
import { expectCountersExact, makePerson } from "../../../test/plans-kit";
import { vnToday } from "../../domain/time";
import { readCounters, tabulate } from "../../platform/counters";
import type { MeetingOut } from "./meetings.inputs";
import type { MyTurnOut, RotationOut, TurnOut } from "./meetings-rotation.inputs";
import { meetingDates, spreadTurns } from "./meetings-rotation.rules";

type Problem = { errors?: Record<string, string> };
const URL = "/api/v1/report-turns";

describe("rotation rules", () => {
  it("lists the regular meetings left in the year and puts the leaders first, spread evenly", () => {
    expect(meetingDates(2026, 31, 9, "2026-09-15")).toEqual([
      "2026-09-30",
      "2026-10-31",
      "2026-11-30",
      "2026-12-31",
    ]);
    expect(meetingDates(2026, 5, 12, "2026-12-06")).toEqual([]);
    const people = [
      { id: "f1", grp: "follower" },
      { id: "e1", grp: "exemplar" },
      { id: "f2", grp: "follower" },
    ];
    expect(
      spreadTurns(people, [
        "2026-01-05",
        "2026-02-05",
        "2026-03-05",
        "2026-04-05",
        "2026-05-05",
        "2026-06-05",
      ]),
    ).toEqual([
      { memberId: "e1", date: "2026-01-05" },
      { memberId: "f1", date: "2026-03-05" },
      { memberId: "f2", date: "2026-05-05" },
    ]);
    expect(spreadTurns(people, ["2026-12-05"]).map((t) => t.date)).toEqual([
      "2026-12-05",
      "2026-12-05",
      "2026-12-05",
    ]);
  });
});

describe("reports before the cell, in turn", () => {
  it("plans, reports at a meeting with the cell's remark, shows it to the member, counts it, and guards access", async () => {
    const w = await notebookWorld();
    const lead = await makePerson(w.t, w.cell1, true);
    const nam = await makePerson(w.t, w.cell1, false);
    const today = vnToday(Date.now());
    const ahead = addDays(today, 7) > `${w.Y}-12-31` ? `${w.Y}-12-31` : addDays(today, 7);
    const body = {
      unitId: w.cell1.id,
      year: w.Y,
      day: Number(ahead.slice(8)),
      fromMonth: Number(ahead.slice(5, 7)),
    };
    const res = await call("POST", `${URL}/generate`, { cookie: w.sec1, json: body });
    const plan = await json<RotationOut>(res);
    expect(d1Calls(res)).toBeLessThanOrEqual(3);
    // Leaders first: the group-1 member reports no later than the other.
    expect(plan.items.map((t) => t.memberId)).toEqual([lead.memberId, nam.memberId]);
    expect(plan.items.every((t) => t.date >= today && !t.reported)).toBe(true);
    expect(plan.unscheduled).toEqual([]);

    // The member sees their turn; another cell's secretary and a member cannot plan; bad input is named.
    const mine = await json<MyTurnOut>(await call("GET", `${URL}/mine`, { cookie: nam.cookie }));
    expect(mine.turn?.date).toBe(plan.items[1]!.date);
    const home = await expectStatus(await call("GET", `/t/${w.t.info.slug}/`, { cookie: nam.cookie }), 200);
    const [y, m, d] = plan.items[1]!.date.split("-");
    expect(home).toContain(`Đồng chí được phân công báo cáo tại buổi sinh hoạt ngày ${d}/${m}/${y}`);
    await expectStatus(await call("POST", `${URL}/generate`, { cookie: w.sec2, json: body }), 404);
    await expectStatus(await call("POST", `${URL}/generate`, { cookie: nam.cookie, json: body }), 403);
    await expectStatus(await call("GET", `${URL}?unitId=${w.cell1.id}`, { cookie: w.sec2 }), 404);
    const bad = await json<Problem>(
      await call("POST", `${URL}/generate`, { cookie: w.sec1, json: { ...body, day: 32 } }),
      400,
    );
    expect(bad.errors?.day).toBe("Ngày trong tháng từ 1 đến 31.");
    const turn = plan.items[1]!;
    const moved = await json<TurnOut>(
      await call("PATCH", `${URL}/${turn.id}`, {
        cookie: w.sec1,
        json: { date: `${w.Y}-12-31`, version: turn.version },
      }),
    );
    expect(moved.date).toBe(`${w.Y}-12-31`);
    const otherYear = await json<Problem>(
      await call("PATCH", `${URL}/${turn.id}`, {
        cookie: w.sec1,
        json: { date: `${w.Y + 1}-01-05`, version: moved.version },
      }),
      400,
    );
    expect(otherYear.errors?.date).toContain(String(w.Y));
    await expectStatus(
      await call("PATCH", `${URL}/${turn.id}`, {
        cookie: w.sec2,
        json: { date: `${w.Y}-12-30`, version: moved.version },
      }),
      404,
    );
    await expectStatus(
      await call("POST", URL, {
        cookie: w.sec1,
        json: { unitId: w.cell1.id, memberId: nam.memberId, date: ahead },
      }),
      409,
    );

    // At a meeting the secretary records the report and the cell's remark.
    const minutes = { kind: "regular", minutesNumber: "11-BB/CB", attendance: 2, expected: 2 };
    const json1 = { ...minutes, unitId: w.cell1.id, date: pastDayOf(w.Y) };
    const meeting = await json<MeetingOut>(
      await call("POST", "/api/v1/meetings", { cookie: w.sec1, json: json1 }),
      201,
    );
    const page = `/t/${w.t.info.slug}/meetings/${meeting.id}`;
    const noRemark = await expectStatus(
      await call("POST", `${page}/reports`, {
        cookie: w.sec1,
        form: { memberId: nam.memberId, [`c-${nam.memberId}`]: "" },
      }),
      400,
    );
    expect(noRemark).toContain(`href="#f-c-${nam.memberId}"`);
    const remark = "Thực hiện tốt kế hoạch cá nhân, cần chủ động hơn trong nghiên cứu khoa học.";
    const ok = await call("POST", `${page}/reports`, {
      cookie: w.sec1,
      form: { memberId: nam.memberId, [`c-${nam.memberId}`]: remark },
    });
    expect(ok.status).toBe(303);
    const after = await json<MyTurnOut>(await call("GET", `${URL}/mine`, { cookie: nam.cookie }));
    expect([after.turn?.reported, after.turn?.remark, after.turn?.meetingId]).toEqual([
      true,
      remark,
      meeting.id,
    ]);
    // A reported turn stays as it is.
    await expectStatus(
      await call("DELETE", `${URL}/${turn.id}?version=${after.turn!.version}`, { cookie: w.sec1 }),
      409,
    );
    const notebook = await expectStatus(
      await call("GET", `/t/${w.t.info.slug}/members/${nam.memberId}/notebook?year=${w.Y}`, {
        cookie: nam.cookie,
      }),
      200,
    );
    expect(notebook).toContain(remark);
    const compliance = await expectStatus(
      await call("GET", `/t/${w.t.info.slug}/compliance?unitId=${w.cell1.id}&year=${w.Y}`, {
        cookie: w.sec1,
      }),
      200,
    );
    expect(compliance).toContain(remark);
    const c = tabulate(await readCounters(w.t.ctx(), [w.school.id], w.Y))[w.school.id];
    expect(c?.["meetings.report"]).toMatchObject({ exemplar: 0, follower: 1 });
    await expectCountersExact(w.t);

    // Deleting the report reopens the turn.
    const detail = await json<{ remarks: { id: string; kind: string }[] }>(
      await call("GET", `/api/v1/meetings/${meeting.id}`, { cookie: w.sec1 }),
    );
    const r = detail.remarks.find((x) => x.kind === "report")!;
    await expectStatus(
      await call("DELETE", `/api/v1/meetings/${meeting.id}/remarks/${r.id}`, { cookie: w.sec1 }),
      204,
    );
    const reopened = await json<MyTurnOut>(await call("GET", `${URL}/mine`, { cookie: nam.cookie }));
    expect([reopened.turn?.reported, reopened.turn?.remark]).toEqual([false, null]);
    await expectStatus(
      await call("DELETE", `${URL}/${turn.id}?version=${reopened.turn!.version}`, { cookie: w.sec1 }),
      204,
    );
    await expectCountersExact(w.t);
  });

  it("pages: the rotation page in ≤ 2 round trips; generate answers 303; a bad day re-renders with 400", async () => {
    const w = await notebookWorld();
    await makePerson(w.t, w.cell1, true);
    const slug = w.t.info.slug;
    const base = `/t/${slug}/report-turns`;
    const form = { unitId: w.cell1.id, year: String(w.Y), day: "0", fromMonth: "12" };
    const bad = await expectStatus(await call("POST", `${base}/generate`, { cookie: w.sec1, form }), 400);
    expect(bad).toContain("Ngày trong tháng từ 1 đến 31.");
    const ok = await call("POST", `${base}/generate`, { cookie: w.sec1, form: { ...form, day: "31" } });
    expect(ok.status).toBe(303);
    const path = `${base}?unitId=${w.cell1.id}&year=${w.Y}`;
    await call("GET", path, { cookie: w.sec1 });
    const res = await call("GET", path, { cookie: w.sec1 });
    expect(await expectStatus(res, 200)).toContain("Lịch báo cáo luân phiên");
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
  });
});
