// A commendation decision from the registry's rows: the recipients in the order a decision lists
// them, the defaults of the fields the registry does not hold, the texts of Điều 1 and the subject,
// and the recipient list as a sheet. Pure.
import type { SheetValue, XlsxColumn } from "../../lib/sheets";
import { formatIsoDate } from "../../ui/format";
import type { DecisionFields } from "./commendations-decision.inputs";
import {
  type CommendationOut,
  FORM_LABEL,
  type Form,
  LEVEL_LABEL,
  SUBJECT_KIND_LABEL,
  SUBJECT_TYPE_LABEL,
} from "./commendations.inputs";

/** One person, collective or model named in the decision. */
export interface Recipient {
  name: string;
  kind: CommendationOut["subjectKind"];
  type: CommendationOut["subjectType"];
  /** Chức vụ, đơn vị. */
  role: string;
  /** The registry's own words for the achievement (may be empty). */
  content: string;
  form: Form;
  level: CommendationOut["level"];
  card: string;
  issuer: string;
}

/** What the rows of one decision say, besides the recipients. */
export interface DecisionData {
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  recipients: Recipient[];
}

const byName = (a: Recipient, b: Recipient) => a.name.localeCompare(b.name, "vi");

/** Collectives first, then individuals; by name within each. */
export function ordered(rs: Recipient[]): Recipient[] {
  return [
    ...rs.filter((r) => r.kind === "collective").sort(byName),
    ...rs.filter((r) => r.kind === "individual").sort(byName),
  ];
}

/** "Phó Trưởng khoa, Chi bộ Khoa Xây dựng Đảng": a member's first position and unit; a model's unit. */
export function roleOf(c: CommendationOut, positions: string[]): string {
  if (c.subjectType === "unit") return SUBJECT_TYPE_LABEL.unit;
  const first = c.subjectType === "member" ? positions[0] : undefined;
  return [first ?? (c.subjectType === "member" ? "Đảng viên" : SUBJECT_TYPE_LABEL.model), c.unitName]
    .filter(Boolean)
    .join(", ");
}

/** "Ban Thường vụ Đảng ủy Trường Chính trị" → "Đảng ủy Trường Chính trị": the committee of the body. */
export function committeeOf(body: string): string {
  return body.replace(/^(Ban Thường vụ|Ban Chấp hành|Thường trực|Bí thư)\s+/iu, "").trim();
}

/** "Trà Vinh" from "Đảng bộ Khối … tỉnh Trà Vinh" or "Đảng bộ tỉnh Kon Tum" (else ""). */
export function placeOf(tenantName: string): string {
  return tenantName.match(/(?:tỉnh|thành phố)\s+([^,]+)$/iu)?.[1]?.trim() ?? "";
}

/** "T/M Ban Thường vụ" when the standing committee decides, else "T/M Đảng ủy", "T/M Chi bộ" … */
export function authorityOf(decider: string): string {
  if (/^Ban Thường vụ/iu.test(decider)) return "T/M Ban Thường vụ";
  const kind = decider.match(/^(Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Chi bộ)/iu)?.[1];
  return `T/M ${kind ?? "Ban Thường vụ"}`;
}

const MODEL = "“Trên làm gương mẫu mực, dưới tích cực làm theo”";

/** The fields a generation starts from: what was remembered, else what the data and the tenant suggest. */
export function decisionDefaults(
  data: DecisionData,
  saved: Partial<DecisionFields>,
  hint: { tenantName: string; superior: string },
): DecisionFields {
  const decider = data.issuer;
  const issuer = committeeOf(decider);
  const year = data.decisionDate.slice(0, 4);
  return {
    superior: saved.superior ?? hint.superior,
    issuer,
    decider,
    place: saved.place ?? placeOf(hint.tenantName),
    achievement: `xuất sắc trong thực hiện mô hình ${MODEL} năm ${year}`,
    legalBases: saved.legalBases ?? [
      "Căn cứ Điều lệ Đảng Cộng sản Việt Nam",
      `Căn cứ Quy chế làm việc của ${issuer}`,
      `Xét đề nghị của Văn phòng ${issuer}`,
    ],
    article2:
      saved.article2 ??
      "Tập thể, cá nhân có tên tại Điều 1 được hưởng chế độ khen thưởng theo quy định hiện hành.",
    article3:
      saved.article3 ??
      `Văn phòng ${issuer}, các tổ chức đảng trực thuộc và các tập thể, cá nhân có tên tại Điều 1 thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký.`,
    signerAuthority: saved.signerAuthority ?? authorityOf(decider),
    signerTitle: saved.signerTitle ?? "Bí thư",
    signerName: saved.signerName ?? "",
    recipients: saved.recipients ?? ["Như Điều 3", `Lưu Văn phòng ${issuer}`],
  };
}

