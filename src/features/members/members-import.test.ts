import { describe, expect, it } from "vitest";
import { exportedSheet } from "../../../test/sheets-kit";
import { call, expectStatus, json } from "../../../test/harness";
import { isoToExcelSerial, parseCsv, readFirstSheetRows, toXlsx } from "../../lib/sheets";
import { TEMPLATE_COLUMNS } from "./members-roster.rules";
import type { MemberDetailOut, MemberListOut } from "./members.outputs";
import { commit, csvBytes, nameFor, rosterWorld, upload } from "./members.fixtures";

type Row = (string | number)[];

/** 50 rows as a person fills the template: dates typed as text or kept as Excel serials. */
function fiftyRows(w: Awaited<ReturnType<typeof rosterWorld>>): Row[] {
  return Array.from({ length: 50 }, (_, i) => {
    const year = 1970 + (i % 25);
    const birth = `${String((i % 27) + 1).padStart(2, "0")}/0${(i % 9) + 1}/${year}`;
    const cell = w.cells[i % 3]!;
    const unit =
      i % 5 === 1
        ? `${w.school.name} › ${cell.name}`
        : i % 5 === 2
          ? `${w.school.name}/${cell.name}`
          : i % 5 === 3
            ? cell.name
            : cell.code;
    const join = i % 2 ? isoToExcelSerial(`${year + 25}-05-19`)! : `19/05/${year + 25}`;
    return [
      i + 1,
      `79.${300100 + i}`,
      nameFor(i),
      birth,
      i % 2 ? "Nữ" : "nam",
      unit,
      i < 5 ? "Bí thư chi bộ" : "",
      i >= 5 && i < 10 ? "phó trưởng khoa" : "",
      join,
      `20/05/${year + 26}`,
      "",
    ];
  });
}

function xlsx(rows: Row[]): Uint8Array {
  return toXlsx([{ name: "Danh sách", columns: TEMPLATE_COLUMNS.map((c) => ({ header: c.header })), rows }]);
}

async function count(cookie: string): Promise<number> {
  return (await json<MemberListOut>(await call("GET", "/api/v1/members?status=all", { cookie }))).total;
}

