import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { districtTree, makePerson } from "../../../test/exemplars-kit";
import { call, cookieFor, expectStatus, json, makeTenant } from "../../../test/harness";
import { signedIn, world } from "../../../test/world";
import type { DecisionPreview } from "./commendations-decision.inputs";
import type { CommendationOut } from "./commendations.inputs";
import { formValues } from "./views/commendation-decision";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const decision = {
  level: "grassroots",
  form: "giay_khen",
  issuer: "Đảng ủy xã Hòa Ân",
  decisionNumber: "07-QĐ/ĐU",
  decisionDate: "28/12/2021",
};

/** A commune's decision: the commune's first cell and three members of its cells, plus another decision. */
async function setup() {
  const { t, cookie } = await world();
  const { communes, cells } = await districtTree(t);
  const post = async (body: object) =>
    json<CommendationOut>(await call("POST", "/api/v1/commendations", { cookie, json: body }), 201);
  const unit = await post({ subjectType: "unit", subjectId: cells[0]!.id, ...decision });
  const people = [];
  for (const [i, name] of ["Trần Văn Ba", "Lê Thị Bốn", "Nguyễn Văn Năm"].entries()) {
    const p = await makePerson(t, cells[i % 2]!, name);
    people.push(await post({ subjectType: "member", subjectId: p.memberId, ...decision, content: "" }));
  }
  const other = await post({
    subjectType: "unit",
    subjectId: cells[1]!.id,
    ...decision,
    decisionNumber: "08-QĐ/ĐU",
  });
  const ids = [unit.id, ...people.map((p) => p.id)];
  return { t, cookie, communes, cells, ids, other };
}

const xml = async (res: Response, part = "word/document.xml") => {
  if (res.status !== 200) expect.fail(`${res.status}: ${await res.text()}`);
  return strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))[part]!);
};
/** Every one of `texts` is in `text` (the failure names the one missing). */
function holds(text: string, texts: string[]) {
  for (const t of texts) expect(text, t).toContain(t);
}
const generate = (cookie: string, document: string, body: object) =>
  call("POST", `/api/v1/commendations/decision/${document === "decision" ? "document" : document}`, {
    cookie,
    json: body,
  });