/** The fields kept as a unit's defaults: those that do not come from the decision itself. */
export const REMEMBERED = [
  "superior",
  "place",
  "legalBases",
  "article2",
  "article3",
  "signerAuthority",
  "signerTitle",
  "signerName",
  "recipients",
] as const satisfies (keyof DecisionFields)[];

/** "01", "04", "12": counts in a decision take two digits. */
const two = (n: number) => String(n).padStart(2, "0");

function whoCount(rs: Recipient[]): string {
  const collective = rs.filter((r) => r.kind === "collective").length;
  const individual = rs.length - collective;
  return [collective ? `${two(collective)} tập thể` : "", individual ? `${two(individual)} cá nhân` : ""]
    .filter(Boolean)
    .join(" và ");
}

/** "tập thể, cá nhân", "tập thể" or "cá nhân", as the recipients are. */
export function whoKinds(rs: Recipient[]): string {
  const kinds = new Set(rs.map((r) => r.kind));
  return kinds.size === 2 ? "tập thể, cá nhân" : kinds.has("collective") ? "tập thể" : "cá nhân";
}

export const subjectLine = (rs: Recipient[], achievement: string) =>
  `Về việc khen thưởng ${whoKinds(rs)} có thành tích ${achievement}`;

/** Điều 1: one sentence per form ("Tặng Giấy khen cho 01 tập thể và 04 cá nhân …"). */
export function article1(rs: Recipient[], achievement: string): string[] {
  const forms = [...new Set(rs.map((r) => r.form))];
  return forms.map((f) => {
    const of = rs.filter((r) => r.form === f);
    const verb = f === "bieu_duong" ? "Biểu dương" : `Tặng ${FORM_LABEL[f]} cho`;
    return `${verb} ${whoCount(of)} (có danh sách kèm theo) đã có thành tích ${achievement}.`;
  });
}

/** The achievement a recipient's line shows: the registry's words, else the decision's. */
export const achievementOf = (r: Recipient, achievement: string) =>
  r.content || `Có thành tích ${achievement}`;

export const RECIPIENT_COLUMNS: XlsxColumn[] = [
  { header: "STT", width: 6, kind: "number" },
  { header: "Họ và tên / Tập thể", width: 34 },
  { header: "Tập thể/cá nhân", width: 14 },
  { header: "Đối tượng", width: 14 },
  { header: "Chức vụ, đơn vị", width: 40 },
  { header: "Số thẻ đảng viên", width: 16, kind: "text" },
  { header: "Hình thức", width: 14 },
  { header: "Cấp khen thưởng", width: 24 },
  { header: "Thành tích", width: 60 },
  { header: "Số quyết định", width: 16, kind: "text" },
  { header: "Ngày quyết định", width: 14, kind: "date" },
  { header: "Cơ quan ban hành", width: 30 },
];

export function recipientRows(data: DecisionData, achievement: string): SheetValue[][] {
  return data.recipients.map((r, i) => [
    i + 1,
    r.name,
    SUBJECT_KIND_LABEL[r.kind],
    SUBJECT_TYPE_LABEL[r.type],
    r.role,
    r.card,
    FORM_LABEL[r.form],
    LEVEL_LABEL[r.level],
    achievementOf(r, achievement),
    data.decisionNumber,
    data.decisionDate,
    r.issuer,
  ]);
}

/** "(Kèm theo Quyết định số 05-QĐ/ĐU, ngày 28/12/2025 của Đảng ủy Trường Chính trị)" */
export const annexNote = (data: DecisionData, issuer: string) =>
  `(Kèm theo Quyết định số ${data.decisionNumber}, ngày ${formatIsoDate(data.decisionDate)} của ${issuer})`;
