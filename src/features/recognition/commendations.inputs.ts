import { Id } from "../../domain/ids";
import { z } from "@hono/zod-openapi";
import { limitQuery } from "../../platform/query-params";
import { viDate, timestamp } from "../../platform/api-fields";
import { MAX_YEAR, MIN_YEAR, Year } from "./recognition.inputs";

/** Level of the body that commended: central / Prime Minister, province, district, grassroots. */
export const LEVELS = ["central", "province", "district", "grassroots"] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABEL: Record<Level, string> = {
  central: "Trung ương / Thủ tướng Chính phủ",
  province: "Cấp tỉnh",
  district: "Cấp huyện",
  grassroots: "Cấp cơ sở",
};

export const FORMS = ["bang_khen", "giay_khen", "bieu_duong", "other"] as const;
export type Form = (typeof FORMS)[number];
export const FORM_LABEL: Record<Form, string> = {
  bang_khen: "Bằng khen",
  giay_khen: "Giấy khen",
  bieu_duong: "Biểu dương",
  other: "Hình thức khác",
};

export const SUBJECT_TYPES = ["model", "member", "unit"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const SUBJECT_TYPE_LABEL: Record<SubjectType, string> = {
  model: "Mô hình",
  member: "Đảng viên",
  unit: "Tổ chức đảng",
};
export const SUBJECT_KINDS = ["collective", "individual"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export const SUBJECT_KIND_LABEL: Record<SubjectKind, string> = {
  collective: "Tập thể",
  individual: "Cá nhân",
};

/** A decision date as dd/mm/yyyy or YYYY-MM-DD, stored as YYYY-MM-DD. */
export const DecisionDate = viDate({
  invalid: "Ngày quyết định không hợp lệ (dạng dd/mm/yyyy).",
  from: `${MIN_YEAR}-01-01`,
  to: `${MAX_YEAR}-12-31`,
  example: "15/12/2021",
});

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} tối đa ${max.toLocaleString("vi-VN")} ký tự.`);
const level = z.enum(LEVELS, { error: "Cấp khen thưởng không hợp lệ." });
const form = z.enum(FORMS, { error: "Hình thức khen thưởng không hợp lệ." });
const issuer = z
  .string()
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(2, "Cần ghi cơ quan ban hành.").max(200, "Cơ quan ban hành tối đa 200 ký tự."));

export const CreateCommendationInput = z
  .strictObject({
    subjectType: z.enum(SUBJECT_TYPES, {
      error: "Đối tượng khen thưởng là mô hình, đảng viên hoặc tổ chức.",
    }),
    subjectId: Id,
    level,
    form,
    decisionNumber: text(60, "Số quyết định").optional(),
    decisionDate: DecisionDate.optional(),
    issuer,
    year: Year.optional().openapi({ description: "Defaults to the decision date's year" }),
    content: text(2000, "Nội dung thành tích").optional(),
  })
  .openapi("CreateCommendationInput");
export type CreateCommendationInput = z.infer<typeof CreateCommendationInput>;

export const UpdateCommendationInput = z
  .strictObject({
    level: level.optional(),
    form: form.optional(),
    decisionNumber: text(60, "Số quyết định").optional(),
    decisionDate: DecisionDate.optional(),
    issuer: issuer.optional(),
    year: Year.optional(),
    content: text(2000, "Nội dung thành tích").optional(),
    version: z.number().int().positive(),
  })
  .openapi("UpdateCommendationInput");
export type UpdateCommendationInput = z.infer<typeof UpdateCommendationInput>;

export const ListCommendationsQuery = z.object({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
  level: level.optional(),
  form: form.optional(),
  subjectKind: z.enum(SUBJECT_KINDS).optional(),
  subjectType: z.enum(SUBJECT_TYPES).optional(),
  unitId: Id.optional(),
  unitCode: z.string().trim().max(40).optional().openapi({ description: "Unit subtree by unit code" }),
  memberId: Id.optional(),
  modelId: Id.optional(),
  cursor: z.string().max(100).optional(),
  limit: limitQuery(50),
});
export type ListCommendationsQuery = z.infer<typeof ListCommendationsQuery>;

export const CommendationOut = z
  .object({
    id: z.string(),
    subjectType: z.enum(SUBJECT_TYPES),
    subjectId: z.string(),
    subjectName: z.string(),
    subjectKind: z.enum(SUBJECT_KINDS),
    modelId: z.string().nullable(),
    memberId: z.string().nullable(),
    unitId: z.string(),
    unitName: z.string(),
    level: z.enum(LEVELS),
    form: z.enum(FORMS),
    decisionNumber: z.string(),
    decisionDate: z.string().nullable(),
    issuer: z.string(),
    year: z.number(),
    content: z.string(),
    version: z.number(),
    createdAt: timestamp(),
  })
  .openapi("Commendation");
export type CommendationOut = z.infer<typeof CommendationOut>;
