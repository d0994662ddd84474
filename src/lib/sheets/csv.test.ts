import { describe, expect, it } from "vitest";
import { decodeText, detectDelimiter, parseCsv, toCsv, unguardFormula } from "./csv";

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);

describe("decodeText", () => {
  it("decodes UTF-8 with and without BOM", () => {
    expect(decodeText(withBom("Họ và tên"))).toEqual({ text: "Họ và tên", encodingError: false });
    expect(decodeText(utf8("Họ và tên"))).toEqual({ text: "Họ và tên", encodingError: false });
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encodingError: false });
  });

  it("flags broken UTF-8 and marks the bad bytes with U+FFFD", () => {
    // "Nguy" + 0xC3 alone + "n" (a truncated multi-byte sequence), then a Windows-1258 byte 0xF2.
    const bytes = new Uint8Array([...utf8("Tên\nNguy"), 0xc3, ...utf8("n\nL"), 0xf2, ...utf8("\nĐúng")]);
    const { text, encodingError } = decodeText(bytes);
    expect(encodingError).toBe(true);
    const rows = parseCsv(text);
    expect(rows.map((r) => r[0]!.includes("\uFFFD"))).toEqual([false, true, true, false]);
    expect(rows[3]).toEqual(["Đúng"]);
  });

  it("decodes UTF-16 with BOM (Excel's Unicode Text export)", () => {
    const text = "Họ tên\tTuổi\r\nLê Thị Hồng\t30\r\n";
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    const view = new DataView(le.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), true);
    const decoded = decodeText(le);
    expect(decoded).toEqual({ text, encodingError: false });
    expect(parseCsv(decoded.text)).toEqual([
      ["Họ tên", "Tuổi"],
      ["Lê Thị Hồng", "30"],
    ]);
  });
});

describe("parseCsv", () => {
  it("parses comma-separated text", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("detects semicolons (Vietnamese Excel) and tabs", () => {
    expect(parseCsv("Họ tên;Ngày sinh;Ghi chú\r\nTrần Văn Bình;05/09/1990;a, b\r\n")).toEqual([
      ["Họ tên", "Ngày sinh", "Ghi chú"],
      ["Trần Văn Bình", "05/09/1990", "a, b"],
    ]);
    expect(parseCsv("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("detects the delimiter outside quotes on the first non-empty line", () => {
    expect(detectDelimiter('\n\n"x;y;z",b,c\n1;2;3;4;5')).toBe(",");
    expect(detectDelimiter("a;b,c;d")).toBe(";");
    expect(detectDelimiter("one column")).toBe(",");
  });

  it("handles quotes, doubled quotes and embedded newlines", () => {
    const text = 'id,ghi chú,x\r\n1,"Dòng 1\r\nDòng 2","nói ""có"""\n2,"a,b",\r3,"",""""';
    expect(parseCsv(text)).toEqual([
      ["id", "ghi chú", "x"],
      ["1", "Dòng 1\r\nDòng 2", 'nói "có"'],
      ["2", "a,b", ""],
      ["3", "", '"'],
    ]);
  });

  it("drops trailing empty lines but keeps inner ones", () => {
    expect(parseCsv("a;b\n\n1;2\n;\n\r\n")).toEqual([["a", "b"], [""], ["1", "2"]]);
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\n\n")).toEqual([]);
  });

  it("ignores a BOM left in the text", () => {
    expect(parseCsv("\uFEFFa;b")).toEqual([["a", "b"]]);
  });

  it("honours Excel's sep= line and an explicit delimiter", () => {
    expect(parseCsv("sep=;\r\na,b;c\r\n")).toEqual([["a,b", "c"]]);
    expect(parseCsv("a;b,c", { delimiter: "," })).toEqual([["a;b", "c"]]);
  });

  it("reads malformed quoting leniently", () => {
    expect(parseCsv('"a"b,c\n"unterminated,x\ny')).toEqual([["ab", "c"], ["unterminated,x\ny"]]);
  });
});

describe("toCsv", () => {
  const decode = (b: Uint8Array) => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);

  it("writes a UTF-8 BOM and CRLF line ends", () => {
    const bytes = toCsv([
      ["a", "b"],
      [1, null],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe("\uFEFFa,b\r\n1,\r\n");
  });

  it("quotes fields with delimiters, quotes and newlines", () => {
    const text = decode(toCsv([['nói "có"', "a,b", "x\ny", "plain"]])).slice(1);
    expect(text).toBe('"nói ""có""","a,b","x\ny",plain\r\n');
    expect(decode(toCsv([["a;b", "c,d"]], { delimiter: ";" })).slice(1)).toBe('"a;b";"c,d"\r\n');
  });

  it("quotes a field holding any separator, so a reader set to , or ; cannot split out a formula", () => {
    const text = decode(toCsv([["Lê Cường;=1+2", "a\t=2+3", "thường"]])).slice(1);
    expect(text).toBe('"Lê Cường;=1+2","a\t=2+3",thường\r\n');
    for (const delimiter of [",", ";"] as const) {
      expect(parseCsv(text, { delimiter })[0]!.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    }
  });

  it("guards against formula injection on text but not on numbers", () => {
    const text = decode(
      toCsv([["=1+1", "+84912345678", "-2", "@SUM(A1)", "\tx", "\rx", "a=b", -2, 3.5]]),
    ).slice(1);
    expect(text).toBe("'=1+1,'+84912345678,'-2,'@SUM(A1),\"'\tx\",\"'\rx\",a=b,-2,3.5\r\n");
    expect(parseCsv(text)[0]).toEqual([
      "'=1+1",
      "'+84912345678",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "a=b",
      "-2",
      "3.5",
    ]);
  });

  it("takes the guard apostrophe off on the way back, and only that one", () => {
    const values = ["=1+1", "+84912345678", "-Mô hình", "@Bác", "'trích dẫn'", "'", "a'=b", "'x"];
    const back = parseCsv(decode(toCsv([values])).slice(1))[0]!.map(unguardFormula);
    expect(back).toEqual(values);
    expect(["'=a", "''=a", "'-", "'#", 7, null].map(unguardFormula)).toEqual([
      "=a",
      "''=a",
      "-",
      "'#",
      7,
      null,
    ]);
  });

  it("round-trips Vietnamese text through decodeText and parseCsv", () => {
    const rows = [
      ["Họ và tên", "Chức vụ", "Địa chỉ"],
      ["Nguyễn Thị Ánh Tuyết", "Bí thư chi bộ", "Số 1, phường Điện Biên, Ba Đình, Hà Nội"],
      ["Phạm Đức Thắng", 'Ủy viên "thường trực"', "Ấp Mỹ Hưng\nxã Mỹ Xuyên"],
    ];
    const { text, encodingError } = decodeText(toCsv(rows));
    expect(encodingError).toBe(false);
    expect(parseCsv(text)).toEqual(rows);
    const semi = decodeText(toCsv(rows, { delimiter: ";" })).text;
    expect(parseCsv(semi)).toEqual(rows);
  });

  it("writes nothing but the BOM for no rows", () => {
    expect([...toCsv([])]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
