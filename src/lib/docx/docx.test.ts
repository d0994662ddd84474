import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  A4_LANDSCAPE,
  bold,
  cell,
  numberLine,
  para,
  partyDocument,
  placeAndDate,
  table,
  toDocx,
  twips,
  type PartyDocumentSpec,
} from ".";

const spec: PartyDocumentSpec = {
  superior: "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh",
  issuer: "Đảng ủy Trường Chính trị",
  number: "120-BC/ĐU",
  place: "Trà Vinh",
  date: "2026-02-05",
  kind: "Báo cáo",
  subject: "Kết quả thực hiện mô hình “Trên làm gương mẫu mực, dưới tích cực làm theo” năm 2026",
  body: [
    para([bold("I. KẾT QUẢ")]),
    table([20, 60], [{ header: true, cells: [cell("Nhóm 1"), cell("23")] }]),
    para("Dòng một\nDòng hai <b>&amp; \u0001 ký tự lạ"),
  ],
  signer: { authority: "T/M Ban Thường vụ", title: "Bí thư", name: "Thạch Minh Quang" },
  recipients: ["Ban Thường vụ Đảng ủy Khối", "Lưu Văn phòng Đảng ủy."],
};

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

describe("docx writer", () => {
  it("writes a valid package: content types, relationships, styles and the page-number header", () => {
    const files = parts(toDocx(partyDocument(spec), new Date("2026-12-15T00:00:00Z")));
    expect(Object.keys(files).sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/app.xml",
        "docProps/core.xml",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/header1.xml",
        "word/settings.xml",
        "word/styles.xml",
      ].sort(),
    );
    expect(files["[Content_Types].xml"]).toContain('PartName="/word/header1.xml"');
    expect(files["word/_rels/document.xml.rels"]).toContain('Target="header1.xml"');
    expect(files["word/styles.xml"]).toContain('w:ascii="Times New Roman"');
    expect(files["word/styles.xml"]).toContain('<w:sz w:val="28"/>');
    expect(files["word/header1.xml"]).toContain(" PAGE ");
    expect(files["docProps/core.xml"]).toContain("2026-12-15T00:00:00Z");
  });

  it("lays out A4 with the 36-HD/VPTW margins and the party header, title, signer and recipients", () => {
    const doc = parts(toDocx(partyDocument(spec)))["word/document.xml"]!;
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(doc).toContain(
      `w:top="${twips(20)}" w:right="${twips(15)}" w:bottom="${twips(20)}" w:left="${twips(30)}"`,
    );
    for (const text of [
      "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
      "ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ",
      "Số 120-BC/ĐU",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Trà Vinh, ngày 05 tháng 02 năm 2026",
      "BÁO CÁO",
      "T/M BAN THƯỜNG VỤ",
      "BÍ THƯ",
      "Thạch Minh Quang",
      "Nơi nhận:",
      "- Ban Thường vụ Đảng ủy Khối,",
      "- Lưu Văn phòng Đảng ủy.",
    ])
      expect(doc, text).toContain(text);
    // Place and date in italics; the party name bold and underlined.
    expect(doc).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Trà Vinh, ngày/);
    expect(doc).toMatch(
      /<w:b\/>[\s\S]*?<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG SẢN VIỆT NAM/,
    );
    // The page number is off on the first page.
    expect(doc).toContain("<w:titlePg/>");
  });

  it("escapes markup, drops characters XML cannot carry and turns newlines into breaks", () => {
    const doc = parts(toDocx(partyDocument(spec)))["word/document.xml"]!;
    expect(doc).toContain(
      'Dòng một</w:t><w:br/><w:t xml:space="preserve">Dòng hai &lt;b&gt;&amp;amp;  ký tự lạ',
    );
    expect(doc).not.toContain("\u0001");
    expect(doc).toContain("<w:tblHeader/>");
    expect(doc).toContain('<w:gridCol w:w="1134"/>');
  });

  it("lays out a landscape page with a border when asked (certificates)", () => {
    const doc = parts(
      toDocx({
        font: "Times New Roman",
        size: 14,
        page: { ...A4_LANDSCAPE, margins: { top: 20, bottom: 20, left: 20, right: 20 }, border: true },
        blocks: [para("GIẤY KHEN"), para("Trang hai", { pageBreakBefore: true })],
      }),
    )["word/document.xml"]!;
    expect(doc).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(doc).toMatch(/<w:pgBorders w:offsetFrom="page"><w:top w:val="double"/);
    expect(doc).toContain("<w:pageBreakBefore/>");
    expect(doc).not.toContain("<w:titlePg/>");
  });

  it("formats the place and date and the number as 36-HD/VPTW does", () => {
    expect(placeAndDate("Trà Vinh", "2026-12-15")).toBe("Trà Vinh, ngày 15 tháng 12 năm 2026");
    expect(placeAndDate("Kon Tum", "2026-03-09")).toBe("Kon Tum, ngày 09 tháng 3 năm 2026");
    expect(numberLine("121-BC/ĐU")).toBe("Số 121-BC/ĐU");
    expect(numberLine("Số 7-BC/CB")).toBe("Số 7-BC/CB");
  });
});
