import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SpreadsheetError } from "./errors";
import { iterateXlsxRows, listXlsxSheets, readFirstSheetRows, readXlsx } from "./xlsx-read";
import { isDateFormatCode } from "./xlsx-workbook";
import { columnName, sanitizeSheetNames, toXlsx } from "./xlsx-write";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** A workbook shaped like Excel's own output: shared strings, styles, a theme relationship, merges. */
function excelLikeWorkbook(opts: { firstHidden?: boolean } = {}): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml": `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15"><fileVersion appName="xl" lastEdited="7"/><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Ẩn" sheetId="3" ${opts.firstHidden ? 'state="hidden" ' : ""}r:id="rId2"/><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL}/theme" Target="theme/theme1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    // cellStyleXfs holds a date format as a decoy: only cellXfs indexes apply to cells.
    "xl/styles.xml": `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="[$-F400]h:mm:ss\\ AM/PM"/></numFmts><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    "xl/sharedStrings.xml": `${DECL}<sst xmlns="${MAIN}" count="7" uniqueCount="6"><si><t>Họ và tên</t></si><si><t>Ngày sinh</t></si><si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve">Nguyễn </t></r><r><rPr><sz val="11"/><rFont val="Calibri"/></rPr><t>Văn An</t></r></si><si><t>A &amp; B &lt;x&gt; &quot;q&quot; &apos;s&apos; &#7889; &#x1EC7;</t></si><si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si><si><t>Dòng 1_x000D_\nDòng 2 _x005F_x0041_</t></si><si><t/></si></sst>`,
    "xl/worksheets/sheet1.xml": `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:E6"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="20" customWidth="1"/></cols><sheetData><row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="E1" t="s"><v>3</v></c></row><row r="2" spans="1:5"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>32874</v></c><c r="C2" s="2"><v>36526.5</v></c><c r="E2" s="3"><v>1234.5</v></c></row><row r="3" spans="1:5" s="2" customFormat="1"><c r="B3" s="2"/><c r="C3" s="3"/></row><row r="5" spans="1:5"><c r="A5" t="inlineStr"><is><t>Nội dung</t></is></c><c r="B5" t="b"><v>1</v></c><c r="C5" t="str"><f>CONCAT("a","&amp;")</f><v>a&amp;</v></c><c r="D5"><f>1+1</f><v>2</v></c><c r="E5" t="e"><v>#N/A</v></c></row><row r="6"><c r="A6" t="s"><v>4</v></c><c r="B6" t="s"><v>5</v></c><c r="C6" s="4"><v>0.5</v></c><c r="D6" t="s"><v>6</v></c><c r="F6" t="b"><v>0</v></c></row><row r="7"><c r="A7"><f>A1</f></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    "xl/worksheets/sheet2.xml": `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

function expectSpreadsheetError(fn: () => unknown, code: SpreadsheetError["code"]): SpreadsheetError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SpreadsheetError);
    expect((e as SpreadsheetError).code).toBe(code);
    return e as SpreadsheetError;
  }
  throw new Error("expected a SpreadsheetError");
}

