// The notebook, meetings, evaluations and exemplar figures, written through their own features'
// APIs, reach the report: the dashboard, the people lists and the party-format body.
import { vnToday } from "../../domain/time";
import { beforeAll, describe, expect, it } from "vitest";
import { call, expectStatus, json } from "../../../test/harness";
import { expectNoCounterDrift } from "../../../test/harness-reports";
import {
  type World,
  decide,
  notebookWorld,
  personWithPlan,
  propose,
  submitReview,
} from "../../../test/notebook-kit";
import { formatViDate } from "../../lib/sheets";

type Triple = { exemplar: number; follower: number; all: number };
let w: World;
let a: Awaited<ReturnType<typeof personWithPlan>>;

/** Posts `body` to the API as `cookie` and expects 201. */
const created = async (path: string, cookie: string, body: object) =>
  json(await call("POST", path, { cookie, json: body }), 201);

beforeAll(async () => {
  w = await notebookWorld();
  a = await personWithPlan(w, w.cell1, true, "Trần Văn An");
  const b = await personWithPlan(w, w.cell2, false, "Lê Thị Bình");
  await json(await submitReview(a, "midyear"), 201);
  await json(await submitReview(a, "annual"), 201);
  await json(await submitReview(b, "midyear"), 201);
  const today = formatViDate(vnToday(Date.now()));
  await created("/api/v1/meetings", w.sec1, {
    unitId: w.cell1.id,
    date: today,
    kind: "regular",
    minutesNumber: "12-BB/CB",
    attendance: 1,
    expected: 2,
    remarks: [{ memberId: a.memberId, kind: "praise", content: "Gương mẫu thực hiện kế hoạch" }],
  });
  const proposed = await json<{ id: string; version: number }>(
    await propose(a.memberId, w.sec1, { level: "tot" }),
  );
  await json(
    await decide(proposed.id, w.secSchool, {
      level: "tot",
      version: proposed.version,
      decisionNumber: "45-QĐ/ĐU",
      decisionDate: today,
    }),
  );
  await created("/api/v1/models", w.admin, {
    kind: "collective",
    unitId: w.cell1.id,
    title: "Dân vận khéo",
    field: "economy",
    startYear: w.Y,
    firstYear: { year: w.Y, status: "new", exemplary: true },
  });
  await created("/api/v1/commendations", w.admin, {
    subjectType: "unit",
    subjectId: w.school.id,
    level: "province",
    form: "bang_khen",
    issuer: "Ủy ban nhân dân tỉnh",
    year: w.Y,
  });
  await created("/api/v1/conferences", w.admin, {
    unitId: w.school.id,
    date: today,
    title: "Hội nghị học tập chuyên đề năm",
    theme: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    mode: "online",
    sites: 5,
    participants: 120,
  });
});

