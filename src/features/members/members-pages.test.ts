import { describe, expect, it } from "vitest";
import { call, cookieFor, d1Calls, expectStatus, json, landing, makeAccount } from "../../../test/harness";
import type { MemberOut } from "./members.outputs";
import { csvBytes, deliver, rosterWorld } from "./members.fixtures";

async function add(w: Awaited<ReturnType<typeof rosterWorld>>, card: string, fullName: string, cell = 0) {
  const res = await call("POST", "/api/v1/members", {
    cookie: w.cookie,
    json: { cardNumber: card, fullName, unitId: w.cells[cell]!.id },
  });
  return json<MemberOut>(res, 201);
}

describe("member pages", () => {
  it("lists, drills into units, creates with 303 and re-renders field errors with 400", async () => {
    const w = await rosterWorld();
    const base = `/t/${w.t.info.slug}/members`;
    await add(w, "P.1", "Trần Văn Bảy", 1);
    const list = await expectStatus(
      await call("GET", `${base}?unitId=${w.school.id}`, { cookie: w.cookie }),
      200,
    );
    expect(list).toContain("Trần Văn Bảy");
    expect(list).toContain(w.cells[0]!.name);
    const form = await expectStatus(
      await call("GET", `${base}/new?unitId=${w.cells[0]!.id}`, { cookie: w.cookie }),
      200,
    );
    expect(form).toContain(`value="${w.cells[0]!.code}"`);
    const bad = await call("POST", base, {
      cookie: w.cookie,
      form: { fullName: "A", cardNumber: "P.2", unitCode: w.cells[0]!.code, birthDate: "31/02/1990" },
    });
    const html = await expectStatus(bad, 400);
    expect(html).toContain("Họ và tên cần ít nhất 2 ký tự.");
    expect(html).toContain("Ngày không hợp lệ");
    const notCell = await call("POST", base, {
      cookie: w.cookie,
      form: { fullName: "Lê Văn Tám", cardNumber: "P.2", unitCode: w.school.code },
    });
    expect(await expectStatus(notCell, 400)).toContain("chỉ sinh hoạt ở chi bộ");
    const body = new URLSearchParams({
      fullName: "Lê Văn Tám",
      cardNumber: "P.2",
      unitCode: w.cells[0]!.code,
      birthDate: "02/09/1990",
    });
    body.append("positions", "cell_secretary");
    body.append("positions", "faculty_head");
    const ok = await call("POST", base, {
      cookie: w.cookie,
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(ok.status).toBe(303);
    const profile = await landing(ok, w.cookie);
    expect(profile).toContain("Đã thêm đảng viên.");
    expect(profile).toContain("<dd>Bí thư chi bộ</dd>");
    expect(profile).toContain("<dd>Trưởng khoa</dd>");
    expect(profile).toContain("Nhóm 1 – làm gương mẫu mực");
    expect(profile).toContain("02/09/1990");
  });

  it("edits, transfers and changes status from the profile; stale versions and bad input re-render", async () => {
    const w = await rosterWorld();
    const m = await add(w, "E.1", "Phan Văn Chín");
    const url = `/t/${w.t.info.slug}/members/${m.id}`;
    const upd = await call("POST", `${url}/update`, {
      cookie: w.cookie,
      form: {
        fullName: "Phan Văn Chín",
        cardNumber: "E.1",
        positions: "deputy_faculty_head",
        effectiveFrom: "01/02/2025",
        version: "1",
      },
    });
    expect(upd.status).toBe(303);
    const stale = await call("POST", `${url}/update`, {
      cookie: w.cookie,
      form: { fullName: "Phan Văn Mười", version: "1" },
    });
    expect(await expectStatus(stale, 409)).toContain("vừa được người khác sửa");
    const badUnit = await call("POST", `${url}/transfer`, {
      cookie: w.cookie,
      form: { unitCode: "KHONG-CO", date: "01/03/2025", reason: "Điều động", version: "2" },
    });
    expect(await expectStatus(badUnit, 400)).toContain("Không tìm thấy đơn vị có mã này");
    const moved = await call("POST", `${url}/transfer`, {
      cookie: w.cookie,
      form: { unitCode: w.cells[2]!.code, date: "01/03/2025", reason: "Điều động", version: "2" },
    });
    expect(moved.status).toBe(303);
    const page = await expectStatus(await call("GET", `${url}?done=transfer`, { cookie: w.cookie }), 200);
    expect(page).toContain("Đã chuyển sinh hoạt.");
    expect(page).toContain(`${w.cells[0]!.name} → ${w.cells[2]!.name}`);
    expect(page).toContain("Từ 01/02/2025");
    const left = await call("POST", `${url}/status`, {
      cookie: w.cookie,
      form: { status: "removed", date: "01/04/2025", reason: "Quyết định xóa tên", version: "3" },
    });
    expect(left.status).toBe(303);
    const again = await call("POST", `${url}/status`, {
      cookie: w.cookie,
      form: { status: "official", date: "01/05/2025", reason: "Thử lại", version: "4" },
    });
    expect(await expectStatus(again, 409)).toContain("Hồ sơ này đã đóng");
    const sec = await cookieFor(w.t, (await makeAccount(w.t, "secretary", w.school)).id);
    await expectStatus(
      await call("POST", `${url}/group`, {
        cookie: sec,
        form: { group: "exemplar", reason: "Thử", version: "4" },
      }),
      403,
    );
    await expectStatus(await call("GET", url, { cookie: sec }), 200);
    const res = await call("GET", url, { cookie: sec });
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
  });

  it("a member sees their own profile under “Hồ sơ của tôi”, and nobody else's", async () => {
    const w = await rosterWorld();
    const mine = await add(w, "M.1", "Đoàn Thị Mười");
    const other = await add(w, "M.2", "Đoàn Văn Một");
    const cookie = await cookieFor(
      w.t,
      (await makeAccount(w.t, "member", w.cells[0]!, { memberId: mine.id })).id,
    );
    const html = await expectStatus(await call("GET", `/t/${w.t.info.slug}/members/me`, { cookie }), 200);
    expect(html).toContain("Đoàn Thị Mười");
    expect(html).toContain("Hồ sơ của tôi");
    expect(html).not.toContain("Sửa thông tin");
    await expectStatus(await call("GET", `/t/${w.t.info.slug}/members/${other.id}`, { cookie }), 404);
    await expectStatus(await call("GET", `/t/${w.t.info.slug}/members`, { cookie }), 403);
  });

  it("group rules: admins edit (303), secretaries read only; a cross-site post is refused", async () => {
    const w = await rosterWorld();
    const base = `/t/${w.t.info.slug}/members/rules`;
    const sec = await cookieFor(w.t, (await makeAccount(w.t, "secretary", w.school)).id);
    expect(await expectStatus(await call("GET", base, { cookie: sec }), 200)).toContain("disabled");
    await expectStatus(
      await call("POST", base, { cookie: sec, form: { positions: "cell_secretary", version: "0" } }),
      403,
    );
    const ok = await call("POST", base, {
      cookie: w.cookie,
      form: { positions: "cell_secretary", version: "0" },
    });
    expect(ok.status).toBe(303);
    const stale = await call("POST", base, { cookie: w.cookie, form: { positions: "head", version: "0" } });
    expect(await expectStatus(stale, 409)).toContain("vừa được người khác sửa");
    const csrf = await call("POST", base, {
      cookie: w.cookie,
      form: { version: "1" },
      headers: { origin: "https://evil.example" },
    });
    await expectStatus(csrf, 403);
  });

  it("imports through the pages: upload (multipart) → preview → commit, with progress and the error file", async () => {
    const w = await rosterWorld();
    const base = `/t/${w.t.info.slug}/members/import`;
    expect(await expectStatus(await call("GET", base, { cookie: w.cookie }), 200)).toContain("Tệp mẫu Excel");
    const csv = `Số thẻ đảng viên;Họ và tên;Chi bộ\nW.1;Ngô Văn Một;${w.cells[0]!.code}\nW.2;Ngô Văn Hai;Không có\n`;
    const fd = new FormData();
    fd.append("file", new File([csvBytes(csv, true)], "danh sách.csv", { type: "text/csv" }));
    const up = await call("POST", base, { cookie: w.cookie, body: fd });
    expect(up.status).toBe(303);
    // The file is read on the queue: until then the job's page says so and reloads itself.
    const reading = await landing(up, w.cookie);
    expect(reading).toContain("Đang đọc và kiểm tra tệp");
    expect(reading).toContain('http-equiv="refresh"');
    const id = up.headers.get("location")!.split("/").pop()!;
    await deliver({ kind: "members.import", tenantId: w.t.info.id, jobId: id, step: "parse" });
    const preview = await landing(up, w.cookie);
    expect(preview).not.toContain('http-equiv="refresh"');
    expect(preview).toContain("danh sách.csv");
    expect(preview).toContain("Không tìm thấy chi bộ «Không có»");
    expect(preview).toContain("Ghi 1 dòng hợp lệ vào danh sách");
    const committed = await call("POST", `${base}/${id}/commit`, { cookie: w.cookie, form: {} });
    expect(committed.status).toBe(303);
    expect(await expectStatus(await call("GET", `${base}/${id}`, { cookie: w.cookie }), 200)).toContain(
      "Thêm mới <strong>1</strong>",
    );
    const again = await call("POST", `${base}/${id}/commit`, { cookie: w.cookie, form: {} });
    expect(await expectStatus(again, 409)).toContain("đã được xử lý");
    const file = await call("GET", `${base}/${id}/errors?format=xlsx`, { cookie: w.cookie });
    expect(file.headers.get("content-type")).toContain("spreadsheetml");
    const none = await call("POST", base, { cookie: w.cookie, body: new FormData() });
    expect(await expectStatus(none, 400)).toContain("Vui lòng chọn tệp");
  });
});
