// Spreadsheet exports of the figures and of the people behind a figure (XLSX and CSV with BOM),
// built from the same view the pages render. Pure: no db.
import { type CsvValue, type XlsxSheetInput, toCsv, toXlsx } from "../../lib/sheets";
import { GROUP_SHORT, type Group } from "../../domain/groups";
import type { DownloadFile } from "../../platform/downloads";
import { exportTitle } from "../../platform/files-http";
import { formatDateTime, formatIsoDate } from "../../ui/format";
import { FIGURES, personStatusLabel } from "./reports-catalogue.rules";
import { type FigureDef, type Figures, SECTIONS, share } from "./reports-figures.rules";
import { FOCUS_LABEL } from "./reports.inputs";
import type { PeoplePage } from "./reports-people.service";
import type { FiguresView } from "./reports.service";

function figureRow(def: FigureDef, f: Figures, unitName?: string): CsvValue[] {
  const t = f[def.key]!;
  const of = def.of ? f[def.of] : undefined;
  const rate = of ? share(t.all, of.all) : null;
  return [
    ...(unitName !== undefined ? [unitName] : []),
    SECTIONS[def.section],
    def.label,
    def.grouped ? t.exemplar : null,
    def.grouped ? t.follower : null,
    t.all,
    rate,
  ];
}

const HEAD = ["Nội dung", "Chỉ tiêu", "Nhóm 1", "Nhóm 2", "Tổng", "Tỷ lệ (%)"];

/** Long format: one row per unit (the unit itself first) and figure. */
function longRows(view: FiguresView): CsvValue[][] {
  const units = [{ unit: view.unit, figures: view.figures }, ...view.children];
  return units.flatMap((u) => FIGURES.map((def) => figureRow(def, u.figures, u.unit.name)));
}

/** The columns after the section: the figure's label, then its numbers. */
const FIGURE_COLUMNS: XlsxSheetInput["columns"] = [
  { header: "Chỉ tiêu", width: 44 },
  ...["Nhóm 1", "Nhóm 2", "Tổng", "Tỷ lệ (%)"].map((header) => ({ header, kind: "number" as const })),
];

export function figuresXlsx(view: FiguresView, now: number): Uint8Array {
  const title = (what: string) => exportTitle(what, view.unit.name, `Năm ${view.year}`, now);
  const sheets: XlsxSheetInput[] = [
    {
      name: `Tổng hợp ${view.year}`,
      title: title("Báo cáo tổng hợp kết quả thực hiện mô hình"),
      columns: [{ header: "Nội dung", width: 34 }, ...FIGURE_COLUMNS],
      rows: FIGURES.map((def) => figureRow(def, view.figures) as (string | number | null)[]),
    },
    {
      name: "Theo đơn vị trực thuộc",
      title: title("Kết quả theo đơn vị trực thuộc"),
      columns: [{ header: "Đơn vị", width: 40 }, { header: "Nội dung", width: 30 }, ...FIGURE_COLUMNS],
      rows: longRows(view) as (string | number | null)[][],
    },
  ];
  return toXlsx(sheets);
}

export function figuresCsv(view: FiguresView): Uint8Array {
  return toCsv([["Đơn vị", ...HEAD], ...longRows(view)]);
}

const PEOPLE_HEAD = [
  "STT",
  "Họ và tên",
  "Số thẻ đảng viên",
  "Nhóm",
  "Đơn vị",
  "Tình trạng",
  "Thời điểm",
  "Sau thời hạn",
];
/** A rating's people also show the committee's decision that records it. */
const DECISION_HEAD = ["Số quyết định", "Ngày quyết định"];
const rated = (p: PeoplePage) => p.figure.people?.from === "evaluations";
const peopleHead = (p: PeoplePage) => (rated(p) ? [...PEOPLE_HEAD, ...DECISION_HEAD] : PEOPLE_HEAD);

function peopleRows(p: PeoplePage): CsvValue[][] {
  return p.items.map((x, i) => [
    i + 1,
    x.fullName,
    x.cardNumber,
    GROUP_SHORT[x.group as Group] ?? x.group,
    x.unitName,
    personStatusLabel(p.figure, x.status),
    x.at ? formatDateTime(x.at) : "",
    x.late ? "Có" : "",
    ...(rated(p) ? [x.decisionNumber ?? "", x.decisionDate ? formatIsoDate(x.decisionDate) : ""] : []),
  ]);
}

export function peopleXlsx(p: PeoplePage, now: number): Uint8Array {
  return toXlsx([
    {
      name: p.figure.label,
      title: exportTitle(`${p.figure.label}${groupPart(p, " – ")}`, p.unit.name, `Năm ${p.year}`, now),
      columns: peopleHead(p).map((header, i) => ({
        header,
        width: [6, 28, 18, 10, 34, 20, 18, 12, 18, 14][i],
        kind: i === 2 ? ("text" as const) : undefined,
      })),
      rows: peopleRows(p) as (string | number | null)[][],
    },
  ]);
}

export function peopleCsv(p: PeoplePage): Uint8Array {
  return toCsv([peopleHead(p), ...peopleRows(p)]);
}

/** "Báo cáo Đảng bộ X năm 2026", "Đã đăng ký – Đảng bộ X – Nhóm 1 – 2026". */
export const figuresFilename = (v: FiguresView) => `Báo cáo ${v.unit.name} năm ${v.year}`;
export const peopleFilename = (p: PeoplePage) =>
  `${p.figure.label} - ${p.unit.name}${groupPart(p, " - ")} - ${p.year}`;

/** " – Nhóm 1" when the page is of one group. */
function groupPart(p: PeoplePage, dash: string): string {
  return p.group === "all" ? "" : `${dash}${FOCUS_LABEL[p.group].split(" —")[0]}`;
}

/** The figures of a view as a spreadsheet file to download. */
export const figuresFile = (view: FiguresView, kind: "xlsx" | "csv", now: number): DownloadFile => ({
  body: kind === "xlsx" ? figuresXlsx(view, now) : figuresCsv(view),
  kind,
  name: figuresFilename(view),
});

/** The people of a page as a spreadsheet file to download. */
export const peopleFile = (p: PeoplePage, kind: "xlsx" | "csv", now: number): DownloadFile => ({
  body: kind === "xlsx" ? peopleXlsx(p, now) : peopleCsv(p),
  kind,
  name: peopleFilename(p),
});
