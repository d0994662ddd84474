// Turns one spreadsheet row into a normalised member row or a list of Vietnamese reasons.
import type { MemberStatus } from "../../domain/members";
import { excelSerialToIso, formatViDate, parseViDate } from "../../lib/sheets";
import type { CellValue } from "../../platform/imports/files";
import { badString, searchKey } from "../../platform/text";
import type { BulkRow } from "./members-bulk.queries";
import { positionLabel } from "./members-positions.rules";
import { parsePositions } from "./members-positions.rules";
import { type FieldKey, type HeaderMap, TEMPLATE_COLUMNS } from "./members-roster.rules";
import { vietnameseSortKey } from "./members-sort.rules";
import { CARD_RE, GENDER_LABEL, STATUS_LABEL, normaliseCard } from "./members.inputs";

export type { CellValue };

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  path: string;
  kind: string;
  status: string;
}

/** Units by code and by every tail of their name path ("chi bo a", "dang bo x/chi bo a", …). */
export class UnitIndex {
  private byCode = new Map<string, UnitRef>();
  private byCodeUpper = new Map<string, UnitRef>();
  private byPath = new Map<string, UnitRef[]>();

  constructor(units: UnitRef[]) {
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      this.byCode.set(u.code, u);
      this.byCodeUpper.set(u.code.toUpperCase(), u);
      const names = u.path
        .split("/")
        .filter(Boolean)
        .map((id) => byId.get(id)?.name ?? "")
        .map(nameKey);
      for (let k = 1; k <= names.length; k++) {
        const key = names.slice(names.length - k).join("/");
        const list = this.byPath.get(key) ?? [];
        list.push(u);
        this.byPath.set(key, list);
      }
    }
  }

  /** By code, else by name or name path (separators › > / \ |); ambiguous names are reported. */
  find(text: string): { unit: UnitRef } | { error: "unknown" | "ambiguous" } {
    const code = this.byCode.get(text) ?? this.byCodeUpper.get(text.toUpperCase());
    if (code) return { unit: code };
    const whole = this.byPath.get(nameKey(text));
    const split = this.byPath.get(
      text
        .split(/\s*[›»>/\\|]\s*/)
        .filter((s) => s.trim())
        .map(nameKey)
        .join("/"),
    );
    const hits = whole ?? split ?? [];
    if (hits.length === 1) return { unit: hits[0]! };
    return { error: hits.length ? "ambiguous" : "unknown" };
  }
}

const nameKey = (s: string) =>
  searchKey(s)
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Cell → trimmed NFC text with single spaces; numbers as written (card numbers typed as numbers). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined || typeof v === "boolean") return "";
  if (typeof v === "number") return String(v);
  return v.normalize("NFC").replace(/\s+/g, " ").trim();
}

// The same dates come back row after row (join dates of a batch, common birthdays): parse each once.
const DATE_CACHE = new Map<string, string | null>();

/** dd/mm/yyyy, ISO (XLSX date cells) or an Excel serial (number or digits). */
export function cellDate(v: CellValue): string | null | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number") return excelSerialToIso(v);
  const t = cellText(v);
  if (!t) return undefined;
  let iso = DATE_CACHE.get(t);
  if (iso === undefined) {
    iso = /^\d{1,6}(\.\d+)?$/.test(t) ? excelSerialToIso(Number(t)) : parseViDate(t);
    if (DATE_CACHE.size > 50_000) DATE_CACHE.clear();
    DATE_CACHE.set(t, iso);
  }
  return iso;
}

const KEY_CACHE = new Map<string, string>();

/** searchKey of a name with single spaces, word by word (the words repeat across a roster). */
function nameSearchKey(name: string): string {
  return name
    .split(" ")
    .map((w) => {
      let k = KEY_CACHE.get(w);
      if (k === undefined) {
        k = searchKey(w);
        if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
        KEY_CACHE.set(w, k);
      }
      return k;
    })
    .join(" ");
}

// Mojibake: UTF-8 read as Windows-1252 and saved again ("Nguyá»…n"), or undecodable bytes (U+FFFD).
const MOJIBAKE = /\uFFFD|Ã[\u0080-\u00BF]|Ä[\u0080-\u00BF]|Æ[\u0080-\u00BF]|á»|áº/;

const STATUS_WORDS: Record<string, MemberStatus> = {
  "chinh thuc": "official",
  "dang vien chinh thuc": "official",
  "du bi": "probationary",
  "dang vien du bi": "probationary",
  "da chuyen di": "transferred_out",
  "chuyen di": "transferred_out",
  "chuyen sinh hoat di": "transferred_out",
  "tu tran": "deceased",
  "da tu tran": "deceased",
  "da mat": "deceased",
  "da xoa ten": "removed",
  "xoa ten": "removed",
  "khai tru": "removed",
  official: "official",
  probationary: "probationary",
  transferred_out: "transferred_out",
  deceased: "deceased",
  removed: "removed",
};

const GENDER_WORDS: Record<string, "male" | "female"> = {
  nam: "male",
  nu: "female",
  male: "male",
  female: "female",
  m: "male",
  f: "female",
};

export interface RowInput {
  row: number;
  cells: readonly CellValue[];
}

export type RowResult =
  | { ok: BulkRow; row: number }
  | { row: number; card: string; name: string; errors: string[] };

