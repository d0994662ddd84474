import { z } from "@hono/zod-openapi";
import { GROUPS, Id } from "../../domain";
import { Year } from "../../platform/query-params";

export const CRITERION_KINDS = ["added", "concretised", "hidden"] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const FOCUS_KINDS = ["focus", "pressing"] as const;
export type FocusKind = (typeof FOCUS_KINDS)[number];
export const FOCUS_KIND_LABEL: Record<FocusKind, string> = {
  focus: "Nội dung trọng tâm, đột phá",
  pressing: "Vấn đề bức xúc, nổi cộm",
};
/** Seed 003: each committee picks 3 to 4 focus issues a year. */
export const FOCUS_MIN = 3;
export const FOCUS_MAX = 4;

export const SET_STATUSES = ["draft", "published", "superseded"] as const;
export type SetStatus = (typeof SET_STATUSES)[number];
export const SET_STATUS_LABEL: Record<SetStatus, string> = {
  draft: "Bản nháp",
  published: "Đã ban hành",
  superseded: "Đã thay thế",
};

const version = z.number().int().positive();
const group = z.enum(GROUPS, { error: "Nhóm phải là nhóm 1 hoặc nhóm 2." });
const shortTitle = z
  .string()
  .trim()
  .min(3, "Tên ngắn cần ít nhất 3 ký tự.")
  .max(200, "Tên ngắn tối đa 200 ký tự.");
const body = z
  .string()
  .trim()
  .min(10, "Nội dung tiêu chí cần ít nhất 10 ký tự.")
  .max(4000, "Nội dung tiêu chí tối đa 4.000 ký tự.");
const docTitle = z.string().trim().min(3, "Tên văn bản cần ít nhất 3 ký tự.").max(300, "Tối đa 300 ký tự.");
const issuer = z
  .string()
  .trim()
  .min(3, "Cơ quan ban hành cần ít nhất 3 ký tự.")
  .max(300, "Tối đa 300 ký tự.");
const docNumber = z.string().trim().min(1).max(40, "Số hiệu tối đa 40 ký tự.").nullable();
const docDate = z.iso.date("Ngày ban hành phải có dạng năm-tháng-ngày hợp lệ.").nullable();
const basis = z.string().trim().max(2000, "Phần căn cứ tối đa 2.000 ký tự.").nullable();
const isCore = z.boolean({ error: "Giá trị cốt lõi không hợp lệ." });

export const CreateSetInput = z
  .strictObject({
    unitId: Id,
    year: Year,
    source: z.enum(["blank", "template", "copy"], { error: "Cách khởi tạo không hợp lệ." }),
    templateId: z.string().max(40).optional(),
    copyFromYear: Year.optional(),
    title: docTitle.optional(),
    issuer: issuer.optional(),
    docNumber: docNumber.optional(),
    docDate: docDate.optional(),
    basis: basis.optional(),
  })
  .openapi("CreateCriteriaSetInput");
export type CreateSetInput = z.infer<typeof CreateSetInput>;

export const UpdateSetInput = z
  .strictObject({
    title: docTitle.optional(),
    issuer: issuer.optional(),
    docNumber: docNumber.optional(),
    docDate: docDate.optional(),
    basis: basis.optional(),
    version,
  })
  .openapi("UpdateCriteriaSetInput");
export type UpdateSetInput = z.infer<typeof UpdateSetInput>;

export const SetVersionInput = z.strictObject({ version }).openapi("CriteriaSetVersionInput");
export type SetVersionInput = z.infer<typeof SetVersionInput>;

export const AddCriterionInput = z
  .strictObject({ group, title: shortTitle, body, isCore: isCore.optional(), version })
  .openapi("AddCriterionInput");
export type AddCriterionInput = z.infer<typeof AddCriterionInput>;

export const UpdateCriterionInput = z
  .strictObject({ title: shortTitle.optional(), body: body.optional(), isCore: isCore.optional(), version })
  .openapi("UpdateCriterionInput");
export type UpdateCriterionInput = z.infer<typeof UpdateCriterionInput>;

export const ConcretiseInput = z
  .strictObject({ title: shortTitle.optional(), body, isCore: isCore.optional(), version })
  .openapi("ConcretiseCriterionInput");
export type ConcretiseInput = z.infer<typeof ConcretiseInput>;

export const MoveCriterionInput = z
  .strictObject({ direction: z.enum(["up", "down"], { error: "Hướng di chuyển không hợp lệ." }), version })
  .openapi("MoveCriterionInput");
export type MoveCriterionInput = z.infer<typeof MoveCriterionInput>;

const theme = z.string().trim().min(5, "Cần ít nhất 5 ký tự.").max(600, "Tối đa 600 ký tự.");
export const YearThemeInput = z
  .strictObject({
    year: Year,
    termTheme: theme,
    yearTheme: theme,
    note: z.string().trim().max(2000, "Ghi chú tối đa 2.000 ký tự.").nullable().optional(),
    version: version.optional(),
  })
  .openapi("YearThemeInput");
export type YearThemeInput = z.infer<typeof YearThemeInput>;

const focusTitle = z.string().trim().min(5, "Nội dung cần ít nhất 5 ký tự.").max(300, "Tối đa 300 ký tự.");
const focusDescription = z.string().trim().max(2000, "Mô tả tối đa 2.000 ký tự.").nullable();
const focusKind = z.enum(FOCUS_KINDS, { error: "Loại vấn đề không hợp lệ." });
export const CreateFocusIssueInput = z
  .strictObject({
    unitId: Id,
    year: Year,
    kind: focusKind,
    title: focusTitle,
    description: focusDescription.optional(),
  })
  .openapi("CreateFocusIssueInput");
export type CreateFocusIssueInput = z.infer<typeof CreateFocusIssueInput>;

export const UpdateFocusIssueInput = z
  .strictObject({
    kind: focusKind.optional(),
    title: focusTitle.optional(),
    description: focusDescription.optional(),
    version,
  })
  .openapi("UpdateFocusIssueInput");
export type UpdateFocusIssueInput = z.infer<typeof UpdateFocusIssueInput>;

/** "Một là", "Hai là"… as the plans print them; plain numbers past ten. */
const ORDINALS = ["Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"];
export function ordinalLabel(n: number): string {
  return ORDINALS[n - 1] ? `${ORDINALS[n - 1]} là` : `Tiêu chí ${n}`;
}
