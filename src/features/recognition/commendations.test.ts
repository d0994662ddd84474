import { describe, expect, it } from "vitest";
import { districtTree, expectNoDrift, makeModel, makePerson } from "../../../test/exemplars-kit";
import { call, expectStatus, json, makeTenant } from "../../../test/harness";
import { signedIn, underRoot, world } from "../../../test/world";
import { exemplarFigures } from "./recognition-figures.service";
import type { CommendationOut } from "./commendations.inputs";
import { createCommendation } from "./commendations.service";
import { listCommendationsForMember } from "./commendations-list.service";

describe("commendations", () => {
  it("Kon Tum: the Prime Minister commended 3 collectives and 7 individuals; the figures split them", async () => {
    const { t, cookie: admin } = await world();
    const { district, communes, cells } = await districtTree(t);
    const post = (body: object) => call("POST", "/api/v1/commendations", { cookie: admin, json: body });
    const pm = {
      level: "central",
      form: "bang_khen",
      issuer: "Thủ tướng Chính phủ",
      decisionNumber: "1234/QĐ-TTg",
      decisionDate: "15/12/2021",
    };
    for (const u of communes) await json(await post({ subjectType: "unit", subjectId: u.id, ...pm }), 201);
    for (let i = 0; i < 7; i++) {
      const p = await makePerson(t, cells[i % cells.length]!);
      const c = await json<CommendationOut>(
        await post({ subjectType: "member", subjectId: p.memberId, ...pm }),
        201,
      );
      expect(c).toMatchObject({
        subjectKind: "individual",
        year: 2021,
        decisionDate: "2021-12-15",
        unitId: cells[i % cells.length]!.id,
      });
    }
    const model = await makeModel(t, "Dân vận khéo", { unitId: cells[0]!.id }, { startYear: 2020 });
    const byProvince = await json<CommendationOut>(
      await post({
        subjectType: "model",
        subjectId: model.id,
        level: "province",
        form: "giay_khen",
        issuer: "Tỉnh ủy Kon Tum",
        year: 2021,
      }),
      201,
    );
    expect(byProvince.subjectKind).toBe("collective");
    for (const id of [district.id, t.rootId]) {
      const f = await exemplarFigures(t.ctx(), id, 2021);
      expect(f.commendations.central).toEqual({ collective: 3, individual: 7, total: 10 });
      expect(f.commendations.province).toEqual({ collective: 1, individual: 0, total: 1 });
    }
    // Moving a commendation to another level and year moves its counters.
    const moved = await json<CommendationOut>(
      await call("PATCH", `/api/v1/commendations/${byProvince.id}`, {
        cookie: admin,
        json: { level: "district", year: 2022, version: 1 },
      }),
    );
    expect(moved).toMatchObject({ level: "district", year: 2022, version: 2 });
    expect((await exemplarFigures(t.ctx(), district.id, 2021)).commendations.province.total).toBe(0);
    expect((await exemplarFigures(t.ctx(), district.id, 2022)).commendations.district.collective).toBe(1);
    await expectStatus(
      await call("DELETE", `/api/v1/commendations/${moved.id}?version=2`, { cookie: admin }),
      204,
    );
    expect((await exemplarFigures(t.ctx(), district.id, 2022)).commendations.total.total).toBe(0);
    await expectNoDrift(t);

    const list = await json<{ items: CommendationOut[] }>(
      await call("GET", "/api/v1/commendations?year=2021&level=central&subjectKind=individual", {
        cookie: admin,
      }),
    );
    expect(list.items).toHaveLength(7);
    const xlsx = await call("GET", "/api/v1/commendations/export?year=2021&format=xlsx", { cookie: admin });
    expect(xlsx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    await xlsx.arrayBuffer();
  });

  it("validates input, rejects duplicates, and keeps members to their own commendations", async () => {
    const { t, cookie: admin } = await world();
    const { communes, cells } = await districtTree(t);
    const me = await makePerson(t, cells[0]!);
    const other = await makePerson(t, cells[1]!);
    const post = (body: object, cookie = admin) =>
      call("POST", "/api/v1/commendations", { cookie, json: body });
    const base = {
      subjectType: "member",
      subjectId: me.memberId,
      level: "district",
      form: "giay_khen",
      issuer: "Huyện ủy",
    };
    const e1 = await json<{ errors: Record<string, string> }>(await post({ ...base, level: "xa" }), 400);
    expect(e1.errors.level).toBeDefined();
    const e2 = await json<{ errors: Record<string, string> }>(await post(base), 400);
    expect(e2.errors.year).toContain("năm");
    const e3 = await json<{ errors: Record<string, string> }>(
      await post({ ...base, decisionDate: "31/02/2021" }),
      400,
    );
    expect(e3.errors.decisionDate).toBeDefined();
    const mine = await json<CommendationOut>(
      await post({ ...base, year: 2021, decisionNumber: "45 - QĐ/HU" }),
      201,
    );
    const dup = await json<{ errors: Record<string, string> }>(
      await post({ ...base, year: 2021, decisionNumber: "45-qđ/hu" }),
      400,
    );
    expect(dup.errors.decisionNumber).toContain("Đã ghi");
    const theirs = await json<CommendationOut>(
      await post({ ...base, subjectId: other.memberId, year: 2021 }),
      201,
    );

    await expectStatus(await post({ ...base, year: 2022 }, me.cookie), 403);
    const seen = await json<{ items: CommendationOut[] }>(
      await call("GET", "/api/v1/commendations", { cookie: me.cookie }),
    );
    expect(seen.items.map((c) => c.id)).toEqual([mine.id]);
    await json(await call("GET", `/api/v1/commendations/${mine.id}`, { cookie: me.cookie }));
    await expectStatus(await call("GET", `/api/v1/commendations/${theirs.id}`, { cookie: me.cookie }), 404);
    const page = await call("GET", `/t/${t.info.slug}/commendations`, { cookie: me.cookie });
    const html = await expectStatus(page, 200);
    expect(html).toContain("Khen thưởng của tôi");
    expect(html).not.toContain(theirs.id);
    expect((await listCommendationsForMember(t.ctx(), me.memberId)).map((c) => c.id)).toEqual([mine.id]);

    // A secretary of another commune, and another tenant, see it as missing.
    const sec = await signedIn(t, "secretary", communes[2]!);
    await expectStatus(await call("GET", `/api/v1/commendations/${mine.id}`, { cookie: sec.cookie }), 404);
    const b = await makeTenant();
    const bUnit = await underRoot(b, "district");
    const bComm = await createCommendation(b.ctx(), {
      subjectType: "unit",
      subjectId: bUnit.id,
      level: "province",
      form: "bang_khen",
      issuer: "Tỉnh ủy",
      year: 2021,
    });
    await expectStatus(await call("GET", `/api/v1/commendations/${bComm.id}`, { cookie: admin }), 404);
    await expectStatus(
      await call("PATCH", `/api/v1/commendations/${bComm.id}`, {
        cookie: admin,
        json: { content: "x", version: 1 },
      }),
      404,
    );
    await expectStatus(await post({ ...base, subjectType: "unit", subjectId: bUnit.id, year: 2021 }), 404);
    await expectNoDrift(t);
  });

  it("records through the page: 303 after the post, the form again with 400 on errors", async () => {
    const { t, cookie: admin } = await world();
    const { cells } = await districtTree(t);
    const p = await makePerson(t, cells[0]!);
    const base = `/t/${t.info.slug}/commendations`;
    const form = {
      subjectType: "member",
      memberCard: p.card,
      level: "province",
      form: "bang_khen",
      issuer: "Ban Thường vụ Tỉnh ủy",
      decisionDate: "19/05/2021",
    };
    const bad = await call("POST", base, { cookie: admin, form: { ...form, memberCard: "KHONG-CO" } });
    expect(await expectStatus(bad, 400)).toContain("Không tìm thấy đảng viên có số thẻ này");
    const ok = await call("POST", base, { cookie: admin, form });
    expect(ok.status).toBe(303);
    const page = await call("GET", new URL(ok.headers.get("location")!, "http://x").pathname, {
      cookie: admin,
    });
    expect(await expectStatus(page, 200)).toContain("Ban Thường vụ Tỉnh ủy");
    const id = new URL(ok.headers.get("location")!, "http://x").pathname.split("/").pop();
    const stale = await call("POST", `${base}/${id}/update`, {
      cookie: admin,
      form: { issuer: "Tỉnh ủy", version: "9" },
    });
    expect(await expectStatus(stale, 409)).toContain("vừa được người khác sửa");
    await expectNoDrift(t);
  });
});
