// Hostile XLSX files fail fast with a message naming the limit, before anything big is inflated:
// a part that declares too much, one that compresses suspiciously well, one that lies about its size,
// an archive of thousands of parts.
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SpreadsheetError } from "./errors";
import { iterateXlsxRows, readXlsx } from "./xlsx-read";
import { toXlsx } from "./xlsx-write";
import { ZIP_LIMITS } from "./zip";

const SHEET = "xl/worksheets/sheet1.xml";

/** A valid one-sheet workbook whose sheet XML is `filler` bytes of blanks longer. */
function workbookWithSheetPadding(filler: number): Uint8Array {
  const parts = unzipSync(toXlsx([{ name: "DS", columns: [{ header: "Họ và tên" }], rows: [["An"]] }]));
  const xml = new TextDecoder().decode(parts[SHEET]!);
  const at = xml.indexOf("<sheetData>");
  const padded = new Uint8Array(parts[SHEET]!.length + filler);
  padded.set(strToU8(xml.slice(0, at)));
  padded.fill(0x20, at, at + filler);
  padded.set(strToU8(xml.slice(at)), at + filler);
  parts[SHEET] = padded;
  return zipSync(parts);
}

/** Rewrites the uncompressed size the central directory declares for `name`. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  for (let p = out.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(p + 28, true);
    const here = out.subarray(p + 46, p + 46 + nameLen);
    if (nameLen === wanted.length && here.every((b, i) => b === wanted[i])) {
      view.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

function failure(fn: () => unknown): SpreadsheetError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SpreadsheetError);
    return e as SpreadsheetError;
  }
  throw new Error("expected a SpreadsheetError");
}

const readAll = (bytes: Uint8Array) => [...iterateXlsxRows(bytes)];

describe("bounded XLSX reading", () => {
  it("still reads a workbook with a sheet of ordinary size", () => {
    expect(readXlsx(workbookWithSheetPadding(1024)).sheets[0]!.rows).toEqual([["Họ và tên"], ["An"]]);
  });

  it("refuses a part that compresses far more than spreadsheet XML does", () => {
    const e = failure(() => readAll(workbookWithSheetPadding(24 * 1024 * 1024)));
    expect(e.code).toBe("too_large");
    expect(e.message).toContain(`nén hơn ${ZIP_LIMITS.ratio} lần`);
  });

  it("refuses a part that declares more than the limit, before inflating it", () => {
    const bomb = declareSize(workbookWithSheetPadding(0), SHEET, 0x7fffffff);
    const e = failure(() => readAll(bomb));
    expect(e.code).toBe("too_large");
    expect(e.message).toContain(`tối đa ${ZIP_LIMITS.partBytes / (1024 * 1024)} MB`);
  });

  it("stops a part that inflates past the size it declared", () => {
    const liar = declareSize(workbookWithSheetPadding(4 * 1024 * 1024), SHEET, 2048);
    expect(failure(() => readAll(liar)).code).toBe("corrupt");
  });

  it("refuses an archive of more parts than a spreadsheet has", () => {
    const parts = unzipSync(toXlsx([{ name: "DS", columns: [{ header: "A" }], rows: [] }]));
    for (let i = 0; i <= ZIP_LIMITS.entries; i++) parts[`xl/media/x${i}.bin`] = new Uint8Array(1);
    const e = failure(() => readAll(zipSync(parts, { level: 0 })));
    expect(e.code).toBe("too_large");
    expect(e.message).toContain(`tối đa ${ZIP_LIMITS.entries}`);
  });
});
