import { describe, expect, it } from "vitest";
import { call, cookieFor, d1Calls, expectStatus, makeAccount } from "../../../test/harness";
import { createMember } from "../members";
import { publishSet } from "./criteria-publish.service";
import { addCriterion, concretiseCriterion, hideCriterion } from "./criteria-items.service";
import { getSetView } from "./criteria-sets.service";
import { K, YEAR, makeTree, startSet } from "./criteria.fixtures";

describe("criteria pages", () => {
  it("starts a unit's set from a form: 303 to the set page, which renders in two round trips", async () => {
    const tree = await makeTree();
    const cookie = await cookieFor(tree.t, tree.t.adminId);
    const base = `/t/${tree.t.info.slug}/admin/criteria`;
    const start = await call("GET", `${base}/units/${tree.school.id}?year=${YEAR}`, { cookie });
    expect(await expectStatus(start, 200)).toContain("Lập khung tiêu chí riêng của đơn vị");
    const res = await call("POST", `${base}/units/${tree.school.id}/sets`, {
      cookie,
      form: {
        year: String(YEAR),
        source: "blank",
        title: "Kế hoạch số 23",
        issuer: "Đảng ủy Trường Chính trị",
        docNumber: "23-KH/ĐU",
        docDate: "2022-05-09",
      },
    });
    expect(res.status).toBe(303);
    const to = res.headers.get("location")!;
    expect(to).toMatch(/\/admin\/criteria\/sets\/[0-9a-z]{16}\?done=created$/);
    await call("GET", to, { cookie });
    const page = await call("GET", to, { cookie });
    const html = await expectStatus(page, 200);
    expect(html).toContain("Số 23-KH/ĐU, ngày 09/05/2022");
    expect(html).toContain("Một là,");
    expect(d1Calls(page)).toBeLessThanOrEqual(2);
    // Back on the unit page, the existing set redirects.
    expect((await call("GET", `${base}/units/${tree.school.id}?year=${YEAR}`, { cookie })).status).toBe(303);
  });

  it("re-renders forms with 400 on field errors and shows the 409 about core criteria in Vietnamese", async () => {
    const tree = await makeTree();
    const cookie = await cookieFor(tree.t, tree.t.adminId);
    const setId = await startSet(tree, tree.school.id);
    const base = `/t/${tree.t.info.slug}/admin/criteria/sets/${setId}`;
    const bad = await call("POST", `${base}/criteria`, {
      cookie,
      form: { group: "follower", title: "Tiêu chí mới", body: "ngắn", version: "1" },
    });
    const badHtml = await expectStatus(bad, 400);
    expect(badHtml).toContain("Nội dung tiêu chí cần ít nhất 10 ký tự.");
    expect(badHtml).toContain('value="Tiêu chí mới"');
    const core = await call("POST", `${base}/criteria/${K.ex1}/hide`, { cookie, form: { version: "1" } });
    const coreHtml = await expectStatus(core, 409);
    expect(coreHtml).toContain("là tiêu chí cốt lõi do");
    expect(coreHtml).toContain("Cấp dưới không được ẩn, bỏ hoặc bỏ tính cốt lõi");
    const del = await call("POST", `${base}/criteria/${K.ex1}/delete`, { cookie, form: { version: "1" } });
    await expectStatus(del, 409);
    expect((await getSetView(tree.t.ctx(), setId)).set.version).toBe(1);
    const view = await getSetView(tree.t.ctx(), setId);
    const same = view.effective.criteria.find((c) => c.key === K.ex1)!;
    const dup = await call("POST", `${base}/criteria/${K.ex1}/concretise`, {
      cookie,
      form: { title: same.title, body: same.body, version: "1" },
    });
    const dupHtml = await expectStatus(dup, 400);
    expect(dupHtml).toContain("Nội dung cụ thể hóa đang giống hệt nội dung của cấp trên.");
    expect(dupHtml).toMatch(/<details class="panel" open="">\s*<summary>Cụ thể hóa<\/summary>/);
    const ok = await call("POST", `${base}/criteria/${K.ex1}/concretise`, {
      cookie,
      form: { title: "Trung thành, bản lĩnh", body: "Nội dung cụ thể hóa của trường.", version: "1" },
    });
    expect(ok.status).toBe(303);
    const cross = await call("POST", `${base}/publish`, {
      cookie,
      form: { version: "2" },
      headers: { origin: "https://evil.example" },
    });
    expect(cross.status).toBe(403);
  });

  it("a cell's member page shows the school's concretised and added criteria with their origin; printable", async () => {
    const tree = await makeTree();
    const ctx = tree.t.ctx();
    const setId = await startSet(tree, tree.school.id);
    await concretiseCriterion(ctx, setId, K.fo2, {
      body: "chấp hành nghiêm Quy định số 37-QĐ/TW của trường;…",
      version: 1,
    });
    await addCriterion(ctx, setId, {
      group: "follower",
      title: "Nơi cư trú",
      body: "giữ mối liên hệ với nhân dân nơi cư trú;…",
      version: 2,
    });
    await publishSet(ctx, setId, 3);
    const member = await makeAccount(tree.t, "member", tree.cell);
    const cookie = await cookieFor(tree.t, member.id);
    const url = `/t/${tree.t.info.slug}/criteria?year=${YEAR}&group=follower`;
    const html = await expectStatus(await call("GET", url, { cookie }), 200);
    expect(html).toContain("chấp hành nghiêm Quy định số 37-QĐ/TW của trường;…");
    expect(html).toContain("Cụ thể hóa: Đảng bộ Trường (23-KH/ĐU)");
    expect(html).toContain("Bổ sung: Đảng bộ Trường (23-KH/ĐU)");
    expect(html).toContain("Bảy là,");
    const print = await expectStatus(await call("GET", `${url}&print=1`, { cookie }), 200);
    expect(print).toContain('class="bare"');
    // Members have no admin pages.
    await expectStatus(
      await call("GET", `/t/${tree.t.info.slug}/admin/criteria/sets/${setId}`, { cookie }),
      403,
    );
    const admin = await cookieFor(tree.t, tree.t.adminId);
    const index = await call("GET", `/t/${tree.t.info.slug}/admin/criteria?year=${YEAR}`, { cookie: admin });
    const indexHtml = await expectStatus(index, 200);
    expect(indexHtml).toContain("Phiên bản 1 · 23-KH/ĐU");
    expect(indexHtml).toContain("Phiên bản 1 · 62-KH/ĐUK");
    expect(d1Calls(index)).toBeLessThanOrEqual(2);
  });

  it("without a chosen group, a member sees their own group's criteria (read in the same batch)", async () => {
    const tree = await makeTree();
    const url = `/t/${tree.t.info.slug}/criteria?year=${YEAR}`;
    for (const [positions, label] of [
      [["cell_secretary"], "Tiêu chí Nhóm 1"],
      [[], "Tiêu chí Nhóm 2"],
    ] as const) {
      const m = await createMember(tree.t.ctx(), {
        cardNumber: `CR.${positions.length}${Date.now() % 100000}`,
        fullName: "Lê Thị Hoa",
        unitId: tree.cell.id,
        partyPositions: [...positions],
      });
      const account = await makeAccount(tree.t, "member", tree.cell, { memberId: m.id });
      const res = await call("GET", url, { cookie: await cookieFor(tree.t, account.id) });
      expect(await expectStatus(res, 200)).toContain(label);
      expect(d1Calls(res)).toBeLessThanOrEqual(2);
    }
  });

  it("the comparison marks concretised, added and hidden criteria against parent and root", async () => {
    const tree = await makeTree({ core: false });
    const ctx = tree.t.ctx();
    const school = await startSet(tree, tree.school.id);
    await concretiseCriterion(ctx, school, K.ex2, {
      body: "Nội dung cụ thể hóa của trường cho tiêu chí 2.",
      version: 1,
    });
    await publishSet(ctx, school, 2);
    const cell = await startSet(tree, tree.cell.id, "03-KH/CB");
    await hideCriterion(ctx, cell, K.fo6, 1);
    await addCriterion(ctx, cell, {
      group: "exemplar",
      title: "Riêng chi bộ",
      body: "Tiêu chí riêng của chi bộ khoa.",
      version: 2,
    });
    const cookie = await cookieFor(tree.t, tree.t.adminId);
    const html = await expectStatus(
      await call("GET", `/t/${tree.t.info.slug}/admin/criteria/sets/${cell}/compare`, { cookie }),
      200,
    );
    for (const label of ["Cụ thể hóa", "Bổ sung", "Đã ẩn", "Giữ nguyên"]) expect(html).toContain(label);
    expect(html).toContain("Nội dung cụ thể hóa của trường cho tiêu chí 2.");
  });

  it("records focus issues from the page, refusing a fifth", async () => {
    const tree = await makeTree();
    const cookie = await cookieFor(tree.t, tree.t.adminId);
    const url = `/t/${tree.t.info.slug}/admin/criteria/units/${tree.school.id}/focus`;
    for (let i = 1; i <= 4; i++) {
      const res = await call("POST", url, {
        cookie,
        form: { year: String(YEAR), kind: "focus", title: `Nội dung trọng tâm ${i}` },
      });
      expect(res.status).toBe(303);
    }
    const fifth = await call("POST", url, {
      cookie,
      form: { year: String(YEAR), kind: "pressing", title: "Nội dung thứ năm" },
    });
    expect(await expectStatus(fifth, 409)).toContain("đã có đủ 4 nội dung");
    const empty = await call("POST", url, { cookie, form: { year: String(YEAR), kind: "focus", title: "" } });
    await expectStatus(empty, 400);
    const page = await call("GET", `${url}?year=${YEAR}`, { cookie });
    expect(await expectStatus(page, 200)).toContain("Nội dung trọng tâm 4");
    expect(d1Calls(page)).toBeLessThanOrEqual(2);
  });
});
