import { describe, expect, it } from "vitest";
import {
  commitSheet,
  districtTree,
  expectNoDrift,
  importSheet,
  makeModel,
  uploadSheet,
} from "../../../test/exemplars-kit";
import { exportedSheet } from "../../../test/sheets-kit";
import { call, cookieFor, d1Calls, makeAccount, makeTenant } from "../../../test/harness";
import { type SheetValue, toCsv, toXlsx } from "../../lib/sheets";
import { COMMENDATION_COLUMNS } from "./commendations-sheet.rules";
import { MODEL_COLUMNS } from "./models-sheet.rules";
import { exemplarFigures } from "./recognition-figures.service";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const xlsx = (columns: { header: string }[], rows: SheetValue[][]) =>
  toXlsx([{ name: "Dữ liệu", columns, rows }]);

/** Cầu Kè 2021 (seed 002): 98 new + 184 maintained = 282 models, 55 exemplary, spread over the district. */
function cauKeRows(units: { code: string }[]): SheetValue[][] {
  const rows: SheetValue[][] = [];
  for (let i = 0; i < 282; i++) {
    const isNew = i < 98;
    const exemplary = i % 5 === 0 && i < 275; // 55 rows: i = 0, 5, …, 270
    rows.push([
      units[i % units.length]!.code,
      `Mô hình học tập và làm theo Bác số ${i + 1}`,
      "Tập thể",
      "",
      i % 2 ? "Giảm nghèo, an sinh xã hội" : "Kinh tế",
      isNew ? 2021 : 2018 + (i % 3),
      2021,
      isNew ? "Xây dựng mới" : "Duy trì, nâng chất",
      exemplary ? "Có" : "",
      "",
      "",
      "",
    ]);
  }
  return rows;
}

