import { describe, expect, it } from "vitest";
import {
  deliver,
  districtTree,
  expectNoDrift,
  makeModel,
  makePerson,
  postMultipart,
} from "../../../test/exemplars-kit";
import { call, cookieFor, d1Calls, expectStatus, makeTenant } from "../../../test/harness";

import { toCsv } from "../../lib/sheets";
import { createCommendation } from "./commendations.service";
import { createConference } from "./conferences.service";
import { MODEL_COLUMNS } from "./models-sheet.rules";
import { exemplarFigures } from "./recognition-figures.service";
import { updateModel } from "./models.service";
import { setModelYear } from "./models-years.service";

describe("registry pages", () => {
  it("a district records its year through the pages: create, year status, import; every page ≤ 2 round trips", async () => {
    const t = await makeTenant();
    const { district, cells } = await districtTree(t);
    const admin = await cookieFor(t, t.adminId);
    const base = `/t/${t.info.slug}`;

    const bad = await call("POST", `${base}/exemplars`, {
      cookie: admin,
      form: { kind: "collective", unitCode: "KHONG-CO", title: "M", field: "study", startYear: "2021" },
    });
    const badHtml = await expectStatus(bad, 400);
    expect(badHtml).toContain("Không tìm thấy đơn vị có mã này");
    const bad2 = await call("POST", `${base}/exemplars`, {
      cookie: admin,
      form: { kind: "collective", unitCode: cells[0]!.code, title: "M", field: "study", startYear: "2021" },
    });
    expect(await expectStatus(bad2, 400)).toContain("Tên mô hình cần ít nhất 3 ký tự");

    const created = await call("POST", `${base}/exemplars`, {
      cookie: admin,
      form: {
        kind: "collective",
        unitCode: cells[0]!.code,
        title: "Chi bộ ấp kiểu mẫu",
        field: "party_building",
        startYear: "2021",
        year: "2021",
        status: "new",
        exemplary: "1",
      },
    });
    expect(created.status).toBe(303);
    const modelPath = new URL(created.headers.get("location")!, "http://x").pathname;
    const id = modelPath.split("/").pop()!;
    const year = await call("POST", `${base}/exemplars/${id}/years`, {
      cookie: admin,
      form: {
        year: "2022",
        status: "replicated",
        replicatedCodes: `${cells[1]!.code}, ${cells[2]!.code}`,
        version: "1",
      },
    });
    expect(year.status).toBe(303);
    const wrongYear = await call("POST", `${base}/exemplars/${id}/years`, {
      cookie: admin,
      form: { year: "2020", status: "maintained", version: "2" },
    });
    expect(await expectStatus(wrongYear, 400)).toContain("Năm phải từ năm bắt đầu");

    const rows = [
      [cells[3]!.code, "Tổ tự quản", "Tập thể", "", "", "2020", "2021", "Duy trì nâng chất", "", "", "", ""],
    ];
    const file = {
      bytes: toCsv([MODEL_COLUMNS.map((c) => c.header), ...rows]),
      name: "mo-hinh.csv",
      type: "text/csv",
    };
    // The upload goes to the queue; the job page shows the preview, the commit writes it.
    const uploaded = await postMultipart(`${base}/exemplars/import`, admin, file, { kind: "models" });
    expect(uploaded.status).toBe(303);
    const jobPage = uploaded.headers.get("location")!;
    const jobId = jobPage.split("/").pop()!;
    await deliver({ kind: "models.import", tenantId: t.info.id, jobId, step: "parse" });
    expect(await expectStatus(await call("GET", jobPage, { cookie: admin }), 200)).toContain(
      "Kết quả kiểm tra",
    );
    const committed = await call("POST", `${jobPage}/commit`, { cookie: admin, form: {} });
    expect(committed.status).toBe(303);
    expect(await expectStatus(await call("GET", jobPage, { cookie: admin }), 200)).toContain("Đã ghi xong");
    const noFile = await postMultipart(`${base}/exemplars/import`, admin, null, { kind: "models" });
    expect(await expectStatus(noFile, 400)).toContain("Chưa chọn tệp");

    const f = await exemplarFigures(t.ctx(), district.id, 2021);
    expect(f.models).toMatchObject({ new: 1, maintained: 1, total: 2, exemplary: 1 });

    await createCommendation(t.ctx(), {
      subjectType: "model",
      subjectId: id,
      level: "central",
      form: "bang_khen",
      issuer: "Thủ tướng Chính phủ",
      year: 2021,
    });
    const conf = await createConference(t.ctx(), {
      unitId: district.id,
      date: "2021-06-01",
      title: "Học tập chuyên đề 2021",
      theme: "Chuyên đề năm 2021",
      mode: "online",
      sites: 75,
      participants: 10930,
    });
    await call("GET", `${base}/exemplars`, { cookie: admin }); // warm the registry cache
    for (const path of [
      "/exemplars",
      "/exemplars?year=2021&status=new&exemplary=1",
      `/exemplars?unitCode=${district.code}&q=kiểu mẫu`,
      `/exemplars/${id}`,
      `/exemplars/figures?unitCode=${district.code}&year=2021`,
      "/commendations?year=2021&level=central",
      "/conferences?year=2021",
      `/conferences/${conf.id}`,
      "/exemplars/new",
      "/exemplars/import?kind=commendations",
      "/exemplars/settings",
      `/commendations/new?model=${id}`,
    ]) {
      const res = await call("GET", `${base}${path}`, { cookie: admin });
      const html = await expectStatus(res, 200);
      expect(d1Calls(res), path).toBeLessThanOrEqual(2);
      expect(html, path).not.toMatch(/undefined|NaN|\[object /);
      if (path.startsWith("/exemplars/figures")) {
        expect(html).toContain("10.930");
        expect(html).toContain("Trung ương / Thủ tướng Chính phủ");
      }
    }
    const list = await call("GET", `${base}/exemplars?year=2021&status=new`, { cookie: admin });
    expect(await list.text()).toContain("Chi bộ ấp kiểu mẫu");
    const csv = await call("GET", `${base}/exemplars/export?year=2021&format=csv`, { cookie: admin });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("Tổ tự quản");
    await expectNoDrift(t);
  });

  it("the public page is off by default and shows only published exemplary models", async () => {
    const t = await makeTenant();
    const { cells } = await districtTree(t);
    const admin = await cookieFor(t, t.adminId);
    const base = `/t/${t.info.slug}`;
    await expectStatus(await call("GET", `${base}/guong-nguoi-tot`), 404);

    const person = await makePerson(t, cells[0]!, "Trần Thị Gương");
    const shown = await makeModel(
      t,
      "Tiết kiệm giúp vốn hộ nghèo",
      { memberId: person.memberId },
      {
        description: "Cho vay không lãi",
        field: "poverty",
        firstYear: { year: 2021, status: "new", exemplary: true },
      },
    );
    await updateModel(t.ctx(), shown.id, { published: true, version: 1 });
    const hidden = await makeModel(
      t,
      "Mô hình chưa công bố",
      { unitId: cells[1]!.id },
      { firstYear: { year: 2021, status: "new", exemplary: true } },
    );
    const plain = await makeModel(
      t,
      "Mô hình hết điển hình",
      { unitId: cells[2]!.id },
      { firstYear: { year: 2021, status: "new", exemplary: true } },
    );
    await updateModel(t.ctx(), plain.id, { published: true, version: 1 });
    await setModelYear(t.ctx(), plain.id, { year: 2021, status: "new", exemplary: false, version: 2 });

    const toggle = await call("POST", `${base}/exemplars/settings`, {
      cookie: admin,
      form: { publicPage: "1", publicTitle: "Gương sáng Cầu Kè", version: "0" },
    });
    expect(toggle.status).toBe(303);
    const stale = await call("POST", `${base}/exemplars/settings`, {
      cookie: admin,
      form: { publicPage: "1", version: "0" },
    });
    expect(await expectStatus(stale, 409)).toContain("vừa được người khác sửa");

    const res = await call("GET", `${base}/guong-nguoi-tot`);
    const html = await expectStatus(res, 200);
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    expect(html).toContain("Gương sáng Cầu Kè");
    expect(html).toContain("Tiết kiệm giúp vốn hộ nghèo");
    expect(html).toContain("Trần Thị Gương");
    expect(html).not.toContain(hidden.title);
    expect(html).not.toContain(plain.title);
    expect(html).not.toContain(person.card);
    expect(html).not.toContain(shown.id);
  });
});
