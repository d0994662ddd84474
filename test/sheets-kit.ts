/** Reading our own XLSX exports in tests: the title block above the header, then the table. */
import { expect } from "vitest";
import { readFirstSheetRows } from "../src/lib/sheets";
import { formatDate } from "../src/ui/format";

/**
 * The first sheet of an export split at its header row (the first row of more than one cell),
 * after checking the title block: the title, "Đơn vị: …", [period], "Ngày xuất: today", a blank row.
 */
export function exportedSheet(bytes: Uint8Array, title: string, unit: string) {
  const all = readFirstSheetRows(bytes);
  const head = all.findIndex((r) => r.length > 1);
  const lines = all.slice(0, head).map((r) => r[0]);
  expect(lines[0]).toBe(title);
  expect(lines[1]).toBe(`Đơn vị: ${unit}`);
  expect(lines.at(-2)).toBe(`Ngày xuất: ${formatDate(Date.now())}`);
  expect(all[head - 1]).toEqual([]);
  return { lines, rows: all.slice(head) };
}
