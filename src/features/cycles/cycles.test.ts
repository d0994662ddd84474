import { vnToday } from "../../domain/time";
import { describe, expect, it } from "vitest";
import { call, cookieFor, d1Calls, expectStatus, json, makeAccount, makeTenant } from "../../../test/harness";
import { adoptFramework, itemsFor, makePerson, makeSchool, openCycle } from "../../../test/plans-kit";
import type { CycleOut } from "./cycles.inputs";
import { checkCycleDates, checkpointsOf, daysBetween, defaultDates, reminderStage } from "./cycles.rules";

describe("cycle rules", () => {
  it("checks dates: near the year, group 1 not after group 2, windows in order", () => {
    expect(checkCycleDates(2027, defaultDates(2027))).toEqual({});
    const e = checkCycleDates(2027, {
      ...defaultDates(2027),
      exemplarDeadline: "2027-02-10",
      followerDeadline: "2027-01-31",
      midyearFrom: "2027-07-20",
      annualTo: "2028-06-01",
    });
    expect(Object.keys(e).sort()).toEqual(["annualTo", "followerDeadline", "midyearTo"]);
  });

  it("picks one reminder stage a day, catching up after a missed run", () => {
    expect([10, 7, 5, 3, 2, 1, 0, -1, -8].map((d) => reminderStage(d, [7, 3, 1]))).toEqual([
      null,
      "d7",
      "d7",
      "d3",
      "d3",
      "d1",
      "d0",
      "overdue",
      null,
    ]);
    expect(daysBetween("2027-01-10", "2027-01-15")).toBe(5);
    expect(vnToday(Date.UTC(2026, 11, 31, 18))).toBe("2027-01-01");
    expect(checkpointsOf("quarterly")).toHaveLength(5);
  });
});

describe("cycles API", () => {
  it("opens a year with the usual calendar and the root's published framework; one cycle per year", async () => {
    const t = await makeTenant();
    const admin = await cookieFor(t, t.adminId);
    const set = await adoptFramework(t, 2031);
    const c = await json<CycleOut>(
      await call("POST", "/api/v1/cycles", { cookie: admin, json: { year: 2031 } }),
      201,
    );
    expect(c).toMatchObject({
      year: 2031,
      status: "open",
      exemplarDeadline: "2031-01-15",
      followerDeadline: "2031-01-31",
      checkpointMode: "three",
      minItems: 4,
      gating: false,
      reminderDays: [7, 3, 1],
      criteriaSetVersionId: set.versionId,
    });
    const dup = await call("POST", "/api/v1/cycles", { cookie: admin, json: { year: 2031 } });
    expect((await json<{ errors: Record<string, string> }>(dup, 400)).errors.year).toContain("2031");
    const bad = await call("POST", "/api/v1/cycles", {
      cookie: admin,
      json: {
        year: 2032,
        exemplarDeadline: "31/01/2032",
        followerDeadline: "15/01/2032",
        minItems: 0,
        tenant_id: "x",
      },
    });
    expect(bad.status).toBe(400);
    const bad2 = await call("POST", "/api/v1/cycles", {
      cookie: admin,
      json: { year: 2032, exemplarDeadline: "31/01/2032", followerDeadline: "15/01/2032" },
    });
    expect(Object.keys((await json<{ errors: Record<string, string> }>(bad2, 400)).errors)).toEqual([
      "followerDeadline",
    ]);
    const list = await json<{ items: CycleOut[] }>(await call("GET", "/api/v1/cycles", { cookie: admin }));
    expect(list.items.map((i) => i.year)).toEqual([2031]);
  });

  it("updates, closes (plans locked: 409) and reopens with a reason; members read, only admins write", async () => {
    const t = await makeTenant();
    const s = await makeSchool(t);
    const admin = await cookieFor(t, t.adminId);
    const year = Number(vnToday(Date.now()).slice(0, 4));
    await adoptFramework(t, year);
    const c = await openCycle(t, year, {
      exemplarDeadline: `${year + 1}-03-01`,
      followerDeadline: `${year + 1}-03-01`,
    });
    const m = await makePerson(t, s.cell1, true);
    await json(await call("GET", `/api/v1/cycles/${c.id}`, { cookie: m.cookie }));
    await json(
      await call("PATCH", `/api/v1/cycles/${c.id}`, { cookie: m.cookie, json: { minItems: 5, version: 1 } }),
      403,
    );
    const sec = await makeAccount(t, "secretary", s.school);
    await json(
      await call("POST", `/api/v1/cycles/${c.id}/close`, {
        cookie: await cookieFor(t, sec.id),
        json: { version: 1 },
      }),
      403,
    );

    const u = await json<CycleOut>(
      await call("PATCH", `/api/v1/cycles/${c.id}`, {
        cookie: admin,
        json: { minItems: 5, gating: true, version: 1 },
      }),
    );
    expect([u.minItems, u.gating, u.version]).toEqual([5, true, 2]);
    await json(
      await call("PATCH", `/api/v1/cycles/${c.id}`, { cookie: admin, json: { minItems: 6, version: 1 } }),
      409,
    );
    const closed = await json<CycleOut>(
      await call("POST", `/api/v1/cycles/${c.id}/close`, { cookie: admin, json: { version: 2 } }),
    );
    expect(closed.status).toBe("closed");
    const write = await call("PUT", "/api/v1/plans/mine", {
      cookie: m.cookie,
      json: { registration: "x", items: [] },
    });
    expect((await json<{ detail: string }>(write, 409)).detail).toContain("đã khóa");
    await json(
      await call("PATCH", `/api/v1/cycles/${c.id}`, { cookie: admin, json: { minItems: 4, version: 3 } }),
      409,
    );
    await json(
      await call("POST", `/api/v1/cycles/${c.id}/reopen`, { cookie: admin, json: { version: 3 } }),
      400,
    );
    const reopened = await json<CycleOut>(
      await call("POST", `/api/v1/cycles/${c.id}/reopen`, {
        cookie: admin,
        json: { version: 3, reason: "Bổ sung kế hoạch" },
      }),
    );
    expect(reopened.status).toBe("open");
    const ids = (
      await json<{ criteria: { criterionVersionId: string }[] }>(
        await call("GET", "/api/v1/plans/mine", { cookie: m.cookie }),
      )
    ).criteria;
    const ok = await call("PUT", "/api/v1/plans/mine", {
      cookie: m.cookie,
      json: {
        registration: "x",
        items: itemsFor(
          ids.map((i) => i.criterionVersionId),
          year,
        ),
      },
    });
    expect(ok.status).toBe(200);
  });
});