describe("readXlsx on a workbook shaped like Excel's", () => {
  it("reads shared strings, rich text, entities, dates, gaps and value types", () => {
    const rows = readFirstSheetRows(excelLikeWorkbook({ firstHidden: true }));
    expect(rows).toEqual([
      ["Họ và tên", "Ngày sinh", null, null, `A & B <x> "q" 's' ố ệ`],
      ["Nguyễn Văn An", "1990-01-01", "2000-01-01", null, 1234.5],
      [],
      [],
      ["Nội dung", true, "a&", 2, "#N/A"],
      ["漢字", "Dòng 1\r\nDòng 2 _x0041_", 0.5, "", null, false],
    ]);
  });

  it("reads uncompressed (stored) zip entries too", () => {
    const bytes = excelLikeWorkbook({ firstHidden: true });
    const stored = zipSync(unzipSync(bytes), { level: 0 });
    expect(readFirstSheetRows(stored)).toEqual(readFirstSheetRows(bytes));
  });

  it("lists worksheets in workbook order and reads them all", () => {
    const bytes = excelLikeWorkbook();
    expect(listXlsxSheets(bytes)).toEqual([
      { name: "Ẩn", hidden: false },
      { name: "Danh sách", hidden: false },
    ]);
    const { sheets } = readXlsx(bytes);
    expect(sheets.map((s) => s.name)).toEqual(["Ẩn", "Danh sách"]);
    expect(sheets[0]!.rows).toEqual([[], [null, 7]]);
    expect(readFirstSheetRows(bytes)).toEqual([[], [null, 7]]);
  });

  it("iterates non-empty rows lazily with Excel row numbers", () => {
    const rows = [...iterateXlsxRows(excelLikeWorkbook(), { sheet: "Danh sách" })];
    expect(rows.map((r) => r.row)).toEqual([1, 2, 5, 6]);
    expect([...iterateXlsxRows(excelLikeWorkbook(), { sheet: 5 })]).toEqual([]);
  });

  it("enforces maxRows with a Vietnamese message", () => {
    const err = expectSpreadsheetError(
      () => readFirstSheetRows(excelLikeWorkbook({ firstHidden: true }), { maxRows: 4 }),
      "too_many_rows",
    );
    expect(err.message).toBe('Trang tính "Danh sách" có quá nhiều dòng (tối đa 4 dòng).');
  });

  it("tolerates namespace prefixes and missing cell references", () => {
    const ns = `xmlns:x="${MAIN}" xmlns:r="${REL}"`;
    const bytes = zipSync({
      "xl/workbook.xml": strToU8(
        `<x:workbook ${ns}><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<x:worksheet ${ns}><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    });
    expect(readFirstSheetRows(bytes)).toEqual([
      ["a", 1],
      [null, null, 3, 4],
    ]);
  });

  it("recognises date number formats", () => {
    for (const code of ["dd/mm/yyyy", "d/m/yy;@", "[$-42A]dd mmmm yyyy", "mmm-yy", "yyyy-mm-dd hh:mm"]) {
      expect(isDateFormatCode(code), code).toBe(true);
    }
    for (const code of ["General", "0.00", '#,##0 "đ"', "[Red]#,##0", "h:mm:ss", "[h]:mm", "mm:ss", "@"]) {
      expect(isDateFormatCode(code), code).toBe(false);
    }
  });
});

describe("readXlsx errors", () => {
  it("rejects bytes that are not a zip", () => {
    const err = expectSpreadsheetError(() => readFirstSheetRows(strToU8("Họ tên,Ngày sinh\n")), "corrupt");
    expect(err.message).toBe("Tệp XLSX không hợp lệ hoặc bị hỏng.");
    expectSpreadsheetError(() => readXlsx(new Uint8Array()), "corrupt");
  });

  it("rejects a truncated file and a zip without a workbook", () => {
    const bytes = toXlsx([{ name: "A", columns: [{ header: "x" }], rows: [["y"]] }]);
    expectSpreadsheetError(() => readFirstSheetRows(bytes.subarray(0, bytes.length - 40)), "corrupt");
    expectSpreadsheetError(() => listXlsxSheets(zipSync({ "a.txt": strToU8("hello") })), "corrupt");
  });

  it("rejects a damaged worksheet stream", () => {
    const bytes = excelLikeWorkbook({ firstHidden: true }).slice();
    expect(unzipSync(bytes)["xl/worksheets/sheet1.xml"]).toBeDefined();
    // Find the worksheet's local file header and overwrite the start of its DEFLATE data with an
    // invalid block type.
    const name = strToU8("xl/worksheets/sheet1.xml");
    const view = new DataView(bytes.buffer);
    const at = bytes.findIndex(
      (_, i) => view.getUint32(i, true) === 0x04034b50 && name.every((b, j) => bytes[i + 30 + j] === b),
    );
    expect(at).toBeGreaterThanOrEqual(0);
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    bytes.fill(0xff, dataStart, dataStart + 16);
    expectSpreadsheetError(() => readFirstSheetRows(bytes), "corrupt");
  });

  it("explains legacy .xls and encrypted files", () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = expectSpreadsheetError(() => readFirstSheetRows(ole), "legacy_format");
    expect(err.message).toContain(".xls");
  });
});

describe("toXlsx", () => {
  const columns = [
    { header: "Họ và tên", width: 30 },
    { header: "Số điện thoại", kind: "text" as const },
    { header: "Ngày sinh", kind: "date" as const },
    { header: "Tuổi Đảng", kind: "number" as const },
    { header: "Ghi chú" },
  ];

  it("writes a package with the expected parts", () => {
    const parts = unzipSync(toXlsx([{ name: "Danh sách", columns, rows: [["a"]] }]));
    expect(Object.keys(parts).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const sheet = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t>Họ và tên</t></is></c>');
  });

  it("round-trips text, numbers, dates and empty cells", () => {
    const rows = [
      ["Nguyễn Thị Ánh Tuyết", "0912345678", "1990-01-31", 12, 'Bí thư <chi bộ> & "đảng ủy"'],
      ["  Lê Văn Tám ", 84912345678, "05/09/1945", "7", "Dòng 1\r\nDòng 2"],
      [null, undefined, "", null, ""],
      ["Trần\u0001 Bình 🇻🇳", "=1+1", "31/02/2024", "không rõ", "_x0041_"],
      [1.5, -0, "2024-02-29", 1e21, Number.NaN],
    ];
    const bytes = toXlsx([{ name: "Danh sách", columns, rows }]);
    expect(readFirstSheetRows(bytes)).toEqual([
      ["Họ và tên", "Số điện thoại", "Ngày sinh", "Tuổi Đảng", "Ghi chú"],
      ["Nguyễn Thị Ánh Tuyết", "0912345678", "1990-01-31", 12, 'Bí thư <chi bộ> & "đảng ủy"'],
      ["  Lê Văn Tám ", "84912345678", "1945-09-05", 7, "Dòng 1\nDòng 2"],
      [],
      ["Trần Bình 🇻🇳", "=1+1", "31/02/2024", "không rõ", "_x0041_"],
      [1.5, "0", "2024-02-29", 1e21],
    ]);
  });

  it("puts a title block above the header and freezes the panes below the header", () => {
    const title = ["DANH SÁCH ĐẢNG VIÊN", "Đơn vị: Chi bộ 1", "Năm 2026", "Ngày xuất: 05/01/2026"];
    const bytes = toXlsx([{ name: "DS", title, columns, rows: [["Lê Văn Tám"]] }]);
    expect(readFirstSheetRows(bytes)).toEqual([
      ...title.map((t) => [t]),
      [],
      columns.map((c) => c.header),
      ["Lê Văn Tám"],
    ]);
    const sheet = new TextDecoder().decode(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<c r="A1" s="4" t="inlineStr"><is><t>DANH SÁCH ĐẢNG VIÊN</t></is></c>');
    expect(sheet).toContain('<c r="A6" s="1" t="inlineStr">');
  });

  it("writes several sheets with sanitised, unique names", () => {
    const names = ["Chi bộ [1]: A/B?", "chi bộ  1 :A B", "", "'Báo cáo'", "x".repeat(40), "History"];
    const sane = sanitizeSheetNames(names);
    expect(sane).toEqual([
      "Chi bộ 1 A B",
      "chi bộ 1 A B (2)",
      "Trang 3",
      "Báo cáo",
      "x".repeat(31),
      "History (2)",
    ]);
    const bytes = toXlsx(names.map((name, i) => ({ name, columns: [{ header: "STT" }], rows: [[i]] })));
    const { sheets } = readXlsx(bytes);
    expect(sheets.map((s) => s.name)).toEqual(sane);
    expect(sheets.map((s) => s.rows[1]?.[0])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("names columns like Excel", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("round-trips 1,000 rows", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`Đảng viên ${i}`, `09${i}`, "2001-02-03", i, null]);
    const back = readFirstSheetRows(toXlsx([{ name: "S", columns, rows }]));
    expect(back).toHaveLength(1001);
    expect(back[1000]).toEqual(["Đảng viên 999", "09999", "2001-02-03", 999]);
    expect(back.slice(1)).toEqual(rows.map((r) => r.slice(0, 4)));
  });

  it("reads 100,000 generated rows", () => {
    const total = 100_000;
    const rows = Array.from({ length: total }, (_, i) => [
      `Nguyễn Văn Phước ${i}`,
      `0${900_000_000 + i}`,
      `19${String(50 + (i % 50))}-0${1 + (i % 9)}-1${i % 10}`,
      i,
      i % 3 === 0 ? null : `Chi bộ số ${i % 97}, Đảng bộ phường Bến Nghé`,
    ]);
    const bytes = toXlsx([{ name: "Danh sách", columns, rows }]);
    let count = 0;
    let last: unknown[] = [];
    for (const r of iterateXlsxRows(bytes)) {
      count++;
      last = r.cells;
    }
    expect(count).toBe(total + 1);
    // 99999 is a multiple of 3, so its last cell is empty and trimmed.
    expect(last).toEqual(["Nguyễn Văn Phước 99999", "0900099999", "1999-01-19", 99999]);
    const all = readFirstSheetRows(bytes);
    expect(all).toHaveLength(total + 1);
    expect(all[3]).toEqual([
      "Nguyễn Văn Phước 2",
      "0900000002",
      "1952-03-12",
      2,
      "Chi bộ số 2, Đảng bộ phường Bến Nghé",
    ]);
    // Heavy on purpose (a province-sized sheet): a busy machine needs more than the default 30 s.
  }, 120_000);
});
