import { describe, expect, it } from "vitest";
import { districtTree, expectNoDrift, makePerson } from "../../../test/exemplars-kit";
import { call, cookieFor, dbOf, expectStatus, json, makeTenant } from "../../../test/harness";
import { criteriaYearThemes } from "../../db/schema/tenant/criteria";
import { newId } from "../../platform/ids";
import { exemplarFigures } from "./recognition-figures.service";
import type { ConferenceOut } from "./conferences.inputs";
import { createConference } from "./conferences.service";

describe("study conferences", () => {
  it("Kon Tum: 6 online conferences over 75 sites with 10,930 participants; theme linked to the year theme", async () => {
    const t = await makeTenant();
    const { district, communes } = await districtTree(t);
    const admin = await cookieFor(t, t.adminId);
    const now = Date.now();
    const themeId = newId();
    await dbOf(t).insert(criteriaYearThemes).values({
      id: themeId,
      tenantId: t.info.id,
      year: 2021,
      termTheme: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      yearTheme: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường",
      createdAt: now,
      updatedAt: now,
    });
    const sites = [20, 15, 12, 10, 10, 8];
    const people = [2500, 2100, 1800, 1630, 1500, 1400];
    let first: ConferenceOut | undefined;
    for (let i = 0; i < 6; i++) {
      const c = await json<ConferenceOut>(
        await call("POST", "/api/v1/conferences", {
          cookie: admin,
          json: {
            unitId: t.rootId,
            date: `0${i + 1}/06/2021`,
            title: `Hội nghị trực tuyến số ${i + 1}`,
            mode: "online",
            sites: sites[i],
            participants: people[i],
          },
        }),
        201,
      );
      first ??= c;
      expect(c).toMatchObject({ yearThemeId: themeId, theme: expect.stringContaining("tự lực, tự cường") });
    }
    const own = await json<ConferenceOut>(
      await call("POST", "/api/v1/conferences", {
        cookie: admin,
        json: {
          unitId: communes[0]!.id,
          date: "2021-09-02",
          title: "Sinh hoạt chuyên đề chi bộ",
          theme: "Kể chuyện về Bác",
          mode: "in_person",
          participants: 35,
        },
      }),
      201,
    );
    expect(own).toMatchObject({ yearThemeId: null, sites: 1, year: 2021 });
    const root = await exemplarFigures(t.ctx(), t.rootId, 2021);
    expect(root.conferences.online).toEqual({ count: 6, sites: 75, participants: 10930 });
    expect(root.conferences.in_person).toEqual({ count: 1, sites: 1, participants: 35 });
    expect((await exemplarFigures(t.ctx(), district.id, 2021)).conferences.total.count).toBe(1);

    // A date in another year moves the conference's counters to that year.
    const moved = await json<ConferenceOut>(
      await call("PATCH", `/api/v1/conferences/${own.id}`, {
        cookie: admin,
        json: { date: "05/01/2022", participants: 40, version: 1 },
      }),
    );
    expect(moved).toMatchObject({ year: 2022, participants: 40, theme: "Kể chuyện về Bác" });
    expect((await exemplarFigures(t.ctx(), district.id, 2021)).conferences.total.count).toBe(0);
    expect((await exemplarFigures(t.ctx(), district.id, 2022)).conferences.in_person.participants).toBe(40);
    await expectStatus(
      await call("DELETE", `/api/v1/conferences/${first!.id}?version=1`, { cookie: admin }),
      204,
    );
    expect((await exemplarFigures(t.ctx(), t.rootId, 2021)).conferences.online).toEqual({
      count: 5,
      sites: 55,
      participants: 8430,
    });
    await expectNoDrift(t);
  });

  it("rejects bad input, a missing theme, members (403) and other tenants (404)", async () => {
    const t = await makeTenant();
    const { cells } = await districtTree(t);
    const admin = await cookieFor(t, t.adminId);
    const post = (body: object, cookie = admin) =>
      call("POST", "/api/v1/conferences", { cookie, json: body });
    const base = {
      unitId: cells[0]!.id,
      date: "20/05/2021",
      title: "Học tập chuyên đề",
      mode: "in_person",
      participants: 30,
    };
    const e1 = await json<{ errors: Record<string, string> }>(
      await post({ ...base, participants: -1, mode: "mixed" }),
      400,
    );
    expect(Object.keys(e1.errors).sort()).toEqual(["mode", "participants"]);
    const e2 = await json<{ errors: Record<string, string> }>(await post(base), 400);
    expect(e2.errors.theme).toContain("chuyên đề");
    const e3 = await json<{ errors: Record<string, string> }>(
      await post({ ...base, theme: "Chuyên đề", sites: 0 }),
      400,
    );
    expect(e3.errors.sites).toBeDefined();
    const p = await makePerson(t, cells[0]!);
    await expectStatus(await post({ ...base, theme: "Chuyên đề" }, p.cookie), 403);
    await expectStatus(await call("GET", "/api/v1/conferences", { cookie: p.cookie }), 403);

    const b = await makeTenant();
    const bConf = await createConference(b.ctx(), {
      unitId: b.rootId,
      date: "2021-05-20",
      title: "Hội nghị B",
      theme: "Chuyên đề",
      mode: "online",
      sites: 3,
      participants: 90,
    });
    await expectStatus(await call("GET", `/api/v1/conferences/${bConf.id}`, { cookie: admin }), 404);
    await expectStatus(
      await call("DELETE", `/api/v1/conferences/${bConf.id}?version=1`, { cookie: admin }),
      404,
    );
    await expectStatus(await post({ ...base, unitId: b.rootId, theme: "Chuyên đề" }), 404);
    const list = await json<{ items: ConferenceOut[] }>(
      await call("GET", "/api/v1/conferences", { cookie: admin }),
    );
    expect(list.items).toEqual([]);
  });

  it("records through the page: 303 after the post, 400 with the form on errors", async () => {
    const t = await makeTenant();
    const { cells } = await districtTree(t);
    const admin = await cookieFor(t, t.adminId);
    const base = `/t/${t.info.slug}/conferences`;
    const form = {
      unitCode: cells[0]!.code,
      date: "20/05/2021",
      title: "Hội nghị quán triệt",
      theme: "Chuyên đề năm",
      mode: "in_person",
      participants: "45",
    };
    const bad = await call("POST", base, { cookie: admin, form: { ...form, date: "32/05/2021" } });
    expect(await expectStatus(bad, 400)).toContain("Ngày tổ chức không hợp lệ");
    const ok = await call("POST", base, { cookie: admin, form });
    expect(ok.status).toBe(303);
    const csv = await call("GET", `${base}/export?year=2021&format=csv`, { cookie: admin });
    expect(new TextDecoder().decode(await csv.arrayBuffer())).toContain("Hội nghị quán triệt");
    await expectNoDrift(t);
  });
});