describe("cycle pages", () => {
  it("open a cycle by form (303), re-render with errors (400), list and detail in ≤ 2 round trips", async () => {
    const t = await makeTenant();
    const admin = await cookieFor(t, t.adminId);
    const base = `/t/${t.info.slug}/admin/cycles`;
    await call("GET", base, { cookie: admin });
    const list = await call("GET", base, { cookie: admin });
    await expectStatus(list, 200);
    expect(d1Calls(list)).toBeLessThanOrEqual(2);
    const bad = await call("POST", base, {
      cookie: admin,
      form: {
        year: "2033",
        exemplarDeadline: "2033-02-01",
        followerDeadline: "2033-01-20",
        midyearFrom: "2033-07-01",
        midyearTo: "2033-07-15",
        annualFrom: "2033-12-01",
        annualTo: "2033-12-20",
        minItems: "4",
        reminderDays: "7, 3",
      },
    });
    expect(await expectStatus(bad, 400)).toContain("Hạn của nhóm 2 không được sớm hơn");
    const ok = await call("POST", base, {
      cookie: admin,
      form: {
        year: "2033",
        exemplarDeadline: "2033-01-15",
        followerDeadline: "2033-01-31",
        midyearFrom: "2033-07-01",
        midyearTo: "2033-07-15",
        annualFrom: "2033-12-01",
        annualTo: "2033-12-20",
        minItems: "5",
        reminderDays: "7, 3",
        checkpointMode: "quarterly",
        gating: "1",
      },
    });
    expect(ok.status).toBe(303);
    const detailPath = ok.headers.get("location")!;
    const detail = await call("GET", detailPath, { cookie: admin });
    const html = await expectStatus(detail, 200);
    expect(html).toContain("Hằng quý");
    expect(d1Calls(detail)).toBeLessThanOrEqual(2);
    const id = /cycles\/([0-9a-z]{16})/.exec(detailPath)![1]!;
    const close = await call("POST", `${base}/${id}/close`, { cookie: admin, form: { version: "1" } });
    expect(close.status).toBe(303);
    const stale = await call("POST", `${base}/${id}/close`, { cookie: admin, form: { version: "1" } });
    expect(stale.status).toBe(409);
    const reopenBad = await call("POST", `${base}/${id}/reopen`, {
      cookie: admin,
      form: { version: "2", reason: "" },
    });
    expect(await expectStatus(reopenBad, 400)).toContain("Trường này là bắt buộc.");
  });
});
