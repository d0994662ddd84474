import { vnYear } from "../../domain/time";
import { sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestTenant, call, d1Calls, dbOf, expectStatus, json } from "../../../test/harness";
import { confirmPlanFor, type ReportsWorld, reportsWorld } from "../../../test/harness-reports";
import { makePerson } from "../../../test/plans-kit";

const Y = vnYear(Date.now());
type Doc = {
  id: string;
  version: number;
  number: string;
  issuerName: string;
  superiorName: string;
  signerAuthority: string;
  subject: string;
  recipients: string[];
  sections: Record<string, string>;
};

let t: TestTenant;
let s: ReportsWorld["s"];
let admin: string;

beforeAll(async () => {
  ({ t, s, admin } = await reportsWorld(Y));
  const leader = await makePerson(t, s.cell1, true, "Thạch Minh Quang");
  await makePerson(t, s.cell1, true);
  await makePerson(t, s.cell2, false);
  await confirmPlanFor(t.ctx(), leader.memberId, Y);
});

const base = () => `/api/v1/reports/units/${s.school.id}/documents`;
const newDoc = {
  year: Y,
  number: "120-BC/ĐU",
  docDate: `${Y}-12-15`,
  place: "Trà Vinh",
  signerName: "Thạch Minh Quang",
};

async function create(extra: Record<string, unknown> = {}): Promise<Doc> {
  return json<Doc>(await call("POST", base(), { cookie: admin, json: { ...newDoc, ...extra } }), 201);
}

