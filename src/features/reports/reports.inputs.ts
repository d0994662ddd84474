import { z } from "@hono/zod-openapi";
import { VersionQuery, limitQuery } from "../../platform/query-params";
import { FIGURE_KEYS } from "./reports-catalogue.rules";

export const FOCUSES = ["all", "exemplar", "follower"] as const;
export type Focus = (typeof FOCUSES)[number];
export const FOCUS_LABEL: Record<Focus, string> = {
  all: "Cả hai nhóm",
  exemplar: "Nhóm 1 — làm gương mẫu mực",
  follower: "Nhóm 2 — tích cực làm theo",
};

/** Narrative sections the committee writes; the figures between them are generated. */
export const SECTION_KEYS = [
  "intro",
  "leadership",
  "results",
  "assessment",
  "direction",
  "proposals",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export const SECTION_LABEL: Record<SectionKey, string> = {
  intro: "Mở đầu (căn cứ, mục đích báo cáo)",
  leadership: "I. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện",
  results: "II. Kết quả nổi bật khác (sau các số liệu tự động)",
  assessment: "III. Đánh giá chung: ưu điểm, hạn chế, nguyên nhân",
  direction: "IV. Phương hướng, nhiệm vụ thời gian tới",
  proposals: "V. Kiến nghị, đề xuất",
};

const thisYear = new Date().getUTCFullYear();
export const Year = z.coerce
  .number({ error: "Năm không hợp lệ." })
  .int("Năm không hợp lệ.")
  .min(2000, "Năm phải từ 2000.")
  .max(2100, "Năm phải đến 2100.")
  .openapi({ example: thisYear });

export const FiguresQuery = z.object({
  year: Year.optional().openapi({ param: { in: "query" } }),
});

export const PeopleQuery = z.object({
  year: Year.optional().openapi({ param: { in: "query" } }),
  figure: z.enum(FIGURE_KEYS as [string, ...string[]], { error: "Chỉ tiêu không hợp lệ." }).openapi({
    param: { in: "query" },
    example: "registered",
  }),
  group: z
    .enum(FOCUSES, { error: "Nhóm không hợp lệ." })
    .default("all")
    .openapi({ param: { in: "query" } }),
  cursor: z
    .string()
    .max(400, "Con trỏ trang không hợp lệ.")
    .optional()
    .openapi({ param: { in: "query" } }),
  limit: limitQuery(50),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

export const ExportQuery = z.object({
  format: z
    .enum(["xlsx", "csv"], { error: "Định dạng phải là xlsx hoặc csv." })
    .openapi({ param: { in: "query" } }),
});

const line = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, `Cần nhập ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`);
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày theo dạng YYYY-MM-DD.")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "Ngày không tồn tại.",
  );
const section = z.string().max(20_000, "Mỗi phần tối đa 20.000 ký tự.");

export const Sections = z
  .strictObject(
    Object.fromEntries(SECTION_KEYS.map((k) => [k, section.optional()])) as Record<
      SectionKey,
      z.ZodOptional<typeof section>
    >,
  )
  .openapi("ReportSections");
export type Sections = z.infer<typeof Sections>;

const fields = {
  focus: z.enum(FOCUSES, { error: "Phạm vi nhóm không hợp lệ." }),
  number: line(40, "số, ký hiệu"),
  docDate: IsoDate,
  place: line(60, "địa danh"),
  superiorName: z.string().trim().max(200, "Tên cơ quan cấp trên tối đa 200 ký tự."),
  issuerName: line(200, "tên cơ quan ban hành"),
  subject: line(400, "trích yếu"),
  signerAuthority: line(80, "thẩm quyền ký"),
  signerTitle: line(80, "chức vụ người ký"),
  signerName: line(120, "họ tên người ký"),
  recipients: z.array(line(200, "nơi nhận")).max(20, "Tối đa 20 nơi nhận."),
  sections: Sections,
};

export const CreateDocumentInput = z
  .strictObject({
    year: Year,
    focus: fields.focus.optional(),
    number: fields.number,
    docDate: fields.docDate,
    place: fields.place,
    superiorName: fields.superiorName.optional(),
    issuerName: fields.issuerName.optional(),
    subject: fields.subject.optional(),
    signerAuthority: fields.signerAuthority.optional(),
    signerTitle: fields.signerTitle.optional(),
    signerName: fields.signerName,
    recipients: fields.recipients.optional(),
    sections: fields.sections.optional(),
  })
  .openapi("CreateReportDocumentInput");
export type CreateDocumentInput = z.infer<typeof CreateDocumentInput>;

export const UpdateDocumentInput = z
  .strictObject({
    focus: fields.focus.optional(),
    number: fields.number.optional(),
    docDate: fields.docDate.optional(),
    place: fields.place.optional(),
    superiorName: fields.superiorName.optional(),
    issuerName: fields.issuerName.optional(),
    subject: fields.subject.optional(),
    signerAuthority: fields.signerAuthority.optional(),
    signerTitle: fields.signerTitle.optional(),
    signerName: fields.signerName.optional(),
    recipients: fields.recipients.optional(),
    sections: fields.sections.optional(),
    version: z.number().int().positive(),
  })
  .openapi("UpdateReportDocumentInput");
export type UpdateDocumentInput = z.infer<typeof UpdateDocumentInput>;

export const RecountInput = z.strictObject({ fix: z.boolean().default(false) }).openapi("RecountInput");

/** The version a deletion expects (optimistic concurrency). */
export const DeleteQuery = VersionQuery;