describe("figures of the other features in the report", () => {
  it("rolls up notebook, meetings, evaluation and exemplar figures to the school", async () => {
    const v = await json<{ figures: Record<string, Triple> }>(
      await call("GET", `/api/v1/reports/units/${w.school.id}/figures?year=${w.Y}`, { cookie: w.admin }),
    );
    const f = v.figures;
    expect(f.notebook_midyear).toEqual({ exemplar: 1, follower: 1, all: 2 });
    expect(f.notebook_annual).toEqual({ exemplar: 1, follower: 0, all: 1 });
    expect(f.notebook_compliant).toEqual({ exemplar: 1, follower: 0, all: 1 });
    expect(f.meetings_regular!.all).toBe(1);
    expect(f.meetings_praise).toEqual({ exemplar: 1, follower: 0, all: 1 });
    expect([f.meetings_present!.all, f.meetings_expected!.all]).toEqual([1, 2]);
    expect(f.eval_tot).toEqual({ exemplar: 1, follower: 0, all: 1 });
    expect([f.models_new!.all, f.models_exemplary!.all, f.models_total!.all]).toEqual([1, 1, 1]);
    expect(f.commend_province_collective!.all).toBe(1);
    expect([f.conf_online_count!.all, f.conf_online_sites!.all, f.conf_online_participants!.all]).toEqual([
      1, 5, 120,
    ]);
  });

  it("drills down to the people behind the notebook and evaluation figures", async () => {
    const people = async (figure: string) =>
      (
        await json<{ items: { fullName: string; status: string }[] }>(
          await call("GET", `/api/v1/reports/units/${w.school.id}/people?year=${w.Y}&figure=${figure}`, {
            cookie: w.admin,
          }),
        )
      ).items.map((p) => [p.fullName, p.status]);
    expect(await people("notebook_midyear")).toEqual([
      ["Trần Văn An", "midyear"],
      ["Lê Thị Bình", "midyear"],
    ]);
    expect(await people("notebook_compliant")).toEqual([["Trần Văn An", "annual"]]);
    expect(await people("eval_tot")).toEqual([["Trần Văn An", "tot"]]);
    // A rating's people carry the decision that records it, in the API and the exports.
    const rated = await json<{ items: { decisionNumber: string | null; decisionDate: string | null }[] }>(
      await call("GET", `/api/v1/reports/units/${w.school.id}/people?year=${w.Y}&figure=eval_tot`, {
        cookie: w.admin,
      }),
    );
    expect(rated.items).toEqual([
      expect.objectContaining({ decisionNumber: "45-QĐ/ĐU", decisionDate: vnToday(Date.now()) }),
    ]);
    const csv = await call(
      "GET",
      `/api/v1/reports/units/${w.school.id}/people/export?year=${w.Y}&figure=eval_tot&format=csv`,
      { cookie: w.admin },
    );
    const lines = new TextDecoder()
      .decode(await csv.arrayBuffer())
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/,Số quyết định,Ngày quyết định$/);
    expect(lines[1]).toMatch(new RegExp(`,45-QĐ/ĐU,${formatViDate(vnToday(Date.now()))}$`));
    const html = await expectStatus(
      await call(
        "GET",
        `/t/${w.t.info.slug}/reports/units/${w.school.id}/people?year=${w.Y}&figure=eval_tot`,
        { cookie: w.admin },
      ),
      200,
    );
    expect(html).toContain("Hoàn thành tốt nhiệm vụ");
  });

  it("writes them into the party-format report and the dashboard charts", async () => {
    const doc = await json<{ id: string }>(
      await call("POST", `/api/v1/reports/units/${w.school.id}/documents`, {
        cookie: w.admin,
        json: {
          year: w.Y,
          number: "3-BC/ĐU",
          docDate: `${w.Y}-12-20`,
          place: "Trà Vinh",
          signerName: "Người Ký",
        },
      }),
      201,
    );
    const html = await expectStatus(
      await call("GET", `/t/${w.t.info.slug}/reports/documents/${doc.id}/print`, { cookie: w.admin }),
      200,
    );
    for (const text of [
      "tự kiểm điểm cuối năm: 1/2 (50 %)",
      "Các chi bộ tổ chức 1 buổi sinh hoạt thường kỳ",
      "Đảng viên dự sinh hoạt chi bộ: 1/2 lượt được triệu tập, đạt 50 %.",
      "Kết quả đánh giá, xếp loại 1 đảng viên: hoàn thành xuất sắc nhiệm vụ: 0 (0 %); hoàn thành tốt nhiệm vụ: 1 (100 %)",
      `Kết quả xếp loại được công nhận tại Quyết định số 45-QĐ/ĐU ngày ${formatViDate(vnToday(Date.now()))} (1 đảng viên).`,
      "Trong năm có 1 mô hình học tập và làm theo (xây dựng mới 1",
      "cấp tỉnh 1 tập thể, 0 cá nhân",
      "Tổ chức 1 hội nghị trực tuyến với 5 điểm cầu, 120 lượt người dự.",
    ])
      expect(html, text).toContain(text.replaceAll(" %", "\u00a0%"));
    const dash = await expectStatus(
      await call("GET", `/t/${w.t.info.slug}/reports/units/${w.school.id}?year=${w.Y}`, { cookie: w.admin }),
      200,
    );
    expect(dash).toContain(`Kết quả xếp loại đảng viên năm ${w.Y}`);
  });

  it("leaves no counter drift", async () => {
    await expectNoCounterDrift(w.t);
  });
});