function docxParts(bytes: ArrayBuffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

describe("party-format report documents", () => {
  it("creates a report with defaults from the unit, lists it, and audits it", async () => {
    const d = await create();
    expect(d).toMatchObject({
      number: "120-BC/ĐU",
      issuerName: "Đảng ủy Trường thử nghiệm",
      superiorName: "Đảng bộ Khối thử nghiệm",
      signerAuthority: "T/M Đảng ủy",
      version: 1,
    });
    expect(d.subject).toBe(
      `Kết quả thực hiện mô hình “Trên làm gương mẫu mực, dưới tích cực làm theo” năm ${Y}`,
    );
    expect(d.recipients).toEqual([
      "Ban Thường vụ Đảng ủy Khối thử nghiệm (báo cáo)",
      "Các tổ chức đảng trực thuộc",
      "Lưu Văn phòng",
    ]);
    expect(d.sections.intro).toContain("Đảng ủy Trường thử nghiệm báo cáo kết quả thực hiện năm");
    const list = await json<{ documents: Doc[] }>(
      await call("GET", `${base()}?year=${Y}`, { cookie: admin }),
    );
    expect(list.documents.map((x) => x.id)).toContain(d.id);
    const audit = await dbOf(t).all<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE tenant_id = ${t.info.id} AND entity_id = ${d.id}`,
    );
    expect(audit.map((r) => r.action)).toEqual(["report.create"]);
  });

  it("refuses bad input with field errors, and unknown fields", async () => {
    const res = await call("POST", base(), {
      cookie: admin,
      json: { year: 1999, number: "", docDate: "2026-02-30", place: "x", signerName: "" },
    });
    const body = await json<{ errors: Record<string, string> }>(res, 400);
    expect(Object.keys(body.errors).sort()).toEqual(["docDate", "number", "signerName", "year"]);
    const extra = await call("POST", base(), { cookie: admin, json: { ...newDoc, tenant_id: "x" } });
    expect(extra.status).toBe(400);
    const long = await call("POST", base(), {
      cookie: admin,
      json: { ...newDoc, sections: { intro: "a".repeat(20_001) } },
    });
    expect((await json<{ errors: Record<string, string> }>(long, 400)).errors["sections.intro"]).toBeTruthy();
  });

  it("edits with optimistic concurrency: a stale version is 409 and changes nothing", async () => {
    const d = await create();
    const path = `/api/v1/reports/documents/${d.id}`;
    const ok = await json<Doc>(
      await call("PATCH", path, {
        cookie: admin,
        json: { sections: { leadership: "Đảng ủy đã ban hành kế hoạch." }, version: 1 },
      }),
    );
    expect(ok.version).toBe(2);
    expect(ok.sections.leadership).toBe("Đảng ủy đã ban hành kế hoạch.");
    expect(ok.sections.intro).toBe(d.sections.intro);
    await json(await call("PATCH", path, { cookie: admin, json: { number: "999-BC/ĐU", version: 1 } }), 409);
    expect((await json<Doc>(await call("GET", path, { cookie: admin }))).number).toBe("120-BC/ĐU");
    await json(await call("DELETE", `${path}?version=1`, { cookie: admin }), 409);
    await expectStatus(await call("DELETE", `${path}?version=2`, { cookie: admin }), 204);
    await json(await call("GET", path, { cookie: admin }), 404);
  });

  it("generates a DOCX in the 36-HD/VPTW layout with the live figures and the narrative", async () => {
    const d = await create({
      sections: { assessment: "Ưu điểm: cán bộ, đảng viên gương mẫu.\nHạn chế: còn chậm." },
    });
    const res = await call("GET", `/api/v1/reports/documents/${d.id}/docx`, { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="120-BC-DU-Dang-bo-Truong-thu-nghiem-${Y}.docx"; filename*=UTF-8''${encodeURIComponent(`120-BC-ĐU Đảng bộ Trường thử nghiệm ${Y}.docx`)}`,
    );
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    const parts = docxParts(await res.arrayBuffer());
    const xml = parts["word/document.xml"]!;
    expect(parts["word/styles.xml"]).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    for (const text of [
      "ĐẢNG BỘ KHỐI THỬ NGHIỆM",
      "ĐẢNG ỦY TRƯỜNG THỬ NGHIỆM",
      "Số 120-BC/ĐU",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      `Trà Vinh, ngày 15 tháng 12 năm ${Y}`,
      "BÁO CÁO",
      "trong đó nhóm 1 (làm gương mẫu mực): 2 đồng chí, nhóm 2 (tích cực làm theo): 1 đồng chí.",
      "Số đảng viên đã đăng ký, xây dựng kế hoạch cá nhân: 1/3 đồng chí, đạt 33,3\u00a0%",
      "Chi bộ Một",
      "I. KẾT QUẢ THỰC HIỆN",
      "II. ĐÁNH GIÁ CHUNG",
      "Hạn chế: còn chậm.",
      "T/M ĐẢNG ỦY",
      "Thạch Minh Quang",
      "Nơi nhận:",
      "- Lưu Văn phòng.",
    ])
      expect(xml, text).toContain(text);
  });

  it("renders the same report as print-ready HTML in ≤ 2 round trips", async () => {
    const d = await create({ focus: "exemplar", number: "121-BC/ĐU" });
    const res = await call("GET", `/t/${t.info.slug}/reports/documents/${d.id}/print`, { cookie: admin });
    const html = await expectStatus(res, 200);
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    expect(html).toContain('class="doc-page"');
    expect(html).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(html).toContain("Số 121-BC/ĐU");
    expect(html).toContain("Tổng số đảng viên thuộc nhóm 1 (làm gương mẫu mực): 2 đồng chí.");
    expect(html).not.toContain("nhóm 2 (tích cực làm theo): 1 đồng chí");
  });

  it("pages: create and save answer 303; field errors and a stale version re-render the form", async () => {
    const pg = `/t/${t.info.slug}/reports`;
    const bad = await call("POST", `${pg}/units/${s.school.id}/documents`, {
      cookie: admin,
      form: { year: String(Y), number: "", docDate: "", place: "", signerName: "" },
    });
    const badHtml = await expectStatus(bad, 400);
    expect(badHtml).toContain('<p class="error-text" id="f-number-err">Trường này là bắt buộc.</p>');
    const made = await call("POST", `${pg}/units/${s.school.id}/documents`, {
      cookie: admin,
      form: {
        year: String(Y),
        number: "7-BC/ĐU",
        docDate: `${Y}-06-30`,
        place: "Trà Vinh",
        signerName: "Người Ký",
      },
    });
    expect(made.status).toBe(303);
    const to = made.headers.get("location")!;
    expect(to).toMatch(/\/reports\/documents\/[0-9a-z]{16}\?done=created$/);
    const id = /documents\/([0-9a-z]{16})/.exec(to)![1]!;
    const form = {
      version: "1",
      number: "8-BC/ĐU",
      docDate: `${Y}-06-30`,
      place: "Trà Vinh",
      superiorName: "",
      issuerName: "Đảng ủy Trường",
      subject: "Kết quả 6 tháng",
      signerAuthority: "T/M Đảng ủy",
      signerTitle: "Phó Bí thư",
      signerName: "Người Ký",
      recipients: "Đảng ủy Khối\n\nLưu",
      "sections.intro": "Mở đầu.",
      "sections.direction": "Tiếp tục.",
    };
    const saved = await call("POST", `${pg}/documents/${id}`, { cookie: admin, form });
    expect(saved.status).toBe(303);
    const doc = await json<Doc>(await call("GET", `/api/v1/reports/documents/${id}`, { cookie: admin }));
    expect(doc).toMatchObject({
      number: "8-BC/ĐU",
      superiorName: "",
      recipients: ["Đảng ủy Khối", "Lưu"],
      version: 2,
    });
    expect(doc.sections).toMatchObject({ intro: "Mở đầu.", direction: "Tiếp tục.", leadership: "" });
    const stale = await call("POST", `${pg}/documents/${id}`, { cookie: admin, form });
    expect(await expectStatus(stale, 409)).toContain("Báo cáo vừa được người khác sửa");
    const invalid = await call("POST", `${pg}/documents/${id}`, {
      cookie: admin,
      form: { ...form, version: "2", docDate: "15/12/2026" },
    });
    expect(await expectStatus(invalid, 400)).toContain("Ngày theo dạng YYYY-MM-DD.");
    const del = await call("POST", `${pg}/documents/${id}/delete`, { cookie: admin, form: { version: "2" } });
    expect(del.status).toBe(303);
    expect(del.headers.get("location")).toContain(`/reports/units/${s.school.id}/documents?year=${Y}`);
  });
});