describe("commendation decisions", () => {
  it("makes the decision, the certificates and the list of one decision, remembering the signer", async () => {
    const { cookie, ids } = await setup();
    const preview = await json<DecisionPreview>(
      await call("GET", `/api/v1/commendations/decision?decisionNumber=${encodeURIComponent("07 - qđ/đu")}`, {
        cookie,
      }),
    );
    expect(preview.commendations.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(preview).toMatchObject({ decisionNumber: "07-QĐ/ĐU", decisionDate: "2021-12-28" });
    expect(preview.defaults).toMatchObject({
      issuer: "Đảng ủy xã Hòa Ân",
      signerName: "",
      signerTitle: "Bí thư",
    });

    // The signer is not in the data: without one, 400 names the field.
    const missing = await json<{ errors: Record<string, string> }>(
      await generate(cookie, "decision", { ids, place: "Cầu Kè" }),
      400,
    );
    expect(missing.errors).toEqual({ signerName: "Cần ghi họ và tên người ký." });

    const doc = await xml(
      await generate(cookie, "decision", {
        ids,
        place: "Cầu Kè",
        signerName: "Thạch Văn Sáu",
        remember: true,
      }),
    );
    holds(doc, [
      "ĐẢNG ỦY XÃ HÒA ÂN",
      "Số 07-QĐ/ĐU",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Cầu Kè, ngày 28 tháng 12 năm 2021",
      "QUYẾT ĐỊNH",
      "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc",
      "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
      "QUYẾT ĐỊNH:",
      "Điều 1. ",
      "Tặng Giấy khen cho 01 tập thể và 03 cá nhân (có danh sách kèm theo)",
      "Điều 2. ",
      "Điều 3. ",
      "Nơi nhận:",
      "- Như Điều 3,",
      "T/M ĐẢNG ỦY",
      "Thạch Văn Sáu",
      "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
      "(Kèm theo Quyết định số 07-QĐ/ĐU, ngày 28/12/2021 của Đảng ủy xã Hòa Ân)",
      "I. TẬP THỂ",
      "II. CÁ NHÂN",
      "Chi bộ ấp 1 xã Hòa Ân",
      "Trần Văn Ba",
      "Lê Thị Bốn",
      "Nguyễn Văn Năm",
    ]);
    expect(doc).not.toContain("08-QĐ/ĐU");

    // Remembered: the next preview and the certificates start from the signer entered above.
    const again = await json<DecisionPreview>(
      await call("GET", `/api/v1/commendations/decision?ids=${ids.join(",")}`, { cookie }),
    );
    expect(again.defaults).toMatchObject({ signerName: "Thạch Văn Sáu", place: "Cầu Kè" });
    const certs = await generate(cookie, "certificates", { ids });
    expect(certs.headers.get("content-type")).toBe(DOCX);
    const cert = await xml(certs);
    expect(cert).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(cert).toContain("<w:pgBorders");
    expect(cert.match(/GIẤY KHEN/g)).toHaveLength(4);
    expect(cert.match(/<w:pageBreakBefore\/>/g)).toHaveLength(3);
    holds(cert, [
      "Đồng chí Trần Văn Ba",
      "Đồng chí Nguyễn Văn Năm",
      "Quyết định số 07-QĐ/ĐU",
      "ngày 28/12/2021",
    ]);

    const sheet = await xml(await generate(cookie, "recipients", { ids }), "xl/worksheets/sheet1.xml");
    holds(sheet, ["Họ và tên / Tập thể", "Trần Văn Ba", "Lê Thị Bốn", "Chi bộ ấp 1 xã Hòa Ân", "07-QĐ/ĐU"]);
  });

  it("refuses two decisions, bad fields, members, ids out of scope and another tenant's ids", async () => {
    const { t, cookie, ids, other, communes, cells } = await setup();
    const mixed = await json<{ errors: Record<string, string> }>(
      await generate(cookie, "decision", { ids: [ids[0], other.id] }),
      400,
    );
    expect(mixed.errors.ids).toContain("2 quyết định khác nhau");
    const bad = await json<{ errors: Record<string, string> }>(
      await generate(cookie, "certificates", { ids, place: "", legalBases: [], signerName: "A" }),
      400,
    );
    expect(bad.errors).toMatchObject({
      place: "Cần ghi địa danh (ví dụ: Trà Vinh).",
      signerName: "Cần ghi họ và tên người ký.",
    });
    await expectStatus(await generate(cookie, "decision", { ids, tenantId: t.info.id }), 400);
    await expectStatus(await generate(cookie, "minutes", { ids }), 404);
    await expectStatus(await generate(cookie, "decision", {}), 400);
    await expectStatus(
      await call("GET", "/api/v1/commendations/decision?decisionNumber=99-QĐ/ĐU", { cookie }),
      404,
    );

    const member = await makePerson(t, cells[0]!);
    await expectStatus(await generate(member.cookie, "recipients", { ids }), 403);
    // The secretary of another commune sees none of them: 404, as for a missing id.
    const elsewhere = await signedIn(t, "secretary", communes[2]!);
    await expectStatus(await generate(elsewhere.cookie, "recipients", { ids }), 404);
    const here = await signedIn(t, "secretary", communes[0]!);
    await expectStatus(await generate(here.cookie, "recipients", { ids }), 200);
    const hers = await json<DecisionPreview>(
      await call("GET", `/api/v1/commendations/decision?ids=${ids.join(",")}`, { cookie: here.cookie }),
    );
    expect(hers.defaults.superior).toBe("Đảng bộ huyện Cầu Kè");
    const b = await makeTenant();
    const bCookie = await cookieFor(b, b.adminId);
    await expectStatus(await generate(bCookie, "recipients", { ids }), 404);
    await expectStatus(
      await call("GET", `/api/v1/commendations/decision?ids=${ids[0]}`, { cookie: bCookie }),
      404,
    );
  });

  it("pages: the list picks by checkbox, the form comes back with its errors, the file downloads", async () => {
    const { t, cookie, ids } = await setup();
    const base = `/t/${t.info.slug}/commendations`;
    const list = await expectStatus(await call("GET", base, { cookie }), 200);
    expect(list).toContain('form="decision-pick"');
    expect(list).toContain(`action="${base}/decision"`);
    const page = await expectStatus(
      await call("GET", `${base}/decision?${ids.map((id) => `ids=${id}`).join("&")}`, { cookie }),
      200,
    );
    for (const text of ["Quyết định số 07-QĐ/ĐU", "Trần Văn Ba", "Đảng ủy xã Hòa Ân", 'value="decision"'])
      expect(page).toContain(text);
    const preview = await json<DecisionPreview>(
      await call("GET", `/api/v1/commendations/decision?ids=${ids.join(",")}`, { cookie }),
    );
    const form = {
      ...formValues(preview.defaults),
      ids: ids.join(","),
      decider: "Ban Thường vụ Đảng ủy xã Hòa Ân",
      place: "Cầu Kè",
      achievement: "xuất sắc năm 2021",
      legalBases: "Căn cứ Điều lệ Đảng\r\nCăn cứ Quy chế làm việc",
      document: "decision",
    };
    const back = await expectStatus(await call("POST", `${base}/decision`, { cookie, form }), 400);
    expect(back).toContain("Cần ghi họ và tên người ký.");
    expect(back).toContain("xuất sắc năm 2021");
    const doc = await xml(
      await call("POST", `${base}/decision`, { cookie, form: { ...form, signerName: "Lê Văn Bảy" } }),
    );
    expect(doc).toContain("BAN THƯỜNG VỤ ĐẢNG ỦY XÃ HÒA ÂN");
    expect(doc).toContain("- Căn cứ Quy chế làm việc,");
    const wrong = await expectStatus(
      await call("POST", `${base}/decision`, { cookie, form: { ...form, document: "x" } }),
      400,
    );
    expect(wrong).toContain("Chọn tệp cần tải");
  });
});
