// Spreadsheet files of the feature: the import template and the export of a list. Pure builders
// over the sheets library; the routes add the HTTP headers.
import { type SheetValue, toCsv, toXlsx } from "../../lib/sheets";
import { CSV_TYPE, type DownloadFile, XLSX_TYPE, type SheetFormat } from "../../platform/files-http";
import { formatIsoDate } from "../../ui/format";
import { GROUP_SHORT } from "../../domain/groups";
import { ALL_POSITIONS, positionLabel } from "./members-positions.rules";
import { TEMPLATE_COLUMNS } from "./members-roster.rules";
import { GENDER_LABEL, STATUS_LABEL } from "./members.inputs";
import type { MemberOut } from "./members.outputs";

/** Larger lists are exported as CSV (streamed); an XLSX is built in memory. */
export const XLSX_EXPORT_MAX = 50_000;

const columns = (cols = TEMPLATE_COLUMNS) =>
  cols.map((c) => ({ header: c.header, kind: c.kind, width: c.width ?? Math.max(12, c.header.length + 2) }));

/** The template: the header row, and a second sheet explaining each column and the positions. */
export function templateFile(format: SheetFormat): DownloadFile {
  const fileName = `mau-danh-sach-dang-vien.${format}`;
  if (format === "csv")
    return { bytes: toCsv([TEMPLATE_COLUMNS.map((c) => c.header)]), type: CSV_TYPE, fileName };
  const bytes = toXlsx([
    { name: "Danh sách đảng viên", columns: columns(), rows: [] },
    {
      name: "Hướng dẫn",
      columns: [
        { header: "Cột", width: 24 },
        { header: "Bắt buộc", width: 10 },
        { header: "Cách ghi", width: 90 },
      ],
      rows: [
        ...TEMPLATE_COLUMNS.map((c) => [c.header, c.required ? "Có" : "", c.hint]),
        [],
        ["Chức vụ được nhận", "", "Ghi đúng tên (không phân biệt hoa thường, có dấu hay không dấu):"],
        ...ALL_POSITIONS.map((p) => [
          p.label,
          "",
          (p.aliases ?? []).length ? `Cũng nhận: ${p.aliases!.join(", ")}` : "",
        ]),
      ],
    },
  ]);
  return { bytes, type: XLSX_TYPE, fileName };
}

export type ExportRow = MemberOut & { unitCode: string };
export const EXPORT_HEADERS = [...TEMPLATE_COLUMNS.map((c) => c.header), "Tên chi bộ", "Nhóm"];

function exportValues(m: ExportRow, n: number): SheetValue[] {
  return [
    n,
    m.cardNumber,
    m.fullName,
    m.birthDate ?? "",
    m.gender ? GENDER_LABEL[m.gender] : "",
    m.unitCode,
    m.partyPositions.map(positionLabel).join("; "),
    m.govPositions.map(positionLabel).join("; "),
    m.joinDate ?? "",
    m.officialDate ?? "",
    STATUS_LABEL[m.status],
    m.unitName ?? "",
    GROUP_SHORT[m.group],
  ];
}

/**
 * XLSX of a list under its title block; columns match the template, so the file can be edited and
 * imported again (the importer skips the title lines).
 */
export function exportXlsx(rows: ExportRow[], title: string[]): Uint8Array {
  return toXlsx([
    {
      name: "Danh sách đảng viên",
      title,
      columns: [...columns(), { header: "Tên chi bộ", width: 36 }, { header: "Nhóm", width: 10 }],
      rows: rows.map((m, i) => exportValues(m, i + 1)),
    },
  ]);
}

/** CSV (UTF-8 with BOM) streamed page by page; `first` is the already-fetched first page. */
export function exportCsvStream(
  first: ExportRow[] | undefined,
  rest: AsyncGenerator<ExportRow[]>,
): ReadableStream<Uint8Array> {
  let n = 0;
  let pending = first;
  let started = false;
  const csvDate = (m: ExportRow): ExportRow => ({
    ...m,
    birthDate: d(m.birthDate),
    joinDate: d(m.joinDate),
    officialDate: d(m.officialDate),
  });
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(toCsv([EXPORT_HEADERS]));
        return;
      }
      const page: ExportRow[] | undefined = pending ?? (await rest.next()).value ?? undefined;
      pending = undefined;
      if (!page) return controller.close();
      // Each page is its own CSV text: drop its BOM, the file has one at the start.
      controller.enqueue(toCsv(page.map((m) => exportValues(csvDate(m), ++n))).subarray(3));
    },
  });
}

const d = (iso: string | null) => (iso ? formatIsoDate(iso) : null);