/** Validates and normalises one data row; `today` bounds the dates (YYYY-MM-DD). */
export function parseRow(input: RowInput, header: HeaderMap, units: UnitIndex, today: string): RowResult {
  const col = (f: FieldKey): CellValue => {
    const i = header.columns[f];
    return i === undefined ? undefined : input.cells[i];
  };
  const errors: string[] = [];
  for (const f of Object.keys(header.columns) as FieldKey[]) {
    const v = col(f);
    if (typeof v === "string" && (MOJIBAKE.test(v) || badString(v))) {
      errors.push("Lỗi mã hóa ký tự (tệp không phải UTF-8?). Hãy lưu tệp dưới dạng “CSV UTF-8” hoặc XLSX.");
      break;
    }
  }
  const card = normaliseCard(cellText(col("card")));
  if (!card) errors.push("Thiếu số thẻ đảng viên.");
  else if (!CARD_RE.test(card)) errors.push(`Số thẻ đảng viên không hợp lệ: «${card}».`);
  const name = cellText(col("fullName"));
  if (!name) errors.push("Thiếu họ và tên.");
  else if (name.length < 2 || name.length > 120) errors.push("Họ và tên cần từ 2 đến 120 ký tự.");

  const date = (f: FieldKey, label: string): string | null => {
    const raw = col(f);
    const iso = cellDate(raw);
    if (iso === undefined) return null;
    if (iso === null) {
      errors.push(`${label} không hợp lệ: «${cellText(raw)}» (dạng dd/mm/yyyy).`);
      return null;
    }
    if (iso > today || iso < "1900-01-01") {
      errors.push(`${label} không thể là ${formatViDate(iso)}.`);
      return null;
    }
    return iso;
  };
  const birth = date("birthDate", "Ngày sinh");
  const join = date("joinDate", "Ngày vào Đảng");
  const official = date("officialDate", "Ngày chính thức");
  if (birth && join && join <= birth) errors.push("Ngày vào Đảng phải sau ngày sinh.");
  if (join && official && official < join) errors.push("Ngày chính thức không được trước ngày vào Đảng.");

  const genderText = cellText(col("gender"));
  const gender = genderText ? (GENDER_WORDS[searchKey(genderText)] ?? null) : null;
  if (genderText && !gender) errors.push(`Giới tính không hợp lệ: «${genderText}» (Nam hoặc Nữ).`);

  const unitText = cellText(col("unit"));
  let unitId = "";
  if (!unitText) errors.push("Thiếu chi bộ.");
  else {
    const found = units.find(unitText);
    if ("error" in found)
      errors.push(
        found.error === "ambiguous"
          ? `Có nhiều đơn vị tên «${unitText}»: hãy ghi mã chi bộ hoặc đường dẫn đầy đủ.`
          : `Không tìm thấy chi bộ «${unitText}» (ghi mã chi bộ hoặc đường dẫn đầy đủ).`,
      );
    else if (found.unit.kind !== "cell" && found.unit.kind !== "group")
      errors.push(`«${unitText}» không phải chi bộ hoặc tổ đảng.`);
    else if (found.unit.status !== "active") errors.push(`Chi bộ «${unitText}» đã giải thể.`);
    else unitId = found.unit.id;
  }

  const party = parsePositions(cellText(col("party")), "party");
  if (party.unknown.length)
    errors.push(`Chức vụ Đảng không có trong danh mục: «${party.unknown.join("», «")}».`);
  const gov = parsePositions(cellText(col("gov")), "gov");
  if (gov.unknown.length)
    errors.push(`Chức vụ chính quyền không có trong danh mục: «${gov.unknown.join("», «")}».`);

  const statusText = cellText(col("status"));
  let status: MemberStatus | undefined = statusText ? STATUS_WORDS[searchKey(statusText)] : undefined;
  if (statusText && !status) errors.push(`Trạng thái không hợp lệ: «${statusText}».`);
  // Without a status, a member with a join date and no official date is still probationary.
  status ??= header.columns.officialDate !== undefined && join && !official ? "probationary" : "official";

  if (errors.length) return { row: input.row, card, name, errors };
  return {
    row: input.row,
    ok: {
      c: card,
      n: name,
      s: nameSearchKey(name),
      k: vietnameseSortKey(name),
      b: birth,
      g: gender,
      u: unitId,
      j: join,
      o: official,
      t: status,
      p: party.codes,
      v: gov.codes,
    },
  };
}

/** The row's cells in template order as text (dates as dd/mm/yyyy), for the error file. */
export function templateValues(cells: readonly CellValue[], header: HeaderMap): string[] {
  return TEMPLATE_COLUMNS.filter((c) => c.key !== "stt").map((c) => {
    const i = header.columns[c.key as FieldKey];
    const v = i === undefined ? undefined : cells[i];
    if (c.kind === "date") {
      const iso = cellDate(v);
      if (iso) return formatViDate(iso);
    }
    return cellText(v);
  });
}

/** A parsed row's values in template order (dates as dd/mm/yyyy), for the error file. */
export function bulkRowValues(x: BulkRow, unitCode: (id: string) => string): string[] {
  const d = (s: string | null) => (s ? formatViDate(s) : "");
  return [
    x.c,
    x.n,
    d(x.b),
    x.g ? GENDER_LABEL[x.g as "male" | "female"] : "",
    unitCode(x.u),
    x.p.map(positionLabel).join("; "),
    x.v.map(positionLabel).join("; "),
    d(x.j),
    d(x.o),
    STATUS_LABEL[x.t as MemberStatus] ?? "",
  ];
}
