// The roster file's columns: the template, the Vietnamese headers accepted for each field,
// and how a row of cells is turned back into template order (error file, export).
import { searchKey } from "../../platform/text";

export type FieldKey =
  | "card"
  | "fullName"
  | "birthDate"
  | "gender"
  | "unit"
  | "party"
  | "gov"
  | "joinDate"
  | "officialDate"
  | "status";

export interface TemplateColumn {
  key: FieldKey | "stt";
  header: string;
  required?: boolean;
  kind?: "text" | "date";
  width?: number;
  hint: string;
}

/** The template, in order. Headers are matched case- and diacritic-insensitively. */
export const TEMPLATE_COLUMNS: TemplateColumn[] = [
  { key: "stt", header: "STT", width: 6, hint: "Số thứ tự (không bắt buộc, bỏ qua khi nhập)." },
  {
    key: "card",
    header: "Số thẻ đảng viên",
    required: true,
    kind: "text",
    width: 18,
    hint: "Bắt buộc, duy nhất: dùng để nhận biết đảng viên khi nhập lại.",
  },
  { key: "fullName", header: "Họ và tên", required: true, width: 28, hint: "Bắt buộc, có dấu." },
  { key: "birthDate", header: "Ngày sinh", kind: "date", hint: "dd/mm/yyyy." },
  { key: "gender", header: "Giới tính", width: 10, hint: "Nam hoặc Nữ." },
  {
    key: "unit",
    header: "Chi bộ",
    required: true,
    kind: "text",
    width: 30,
    hint: "Bắt buộc: mã chi bộ, hoặc đường dẫn đầy đủ “Đảng bộ … › Chi bộ …”.",
  },
  {
    key: "party",
    header: "Chức vụ Đảng",
    width: 26,
    hint: "Ví dụ: Bí thư chi bộ; Chi ủy viên (nhiều chức vụ cách nhau bằng dấu ;).",
  },
  { key: "gov", header: "Chức vụ chính quyền", width: 26, hint: "Ví dụ: Trưởng khoa; Phó Trưởng phòng." },
  { key: "joinDate", header: "Ngày vào Đảng", kind: "date", width: 15, hint: "dd/mm/yyyy." },
  {
    key: "officialDate",
    header: "Ngày chính thức",
    kind: "date",
    width: 15,
    hint: "dd/mm/yyyy; để trống nếu còn dự bị.",
  },
  {
    key: "status",
    header: "Trạng thái",
    width: 14,
    hint: "Chính thức, Dự bị, Đã chuyển đi, Từ trần, Đã xóa tên; để trống = theo ngày chính thức.",
  },
];

export const FIELD_LABEL: Record<FieldKey, string> = Object.fromEntries(
  TEMPLATE_COLUMNS.filter((c) => c.key !== "stt").map((c) => [c.key, c.header]),
) as Record<FieldKey, string>;

const ALIASES: Record<FieldKey | "stt", string[]> = {
  stt: ["STT", "TT", "Số TT", "Số thứ tự"],
  card: ["Số thẻ đảng viên", "Số thẻ", "Số thẻ ĐV", "Số thẻ Đảng", "Mã thẻ đảng viên"],
  fullName: ["Họ và tên", "Họ tên", "Họ và tên đảng viên", "Họ tên đảng viên"],
  birthDate: ["Ngày sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh"],
  gender: ["Giới tính", "Phái"],
  unit: ["Chi bộ", "Mã chi bộ", "Chi bộ sinh hoạt", "Đơn vị", "Tổ chức đảng", "Nơi sinh hoạt"],
  party: ["Chức vụ Đảng", "Chức vụ đảng hiện nay"],
  gov: ["Chức vụ chính quyền", "Chức vụ chuyên môn", "Chức vụ chính quyền, đoàn thể"],
  joinDate: ["Ngày vào Đảng", "Ngày kết nạp", "Ngày kết nạp Đảng"],
  officialDate: ["Ngày chính thức", "Ngày vào Đảng chính thức", "Ngày công nhận chính thức"],
  status: ["Trạng thái", "Tình trạng"],
};

const headerKey = (s: string) =>
  searchKey(s.replace(/\(.*?\)|\*/g, " "))
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const HEADER_LOOKUP = new Map<string, FieldKey | "stt">();
for (const [key, names] of Object.entries(ALIASES))
  for (const n of names) HEADER_LOOKUP.set(headerKey(n), key as FieldKey | "stt");

export interface HeaderMap {
  /** Field → 0-based column index. */
  columns: Partial<Record<FieldKey, number>>;
  ignored: string[];
  duplicated: string[];
}

/** Maps a header row; null when the row does not look like a header at all. */
export function mapHeader(cells: readonly unknown[]): HeaderMap | null {
  const columns: Partial<Record<FieldKey, number>> = {};
  const ignored: string[] = [];
  const duplicated: string[] = [];
  cells.forEach((cell, i) => {
    const text = typeof cell === "string" ? cell.normalize("NFC").trim() : "";
    if (!text) return;
    const key = HEADER_LOOKUP.get(headerKey(text));
    if (!key) ignored.push(text);
    else if (key === "stt") return;
    else if (columns[key] !== undefined) duplicated.push(text);
    else columns[key] = i;
  });
  return columns.card !== undefined || columns.fullName !== undefined
    ? { columns, ignored, duplicated }
    : null;
}

export const REQUIRED_FIELDS: FieldKey[] = ["card", "fullName", "unit"];

/** Header problems that reject the whole file, in Vietnamese. */
export function headerProblems(h: HeaderMap): string[] {
  const out: string[] = [];
  const missing = REQUIRED_FIELDS.filter((f) => h.columns[f] === undefined).map((f) => FIELD_LABEL[f]);
  if (missing.length) out.push(`Thiếu cột bắt buộc: ${missing.join(", ")}.`);
  if (h.duplicated.length) out.push(`Cột bị lặp: ${h.duplicated.join(", ")}.`);
  return out;
}
