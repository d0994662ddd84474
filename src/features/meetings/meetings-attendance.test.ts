import { describe, expect, it } from "vitest";
import { call, d1Calls, expectStatus, json } from "../../../test/harness";
import { notebookWorld, pastDayOf } from "../../../test/notebook-kit";
import { expectCountersExact, makePerson } from "../../../test/plans-kit";
import { readCounters, tabulate } from "../../platform/counters";
import type { MeetingAttendanceOut, MeetingDetailOut, MeetingOut } from "./meetings.inputs";

type Problem = { errors?: Record<string, string> };

async function meetingWorld() {
  const w = await notebookWorld();
  const a = await makePerson(w.t, w.cell1, true);
  const b = await makePerson(w.t, w.cell1, false);
  const c = await makePerson(w.t, w.cell1, false);
  const body = { unitId: w.cell1.id, date: pastDayOf(w.Y), kind: "regular", minutesNumber: "03-BB/CB" };
  const res = await call("POST", "/api/v1/meetings", {
    cookie: w.sec1,
    json: { ...body, attendance: 3, expected: 3 },
  });
  const m = await json<MeetingOut>(res, 201);
  return { w, a, b, c, m, url: `/api/v1/meetings/${m.id}/attendance` };
}

describe("attendance member by member", () => {
  it("derives the meeting's counts and the roll-ups from the list; refuses bad input and other cells", async () => {
    const { w, a, b, c, m, url } = await meetingWorld();
    const entries = [
      { memberId: a.memberId, status: "present" },
      { memberId: b.memberId, status: "excused", reason: "Đi công tác tỉnh" },
      { memberId: c.memberId, status: "absent" },
    ];
    const res = await call("PUT", url, { cookie: w.sec1, json: { entries, version: m.version } });
    const out = await json<MeetingAttendanceOut>(res);
    expect(d1Calls(res)).toBeLessThanOrEqual(3);
    expect([out.meeting.attendance, out.meeting.expected]).toEqual([1, 3]);
    expect(out.items.map((i) => [i.status, i.reason])).toEqual([
      ["present", ""],
      ["excused", "Đi công tác tỉnh"],
      ["absent", ""],
    ]);
    const t = tabulate(await readCounters(w.t.ctx(), [w.school.id], w.Y))[w.school.id];
    expect([t?.["meetings.present"]?.all, t?.["meetings.expected"]?.all]).toEqual([1, 3]);
    await expectCountersExact(w.t);

    // Bad input: an excused absence without its reason, a member twice, a stale version.
    const v = out.meeting.version;
    const noReason = await json<Problem>(
      await call("PUT", url, {
        cookie: w.sec1,
        json: { entries: [{ memberId: b.memberId, status: "excused" }], version: v },
      }),
      400,
    );
    expect(noReason.errors?.["entries.0.reason"]).toBe("Vắng có lý do: cần ghi lý do.");
    const twice = await json<Problem>(
      await call("PUT", url, { cookie: w.sec1, json: { entries: [entries[0], entries[0]], version: v } }),
      400,
    );
    expect(twice.errors?.entries).toContain("một lần");
    await expectStatus(await call("PUT", url, { cookie: w.sec1, json: { entries, version: 1 } }), 409);
    // Another cell's member, another cell's secretary, a member: 404, 404, 403.
    const outsider = await makePerson(w.t, w.cell2, false);
    await expectStatus(
      await call("PUT", url, {
        cookie: w.sec1,
        json: { entries: [{ memberId: outsider.memberId, status: "present" }], version: v },
      }),
      404,
    );
    await expectStatus(await call("PUT", url, { cookie: w.sec2, json: { entries, version: v } }), 404);
    await expectStatus(await call("PUT", url, { cookie: a.cookie, json: { entries, version: v } }), 403);

    // The counts follow the list: typing others is refused, other corrections pass.
    const typed = await json<Problem>(
      await call("PATCH", `/api/v1/meetings/${m.id}`, {
        cookie: w.sec1,
        json: { attendance: 3, version: v },
      }),
      400,
    );
    expect(typed.errors?.attendance).toContain("điểm danh");
    await json<MeetingOut>(
      await call("PATCH", `/api/v1/meetings/${m.id}`, { cookie: w.sec1, json: { notes: "Đủ", version: v } }),
    );
    const detail = await json<MeetingDetailOut>(
      await call("GET", `/api/v1/meetings/${m.id}`, { cookie: w.sec1 }),
    );
    expect(detail.attendance.map((x) => x.memberName).sort()).toEqual([a.name, b.name, c.name].sort());

    // Retaken with everyone present, then deleted: the counters follow.
    const all = entries.map((e) => ({ memberId: e.memberId, status: "present" }));
    await json(await call("PUT", url, { cookie: w.sec1, json: { entries: all, version: v + 1 } }));
    await expectCountersExact(w.t);
    await expectStatus(
      await call("DELETE", `/api/v1/meetings/${m.id}?version=${v + 2}`, { cookie: w.sec1 }),
      204,
    );
    const gone = tabulate(await readCounters(w.t.ctx(), [w.school.id], w.Y))[w.school.id];
    expect(gone?.["meetings.expected"]?.all ?? 0).toBe(0);
    await expectCountersExact(w.t);
  });

  it("page: three choices per member, no script; an excused absence without a reason comes back with 400", async () => {
    const { w, a, b, m } = await meetingWorld();
    const path = `/t/${w.t.info.slug}/meetings/${m.id}`;
    const page = await expectStatus(await call("GET", path, { cookie: w.sec1 }), 200);
    expect(page).toContain(`name="s-${a.memberId}" value="excused"`);
    const form = {
      version: String(m.version),
      [`s-${a.memberId}`]: "present",
      [`s-${b.memberId}`]: "excused",
    };
    const bad = await expectStatus(await call("POST", `${path}/attendance`, { cookie: w.sec1, form }), 400);
    expect(bad).toContain("Vắng có lý do: cần ghi lý do.");
    expect(bad).toContain(`href="#f-r-${b.memberId}"`);
    const ok = await call("POST", `${path}/attendance`, {
      cookie: w.sec1,
      form: { ...form, [`r-${b.memberId}`]: "Ốm, có giấy của bệnh viện" },
    });
    expect(ok.status).toBe(303);
    await call("GET", path, { cookie: w.sec1 });
    const res = await call("GET", path, { cookie: w.sec1 });
    const html = await expectStatus(res, 200);
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    expect(html).toContain("Có mặt: 1 · Vắng có lý do: 1 · Vắng không lý do: 0");
    expect(html).toContain("Ốm, có giấy của bệnh viện");
    expect(html).toContain("1/2 đảng viên");
  });
});
