// What generating a commendation decision takes: the commendations of ONE decision (by their ids,
// or by the decision's number and date) and the fields the registry does not hold (signer, legal
// bases, place …), which default to what the committee entered last time.
import { z } from "@hono/zod-openapi";
import { Id } from "../../domain/ids";
import { CommendationOut, DecisionDate } from "./commendations.inputs";

/** The three files — the decision and the certificates as DOCX, the list as XLSX — and their buttons. */
export const DECISION_FILES = {
  decision: "Quyết định khen thưởng (DOCX)",
  certificates: "Giấy khen (DOCX, A4 ngang)",
  recipients: "Danh sách khen thưởng (Excel)",
} as const;
export type DecisionDocument = keyof typeof DECISION_FILES;

export const MAX_RECIPIENTS = 200;

const line = (min: number, max: number, empty: string, long: string) =>
  z
    .string({ error: empty })
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(min, empty).max(max, long));
const lines = (max: number, each: number, empty: string, long: string) =>
  z
    .array(z.string({ error: long }), { error: empty })
    .transform((xs) => xs.map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean))
    .pipe(z.array(z.string().max(each, long)).min(1, empty).max(max, long));

/** The fields of the decision and the certificates, each checked with its Vietnamese message. */
export const DecisionFields = z.strictObject({
  superior: z
    .string()
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().max(200, "Tổ chức đảng cấp trên tối đa 200 ký tự."))
    .openapi({ description: "Đảng bộ cấp trên, the first header line (may be empty)" }),
  issuer: line(
    2,
    200,
    "Cần ghi cấp ủy ban hành (ví dụ: Đảng ủy Trường Chính trị).",
    "Cấp ủy ban hành tối đa 200 ký tự.",
  ),
  decider: line(
    2,
    200,
    "Cần ghi cơ quan quyết định (ví dụ: Ban Thường vụ Đảng ủy).",
    "Cơ quan quyết định tối đa 200 ký tự.",
  ).openapi({ description: "The body that decides, the line above the legal bases" }),
  place: line(2, 60, "Cần ghi địa danh (ví dụ: Trà Vinh).", "Địa danh tối đa 60 ký tự."),
  achievement: line(
    5,
    500,
    "Cần ghi thành tích được khen (dùng trong trích yếu, Điều 1 và giấy khen).",
    "Thành tích tối đa 500 ký tự.",
  ),
  legalBases: lines(
    10,
    500,
    "Cần ít nhất một căn cứ (mỗi dòng một căn cứ, ví dụ: Căn cứ Điều lệ Đảng Cộng sản Việt Nam).",
    "Tối đa 10 căn cứ, mỗi căn cứ tối đa 500 ký tự.",
  ),
  article2: line(5, 1000, "Cần ghi nội dung Điều 2.", "Điều 2 tối đa 1.000 ký tự."),
  article3: line(5, 1000, "Cần ghi nội dung Điều 3.", "Điều 3 tối đa 1.000 ký tự."),
  signerAuthority: line(
    2,
    100,
    "Cần ghi thẩm quyền ký (ví dụ: T/M Ban Thường vụ).",
    "Thẩm quyền ký tối đa 100 ký tự.",
  ),
  signerTitle: line(
    2,
    100,
    "Cần ghi chức vụ người ký (ví dụ: Bí thư).",
    "Chức vụ người ký tối đa 100 ký tự.",
  ),
  signerName: line(2, 100, "Cần ghi họ và tên người ký.", "Họ và tên người ký tối đa 100 ký tự."),
  recipients: lines(
    15,
    200,
    "Cần ít nhất một nơi nhận (mỗi dòng một nơi nhận).",
    "Tối đa 15 nơi nhận, mỗi nơi tối đa 200 ký tự.",
  ),
});
export type DecisionFields = z.infer<typeof DecisionFields>;
export type DecisionField = keyof DecisionFields;
/** The fields of one line (the others are lists: legal bases, recipients). */
export const TEXT_FIELDS = [
  "superior",
  "issuer",
  "decider",
  "place",
  "achievement",
  "article2",
  "article3",
  "signerAuthority",
  "signerTitle",
  "signerName",
] as const satisfies DecisionField[];
export const LIST_FIELDS = ["legalBases", "recipients"] as const satisfies DecisionField[];

const selection = {
  decisionNumber: z
    .string()
    .trim()
    .min(1, "Cần ghi số quyết định.")
    .max(60, "Số quyết định tối đa 60 ký tự.")
    .optional()
    .openapi({ description: "All the caller may see of this decision (spaces and case ignored)" }),
  decisionDate: DecisionDate.optional().openapi({
    description: "With decisionNumber: the decision of that date, when one number was used twice",
  }),
};
const hasSelection = (v: { ids?: unknown; decisionNumber?: unknown }) =>
  v.ids !== undefined || v.decisionNumber !== undefined;
const NO_SELECTION = {
  message: "Chọn các khen thưởng của một quyết định, hoặc ghi số quyết định.",
  path: ["ids"],
};

/** `?ids=a,b` or `?decisionNumber=…[&decisionDate=…]`: the decision to prepare. */
export const DecisionQuery = z
  .object({
    ids: z
      .string()
      .max(MAX_RECIPIENTS * 17, `Chọn tối đa ${MAX_RECIPIENTS} khen thưởng.`)
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(Id).min(1, NO_SELECTION.message).max(MAX_RECIPIENTS))
      .optional()
      .openapi({ description: "Commendation ids, comma-separated" }),
    ...selection,
  })
  .refine(hasSelection, NO_SELECTION);
export type DecisionQuery = z.infer<typeof DecisionQuery>;

/** The body of a generation: the selection, the fields to use instead of the defaults, and `remember`. */
export const DecisionInput = z
  .strictObject({
    ids: z
      .array(Id)
      .min(1, NO_SELECTION.message)
      .max(MAX_RECIPIENTS, `Chọn tối đa ${MAX_RECIPIENTS} khen thưởng.`)
      .optional(),
    ...selection,
    ...DecisionFields.partial().shape,
    remember: z.boolean().optional().openapi({
      description: "Keep these fields as the defaults of the caller's unit (an admin: the tenant's root)",
    }),
  })
  .refine(hasSelection, NO_SELECTION)
  .openapi("CommendationDecisionInput");
export type DecisionInput = z.infer<typeof DecisionInput>;

/** The decision as the registry holds it, and the fields a generation would use now. */
export const DecisionPreview = z
  .object({
    decisionNumber: CommendationOut.shape.decisionNumber,
    decisionDate: z.string().openapi({ description: "YYYY-MM-DD" }),
    commendations: z.array(CommendationOut),
    defaults: z.object({
      ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, z.string()])),
      ...Object.fromEntries(LIST_FIELDS.map((k) => [k, z.array(z.string())])),
    }) as unknown as z.ZodType<DecisionFields>,
  })
  .openapi("CommendationDecision");
export type DecisionPreview = z.infer<typeof DecisionPreview>;
