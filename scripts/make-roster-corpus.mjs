// Writes the roster corpus of test/corpus/: the same six members saved by three spreadsheet programs,
// each the way a secretary's file arrives (a merged title row, a blank row, a styled header, real date
// cells, a blank row between members, a second sheet of notes). The import must read the same rows
// from each (src/features/members/members-import-corpus.test.ts).
//
// Needs LibreOffice (`soffice`, Debian's libreoffice-calc-nogui) and, outside the project's
// dependencies on purpose (they are only needed to regenerate the files):
//   npm install --prefix /tmp/corpus-gen exceljs@4.4.0 xlsx@0.18.5
//   NODE_PATH=/tmp/corpus-gen/node_modules node scripts/make-roster-corpus.mjs
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const require = createRequire(join(process.env.NODE_PATH ?? ".", "x.js"));
const ExcelJS = require("exceljs");
const XLSX = require("xlsx");

const OUT = new URL("../test/corpus/", import.meta.url).pathname;
export const MEMBERS = [
  ["CORPUS.01", "Nguyễn Văn An", "1980-03-14", "Chi bộ Khoa Xây dựng Đảng", "Trưởng khoa"],
  ["CORPUS.02", "Trần Thị Bình", "1985-11-02", "Chi bộ Khoa Xây dựng Đảng", ""],
  ["CORPUS.03", "Lê Văn Cường", "1979-07-30", "Chi bộ Khoa Lý luận cơ sở", "Phó Trưởng khoa"],
  ["CORPUS.04", "Phạm Thị Dung", "1990-01-01", "Chi bộ Khoa Lý luận cơ sở", ""],
  ["CORPUS.05", "Hoàng Văn Em", "1972-12-31", "Chi bộ Phòng Tổ chức - Hành chính", ""],
  ["CORPUS.06", "Đặng Thị Giang", "1988-06-15", "Chi bộ Phòng Tổ chức - Hành chính", ""],
];

const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet("Danh sách");
ws.mergeCells("A1:E1");
ws.getCell("A1").value = "DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ";
ws.getCell("A1").font = { bold: true, size: 14 };
ws.getCell("A1").alignment = { horizontal: "center" };
ws.addRow([]);
const header = ws.addRow(["Số thẻ đảng viên", "Họ và tên", "Ngày sinh", "Chi bộ", "Chức vụ chính quyền"]);
header.font = { bold: true };
header.eachCell((c) => {
  c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE9D9" } };
});
MEMBERS.forEach((m, i) => {
  if (i === 3) ws.addRow([]);
  const row = ws.addRow([m[0], m[1], new Date(`${m[2]}T00:00:00Z`), m[3], m[4] || null]);
  row.getCell(3).numFmt = "dd/mm/yyyy";
});
ws.columns.forEach((c) => {
  c.width = 28;
});
const notes = wb.addWorksheet("Ghi chú");
notes.addRow(["Tệp mẫu: sáu đảng viên, một dòng trống giữa danh sách."]);

const dir = mkdtempSync(join(tmpdir(), "corpus-"));
const exceljsFile = join(OUT, "roster-exceljs.xlsx");
await wb.xlsx.writeFile(exceljsFile);

// LibreOffice Calc opens exceljs's file and saves it again with its own writer.
copyFileSync(exceljsFile, join(dir, "roster-libreoffice.xlsx"));
execFileSync(
  "soffice",
  [
    "--headless",
    "--calc",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    join(dir, "out"),
    join(dir, "roster-libreoffice.xlsx"),
  ],
  {
    stdio: "ignore",
  },
);
copyFileSync(join(dir, "out", "roster-libreoffice.xlsx"), join(OUT, "roster-libreoffice.xlsx"));

// SheetJS reads it and writes its own file, with inline strings (no shared-strings part).
const sheetjs = XLSX.read(readFileSync(exceljsFile), { cellDates: true, cellStyles: true });
writeFileSync(
  join(OUT, "roster-sheetjs.xlsx"),
  XLSX.write(sheetjs, { type: "buffer", bookType: "xlsx", bookSST: false }),
);
console.log("wrote", OUT);
