// Rosters saved by three spreadsheet programs (test/corpus, written by scripts/make-roster-corpus.mjs):
// a merged title row, a blank row, a styled header, real date cells, a blank row between members and a
// second sheet. Each must import the same six members.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, json } from "../../../test/harness";
import { commit, rosterWorld, upload } from "./members.fixtures";
import type { MemberListOut } from "./members.outputs";

const CORPUS = (env as unknown as { TEST_CORPUS: Record<string, string> }).TEST_CORPUS;
const bytesOf = (name: string) => Uint8Array.from(atob(CORPUS[name]!), (ch) => ch.charCodeAt(0));

const EXPECTED = [
  ["CORPUS.01", "Nguyễn Văn An", "1980-03-14", "Chi bộ Khoa Xây dựng Đảng", ["faculty_head"]],
  ["CORPUS.02", "Trần Thị Bình", "1985-11-02", "Chi bộ Khoa Xây dựng Đảng", []],
  ["CORPUS.03", "Lê Văn Cường", "1979-07-30", "Chi bộ Khoa Lý luận cơ sở", ["deputy_faculty_head"]],
  ["CORPUS.04", "Phạm Thị Dung", "1990-01-01", "Chi bộ Khoa Lý luận cơ sở", []],
  ["CORPUS.05", "Hoàng Văn Em", "1972-12-31", "Chi bộ Phòng Tổ chức - Hành chính", []],
  ["CORPUS.06", "Đặng Thị Giang", "1988-06-15", "Chi bộ Phòng Tổ chức - Hành chính", []],
];

describe("the roster corpus", () => {
  for (const file of ["roster-exceljs.xlsx", "roster-libreoffice.xlsx", "roster-sheetjs.xlsx"]) {
    it(`imports the same six members from ${file}`, async () => {
      const w = await rosterWorld();
      const job = await upload(w, bytesOf(file), file);
      expect(job).toMatchObject({
        status: "ready",
        fileKind: "xlsx",
        rowsTotal: 6,
        rowsValid: 6,
        rowsInvalid: 0,
      });
      await commit(w.cookie, job.id);
      const list = await json<MemberListOut>(
        await call("GET", "/api/v1/members?limit=50", { cookie: w.cookie }),
      );
      const got = list.items
        .map((m) => [m.cardNumber, m.fullName, m.birthDate, m.unitName, m.govPositions] as const)
        .sort((a, b) => a[0].localeCompare(b[0]));
      expect(got).toEqual(EXPECTED);
    });
  }
});