describe("roster import, as a new user would", () => {
  it("template → 50 rows with mistakes → exactly those rows rejected → fix → re-import without duplicates", async () => {
    const w = await rosterWorld();
    const template = await call("GET", "/api/v1/members/import/template?format=xlsx", { cookie: w.cookie });
    expect(template.headers.get("content-disposition")).toContain("mau-danh-sach-dang-vien.xlsx");
    const header = readFirstSheetRows(new Uint8Array(await template.arrayBuffer()))[0];
    expect(header).toEqual(TEMPLATE_COLUMNS.map((c) => c.header));

    const rows = fiftyRows(w);
    rows[10]![5] = "Chi bộ Không Có";
    rows[20]![3] = "31/02/1985";
    rows[31]![1] = rows[30]![1]!;
    rows[40]![2] = "";
    rows[45]![6] = "Thủ quỹ";
    rows[48]![4] = "Không rõ";
    const job = await upload(w, xlsx(rows), "danh-sach.xlsx");
    expect(job).toMatchObject({
      status: "ready",
      fileKind: "xlsx",
      rowsTotal: 50,
      rowsValid: 43,
      rowsInvalid: 7,
    });
    expect(job.errors.map((e) => e.row)).toEqual([12, 22, 32, 33, 42, 47, 50]);
    const reasons = Object.fromEntries(job.errors.map((e) => [e.row, e.errors.join(" ")]));
    expect(reasons[12]).toContain("Không tìm thấy chi bộ «Chi bộ Không Có»");
    expect(reasons[22]).toContain("Ngày sinh không hợp lệ: «31/02/1985»");
    expect(reasons[32]).toContain("trùng với dòng 33");
    expect(reasons[33]).toContain("trùng với dòng 32");
    expect(reasons[42]).toContain("Thiếu họ và tên");
    expect(reasons[47]).toContain("«Thủ quỹ»");
    expect(reasons[50]).toContain("Giới tính không hợp lệ");
    expect(await count(w.cookie), "nothing is written before the commit").toBe(0);

    const done = await commit(w.cookie, job.id);
    expect(done).toMatchObject({ status: "done", rowsDone: 43, created: 43, updated: 0, unchanged: 0 });
    expect(await count(w.cookie)).toBe(43);

    const errorsCsv = await call("GET", `/api/v1/members/import/${job.id}/errors?format=csv`, {
      cookie: w.cookie,
    });
    const bytes = new Uint8Array(await errorsCsv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(table[0]).toEqual(["Dòng", ...TEMPLATE_COLUMNS.slice(1).map((c) => c.header), "Lý do lỗi"]);
    expect(table.slice(1).map((r) => Number(r[0]))).toEqual([12, 22, 32, 33, 42, 47, 50]);
    expect(table[1]![table[0]!.length - 1]).toContain("Không tìm thấy chi bộ");
    const errorsXlsx = await call("GET", `/api/v1/members/import/${job.id}/errors?format=xlsx`, {
      cookie: w.cookie,
    });
    const errorSheet = exportedSheet(
      new Uint8Array(await errorsXlsx.arrayBuffer()),
      "CÁC DÒNG BỊ LỖI KHI NHẬP",
      w.t.info.name,
    );
    expect(errorSheet.rows).toHaveLength(8);

    rows[10]![5] = w.cells[0]!.code;
    rows[20]![3] = "28/02/1985";
    rows[31]![1] = "79.399999";
    rows[40]![2] = "Lê Thị Mai";
    rows[45]![6] = "Chi ủy viên";
    rows[48]![4] = "Nữ";
    const again = await upload(w, xlsx(rows), "danh-sach-da-sua.xlsx");
    expect(again).toMatchObject({ status: "ready", rowsValid: 50, rowsInvalid: 0 });
    expect(await commit(w.cookie, again.id)).toMatchObject({
      status: "done",
      created: 7,
      updated: 0,
      unchanged: 43,
    });
    expect(await count(w.cookie)).toBe(50);

    const third = await upload(w, xlsx(rows), "lan-3.xlsx");
    expect(await commit(w.cookie, third.id)).toMatchObject({ created: 0, updated: 0, unchanged: 50 });
    expect(await count(w.cookie)).toBe(50);

    const list = await json<MemberListOut>(
      await call("GET", "/api/v1/members?q=79.300145", { cookie: w.cookie }),
    );
    const m = await json<MemberDetailOut>(
      await call("GET", `/api/v1/members/${list.items[0]!.id}`, { cookie: w.cookie }),
    );
    expect(m.member).toMatchObject({
      partyPositions: ["cell_committee_member"],
      group: "exemplar",
      gender: "female",
    });
    expect(m.member.joinDate).toMatch(/^\d{4}-05-19$/);
  });
});

describe("files as Vietnamese Excel exports them", () => {
  it("reads CSV with BOM and semicolons, a title row, Excel serial dates and codes, names or paths of units", async () => {
    const w = await rosterWorld();
    const [a, b, c] = w.cells as [(typeof w.cells)[0], (typeof w.cells)[0], (typeof w.cells)[0]];
    const text = [
      "DANH SÁCH ĐẢNG VIÊN;;;;",
      "STT;Số thẻ đảng viên;Họ và tên;Ngày sinh;Giới tính;Chi bộ;Chức vụ Đảng;Ghi chú",
      `1;79.1;Nguyễn Văn An;${isoToExcelSerial("1980-03-14")};Nam;${a.code};Bí thư chi bộ;`,
      `2;79.2;Trần Thị Bình;14/03/1981;Nữ;${w.school.name} › ${b.name};;"có ; dấu chấm phẩy"`,
      `3;79.3;Lê Văn Cường;1982-01-02;Nam;${c.name.toUpperCase()};;`,
      "",
    ].join("\r\n");
    const job = await upload(w, csvBytes(text, true), "export.csv");
    expect(job).toMatchObject({
      status: "ready",
      fileKind: "csv",
      rowsTotal: 3,
      rowsValid: 3,
      rowsInvalid: 0,
    });
    expect(job.message).toContain("Ghi chú");
    await commit(w.cookie, job.id);
    const list = await json<MemberListOut>(await call("GET", "/api/v1/members", { cookie: w.cookie }));
    expect(list.items.map((m) => [m.fullName, m.birthDate, m.unitId])).toEqual([
      ["Nguyễn Văn An", "1980-03-14", a.id],
      ["Trần Thị Bình", "1981-03-14", b.id],
      ["Lê Văn Cường", "1982-01-02", c.id],
    ]);
    // Our own XLSX export, under its title block, imports back unchanged.
    const x = await call("GET", "/api/v1/members/export?format=xlsx", { cookie: w.cookie });
    const exported = new Uint8Array(await x.arrayBuffer());
    expect(exportedSheet(exported, "DANH SÁCH ĐẢNG VIÊN", `Đảng bộ tỉnh ${w.t.info.slug}`).rows).toHaveLength(
      4,
    );
    const back = await upload(w, exported, "dang-vien.xlsx");
    expect(back).toMatchObject({ status: "ready", rowsValid: 3, rowsInvalid: 0 });
    expect(await commit(w.cookie, back.id)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it("flags broken encoding, ambiguous units and wrong unit kinds per row", async () => {
    const w = await rosterWorld();
    const latin1 = new Uint8Array([
      ...csvBytes("Số thẻ đảng viên,Họ và tên,Chi bộ\n79.9,"),
      0x4e,
      0x67,
      0x75,
      0x79,
      0xea,
      0x6e,
      ...csvBytes(`,${w.cells[0]!.code}\n`),
    ]);
    const broken = await upload(w, latin1, "cp1258.csv");
    expect(broken.errors[0]!.errors.join(" ")).toContain("Lỗi mã hóa ký tự");
    const mojibake = `Số thẻ đảng viên,Họ và tên,Chi bộ\n79.8,Nguyá»…n VÄƒn An,${w.cells[0]!.code}\n79.7,Trần Văn B,${w.school.code}\n`;
    const job = await upload(w, csvBytes(mojibake), "mojibake.csv");
    expect(job.rowsInvalid).toBe(2);
    expect(job.errors[0]!.errors.join(" ")).toContain("Lỗi mã hóa ký tự");
    expect(job.errors[1]!.errors.join(" ")).toContain("không phải chi bộ");
  });

  it("refuses files without the required columns, empty files and legacy .xls, before anything is written", async () => {
    const w = await rosterWorld();
    const missing = await upload(
      w,
      csvBytes("Số thẻ đảng viên,Họ và tên\n79.1,Nguyễn Văn An\n"),
      "thieu.csv",
    );
    expect(missing.status).toBe("failed");
    expect(missing.message).toContain("Thiếu cột bắt buộc: Chi bộ");
    await expectStatus(
      await call("POST", `/api/v1/members/import/${missing.id}/commit`, { cookie: w.cookie }),
      409,
    );
    const headerOnly = await upload(w, csvBytes("Số thẻ đảng viên,Họ và tên,Chi bộ\n"), "rong.csv");
    expect(headerOnly.message).toContain("không có dòng dữ liệu");
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const res = await call("POST", "/api/v1/members/import", {
      cookie: w.cookie,
      body: xls,
      headers: { "content-type": "application/octet-stream" },
    });
    const problem = await json<{ errors: Record<string, string> }>(res, 400);
    expect(problem.errors.file).toContain(".xls");
    await upload(w, new Uint8Array(), "empty.csv", 400);
  });
});
