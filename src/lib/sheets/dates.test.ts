import { describe, expect, it } from "vitest";
import { excelSerialToIso, formatViDate, isoToExcelSerial, parseViDate } from "./dates";

describe("excelSerialToIso", () => {
  it("maps well-known serials", () => {
    expect(excelSerialToIso(1)).toBe("1900-01-01");
    expect(excelSerialToIso(59)).toBe("1900-02-28");
    expect(excelSerialToIso(61)).toBe("1900-03-01");
    expect(excelSerialToIso(36526)).toBe("2000-01-01");
    expect(excelSerialToIso(45292)).toBe("2024-01-01");
    expect(excelSerialToIso(45351)).toBe("2024-02-29");
    expect(excelSerialToIso(2958465)).toBe("9999-12-31");
  });

  it("drops the time of day, tolerating float noise", () => {
    expect(excelSerialToIso(45292.75)).toBe("2024-01-01");
    expect(excelSerialToIso(45292.99999999999)).toBe("2024-01-02");
  });

  it("rejects Excel's fictitious 1900-02-29 and absurd values", () => {
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(0.5)).toBeNull();
    expect(excelSerialToIso(-5)).toBeNull();
    expect(excelSerialToIso(2958466)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
    expect(excelSerialToIso(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("supports the 1904 date system", () => {
    expect(excelSerialToIso(0, true)).toBe("1904-01-01");
    expect(excelSerialToIso(45292 - 1462, true)).toBe("2024-01-01");
  });

  it("round-trips with isoToExcelSerial", () => {
    for (const iso of ["1900-01-01", "1900-02-28", "1900-03-01", "1975-04-30", "2000-02-29", "2024-12-31"]) {
      const serial = isoToExcelSerial(iso);
      expect(serial).not.toBeNull();
      expect(excelSerialToIso(serial!)).toBe(iso);
    }
    expect(isoToExcelSerial("1899-12-31")).toBeNull();
    expect(isoToExcelSerial("2023-02-29")).toBeNull();
    expect(isoToExcelSerial("31/12/2024")).toBeNull();
  });
});

describe("parseViDate", () => {
  it("accepts Vietnamese day-first forms and ISO", () => {
    expect(parseViDate("05/09/1945")).toBe("1945-09-05");
    expect(parseViDate("5/9/1945")).toBe("1945-09-05");
    expect(parseViDate("05-09-1945")).toBe("1945-09-05");
    expect(parseViDate("05.09.1945")).toBe("1945-09-05");
    expect(parseViDate(" 1945-09-05 ")).toBe("1945-09-05");
    expect(parseViDate("1945-9-5")).toBe("1945-09-05");
  });

  it("validates real calendar dates", () => {
    expect(parseViDate("31/02/2024")).toBeNull();
    expect(parseViDate("29/02/2023")).toBeNull();
    expect(parseViDate("29/02/2024")).toBe("2024-02-29");
    expect(parseViDate("29/02/1900")).toBeNull();
    expect(parseViDate("29/02/2000")).toBe("2000-02-29");
    expect(parseViDate("31/04/2024")).toBeNull();
    expect(parseViDate("00/01/2024")).toBeNull();
    expect(parseViDate("01/13/2024")).toBeNull();
    expect(parseViDate("2024-13-01")).toBeNull();
  });

  it("rejects other shapes", () => {
    for (const s of [
      "",
      "abc",
      "05/09/45",
      "05/09-1945",
      "1945/09/05",
      "05/09/1945 10:00",
      "0099-01-01",
      "45292",
    ]) {
      expect(parseViDate(s)).toBeNull();
    }
  });
});

describe("formatViDate", () => {
  it("formats ISO dates as dd/mm/yyyy", () => {
    expect(formatViDate("1945-09-05")).toBe("05/09/1945");
    expect(formatViDate("2024-01-31T10:00:00Z")).toBe("31/01/2024");
  });

  it("returns other input unchanged", () => {
    expect(formatViDate("")).toBe("");
    expect(formatViDate("không rõ")).toBe("không rõ");
  });
});