describe("Cầu Kè 2021 by spreadsheet import", () => {
  it("imports 282 models and 3 commendations; the figures read exactly the article's numbers, idempotently", async () => {
    const t = await makeTenant();
    const { district, communes, cells } = await districtTree(t);
    const admin = await makeAccount(t, "secretary", district);
    const cookie = await cookieFor(t, admin.id);
    const units = [district, ...communes, ...cells];
    const modelsFile = xlsx(MODEL_COLUMNS, cauKeRows(units));

    // The upload only stores the file; the queue reads it into a preview; nothing is written yet.
    const { upload, job: check } = await uploadSheet(t, "models", cookie, {
      bytes: modelsFile,
      name: "mo-hinh-2021.xlsx",
      type: XLSX,
    });
    // 3, and 1 for the per-person upload throttle (control database).
    expect(d1Calls(upload)).toBeLessThanOrEqual(4);
    expect(check).toMatchObject({ status: "ready", rowsTotal: 282, rowsValid: 282, errors: [] });
    expect((await exemplarFigures(t.ctx(), district.id, 2021)).models.total).toBe(0);

    expect(await commitSheet("models", cookie, check.id)).toMatchObject({
      status: "done",
      rowsTotal: 282,
      created: 282,
      updated: 0,
      unchanged: 0,
      errors: [],
    });

    const m = (i: number) => [units[i % units.length]!.code, `Mô hình học tập và làm theo Bác số ${i + 1}`];
    const commendationRows: SheetValue[][] = [
      [
        "Mô hình",
        ...m(0),
        2021,
        "",
        "Trung ương",
        "Bằng khen",
        "15-QĐ/BTGTW",
        "15/12/2021",
        "Ban Tuyên giáo Trung ương",
        "",
        "",
      ],
      [
        "Mô hình",
        ...m(5),
        2021,
        "",
        "Cấp tỉnh",
        "Bằng khen",
        "201-QĐ/TU",
        "19/05/2021",
        "Tỉnh ủy Trà Vinh",
        "",
        "",
      ],
      [
        "Mô hình",
        ...m(10),
        2021,
        "",
        "Tỉnh",
        "Giấy khen",
        "202-QĐ/TU",
        "19/05/2021",
        "Tỉnh ủy Trà Vinh",
        2021,
        "Điển hình",
      ],
    ];
    const commFile = toCsv([
      COMMENDATION_COLUMNS.map((c) => c.header),
      ...commendationRows.map((r) => r.map((v) => v ?? "")),
    ]);
    const imported = await importSheet(t, "commendations", cookie, {
      bytes: commFile,
      name: "khen-thuong.csv",
      type: "text/csv",
    });
    expect(imported).toMatchObject({ rowsTotal: 3, created: 3, errors: [] });

    for (const unitId of [district.id, t.rootId]) {
      const f = await exemplarFigures(t.ctx(), unitId, 2021);
      expect(f.models).toMatchObject({
        new: 98,
        maintained: 184,
        replicated: 0,
        stopped: 0,
        total: 282,
        exemplary: 55,
      });
      expect(f.commendations.central.total).toBe(1);
      expect(f.commendations.province.total).toBe(2);
      expect(f.commendations.total).toEqual({ collective: 3, individual: 0, total: 3 });
    }
    const commune = await exemplarFigures(t.ctx(), communes[0]!.id, 2021);
    expect(commune.models.total).toBeLessThan(282);
    await expectNoDrift(t);

    // The same files again change nothing.
    const again = await importSheet(t, "models", cookie, { bytes: modelsFile, name: "lai.xlsx", type: XLSX });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 282, errors: [] });
    const again2 = await importSheet(t, "commendations", cookie, {
      bytes: commFile,
      name: "lai.csv",
      type: "text/csv",
    });
    expect(again2).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect((await exemplarFigures(t.ctx(), t.rootId, 2021)).models.total).toBe(282);
    await expectNoDrift(t);

    // The export re-imports unchanged.
    const exp = await call("GET", "/api/v1/models/export?year=2021&format=xlsx", { cookie });
    expect(exp.headers.get("content-type")).toBe(XLSX);
    const bytes = new Uint8Array(await exp.arrayBuffer());
    const sheet = exportedSheet(bytes, "DANH SÁCH MÔ HÌNH HỌC TẬP VÀ LÀM THEO", "Đảng bộ huyện Cầu Kè");
    expect(sheet.lines[2]).toBe("Năm 2021");
    expect(sheet.rows.length).toBe(283);
    const back = await importSheet(t, "models", cookie, { bytes, name: "xuat.xlsx", type: XLSX });
    expect(back).toMatchObject({ created: 0, updated: 0, unchanged: 282, errors: [] });
  });

  it("reports row errors without losing the good rows, and changes a status in place", async () => {
    const t = await makeTenant();
    const { district, cells } = await districtTree(t);
    const cookie = await cookieFor(t, t.adminId);
    const rows: SheetValue[][] = [
      [cells[0]!.code, "Mô hình tốt", "Tập thể", "", "", 2020, 2021, "Duy trì nâng chất", "x", "", "", ""],
      ["KHONG-CO", "Mô hình lạc", "Tập thể", "", "", 2021, 2021, "Xây dựng mới", "", "", "", ""],
      [cells[1]!.code, "Mô hình mới sai năm", "Tập thể", "", "", 2019, 2021, "Xây dựng mới", "", "", "", ""],
      [cells[1]!.code, "Mô hình loại lạ", "Nhóm", "", "", 2021, 2021, "Mới", "", "", "", ""],
      [
        cells[1]!.code,
        "Mô hình nhân rộng",
        "Tập thể",
        "",
        "Văn hóa",
        2020,
        2021,
        "Nhân rộng",
        "",
        `${cells[2]!.code}; ${cells[3]!.code}`,
        "",
        "",
      ],
    ];
    const file = toCsv([MODEL_COLUMNS.map((c) => c.header), ...rows]);
    const { job: preview } = await uploadSheet(t, "models", cookie, {
      bytes: file,
      name: "a.csv",
      type: "text/csv",
    });
    const r1 = await commitSheet("models", cookie, preview.id);
    expect(r1.created).toBe(2);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Mã đơn vị"],
      [4, "Tình trạng"],
      [5, "Loại"],
    ]);
    let f = await exemplarFigures(t.ctx(), district.id, 2021);
    expect(f.models).toMatchObject({ maintained: 1, replicated: 1, exemplary: 1, total: 2 });

    // Same model, same year, new status: updated in place, counters moved.
    const fix = toCsv([
      MODEL_COLUMNS.map((c) => c.header),
      [cells[0]!.code, "Mô hình tốt", "Tập thể", "", "", 2020, 2021, "Ngừng", "", "", "", ""],
    ]);
    const r2 = await importSheet(t, "models", cookie, { bytes: fix, name: "b.csv", type: "text/csv" });
    expect(r2).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    f = await exemplarFigures(t.ctx(), district.id, 2021);
    expect(f.models).toMatchObject({ maintained: 0, stopped: 1, replicated: 1, exemplary: 0, total: 1 });
    await expectNoDrift(t);

    const { job: missing } = await uploadSheet(t, "models", cookie, {
      bytes: new TextEncoder().encode("a,b\n1,2\n"),
      name: "x.csv",
      type: "text/csv",
    });
    expect(missing.status).toBe("failed");
    expect(missing.message).toContain("Thiếu cột");
  });
});

describe("a CSV export imported back", () => {
  it("keeps titles that start with = + - @ as they were, without the export's guard apostrophe", async () => {
    const t = await makeTenant();
    const { cells } = await districtTree(t);
    const cookie = await cookieFor(t, t.adminId);
    const titles = ["=Mô hình “Dân vận khéo”", "-Mô hình gạch đầu dòng", "+Mô hình cộng", "@Mô hình a còng"];
    for (const title of titles) await makeModel(t, title, { unitId: cells[0]!.id });
    const exp = await call("GET", "/api/v1/models/export?format=csv", { cookie });
    const bytes = new Uint8Array(await exp.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toContain("'=Mô hình");
    const back = await importSheet(t, "models", cookie, { bytes, name: "xuat.csv", type: "text/csv" });
    expect(back).toMatchObject({ created: 0, updated: 0, unchanged: 4, errors: [] });
    const list = await call("GET", "/api/v1/models", { cookie });
    const items = ((await list.json()) as { items: { title: string }[] }).items;
    expect(items.map((m) => m.title).sort()).toEqual([...titles].sort());
  });
});
