import { vnYear } from "../../domain/time";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestTenant, call } from "../../../test/harness";
import { type ReportsWorld, reportsWorld } from "../../../test/harness-reports";
import { makePerson } from "../../../test/plans-kit";
import { exportedSheet } from "../../../test/sheets-kit";

import { asciiFilename, contentDisposition } from "../../platform/downloads";

const Y = vnYear(Date.now());
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV = "text/csv; charset=utf-8";

let t: TestTenant;
let s: ReportsWorld["s"];
let admin: string;

beforeAll(async () => {
  ({ t, s, admin } = await reportsWorld(Y, { cycle: false }));
  await makePerson(t, s.cell1, true, "Trần Văn An");
  await makePerson(t, s.cell1, false, "Lê Thị “Bình”, con");
  await makePerson(t, s.cell2, false, "Ngô Văn Em");
});

async function get(path: string) {
  const res = await call("GET", path, { cookie: admin });
  expect(res.status, path).toBe(200);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);

describe("exports", () => {
  it("exports the figures as XLSX (summary + by unit) and as CSV with a BOM, from the API and the page", async () => {
    for (const path of [
      `/api/v1/reports/units/${s.school.id}/figures/export?year=${Y}&format=xlsx`,
      `/t/${t.info.slug}/reports/units/${s.school.id}/export?year=${Y}&format=xlsx`,
    ]) {
      const { res, bytes } = await get(path);
      expect(res.headers.get("content-type")).toBe(XLSX);
      const { lines, rows } = exportedSheet(
        bytes,
        "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN MÔ HÌNH",
        s.school.name,
      );
      expect(lines[2]).toBe(`Năm ${Y}`);
      expect(rows[0]).toEqual(["Nội dung", "Chỉ tiêu", "Nhóm 1", "Nhóm 2", "Tổng", "Tỷ lệ (%)"]);
      expect(rows[1]).toEqual(["Đảng viên, đăng ký và kế hoạch cá nhân", "Số đảng viên", 1, 2, 3]);
      expect(rows.find((r) => r[1] === "Đã đăng ký, nộp kế hoạch")?.slice(2)).toEqual([0, 0, 0, 0]);
    }
    const { res, bytes } = await get(
      `/api/v1/reports/units/${s.school.id}/figures/export?year=${Y}&format=csv`,
    );
    expect(res.headers.get("content-type")).toBe(CSV);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = utf8(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toBe("Đơn vị,Nội dung,Chỉ tiêu,Nhóm 1,Nhóm 2,Tổng,Tỷ lệ (%)");
    expect(lines).toContain(`${s.school.name},"Đảng viên, đăng ký và kế hoạch cá nhân",Số đảng viên,1,2,3,`);
    expect(lines).toContain(`Chi bộ Hai,"Đảng viên, đăng ký và kế hoạch cá nhân",Số đảng viên,0,1,1,`);
    expect(res.headers.get("content-disposition")).toBe(
      contentDisposition(`Báo cáo ${s.school.name} năm ${Y}.csv`),
    );
  });

  it("exports the people behind a figure, leaders first, quoting what CSV needs quoted", async () => {
    const { res, bytes } = await get(
      `/api/v1/reports/units/${s.school.id}/people/export?year=${Y}&figure=members&format=csv`,
    );
    expect(res.headers.get("content-type")).toBe(CSV);
    const lines = utf8(bytes.slice(3)).trim().split("\r\n");
    expect(lines[0]).toBe("STT,Họ và tên,Số thẻ đảng viên,Nhóm,Đơn vị,Tình trạng,Thời điểm,Sau thời hạn");
    expect(lines[1]).toMatch(/^1,Trần Văn An,[^,]+,Nhóm 1,Chi bộ Một,,,$/);
    expect(lines.some((l) => l.includes('"Lê Thị “Bình”, con"'))).toBe(true);
    const x = await get(
      `/t/${t.info.slug}/reports/units/${s.cell2.id}/people/export?year=${Y}&figure=members&group=follower&format=xlsx`,
    );
    expect(x.res.headers.get("content-type")).toBe(XLSX);
    const { rows } = exportedSheet(x.bytes, "SỐ ĐẢNG VIÊN – NHÓM 2", s.cell2.name);
    expect(rows.slice(1).map((r) => r[1])).toEqual(["Ngô Văn Em"]);
    expect(x.res.headers.get("content-disposition")).toContain("filename*=UTF-8''");
  });

  it("rejects an unknown format", async () => {
    const res = await call("GET", `/api/v1/reports/units/${s.school.id}/figures/export?format=pdf`, {
      cookie: admin,
    });
    expect(res.status).toBe(400);
    const page = await call("GET", `/t/${t.info.slug}/reports/units/${s.school.id}/export?format=pdf`, {
      cookie: admin,
    });
    expect(page.status).toBe(400);
  });

  it("names files with an ASCII fallback and the UTF-8 original", () => {
    expect(asciiFilename("Báo cáo Đảng bộ Trường 2026.xlsx")).toBe("Bao-cao-Dang-bo-Truong-2026.xlsx");
    expect(contentDisposition("Đã đăng ký (nhóm 1).csv")).toBe(
      `attachment; filename="Da-dang-ky-nhom-1.csv"; filename*=UTF-8''%C4%90%C3%A3%20%C4%91%C4%83ng%20k%C3%BD%20%28nh%C3%B3m%201%29.csv`,
    );
  });
});
