import { GROUPS, Id } from "../../domain";
import { z } from "@hono/zod-openapi";
import { IsoDate } from "../cycles";
import { cursorQuery, limitQuery, optionalQuery, yearQuery, syncPage } from "../../platform/query-params";
import { Version } from "../../domain/versions";

export const PLAN_STATUSES = ["draft", "submitted", "returned", "confirmed"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABEL: Record<PlanStatus | "not_started", string> = {
  not_started: "Chưa lập",
  draft: "Đang soạn",
  submitted: "Chờ xác nhận",
  returned: "Trả lại để sửa",
  confirmed: "Đã xác nhận",
};

export const MAX_ITEMS = 30;
/** At most this many plans are confirmed by one request (one atomic batch). */
export const MAX_BULK = 50;

const id = Id;
const version = Version;
const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .trim()
    .min(min, min === 1 ? `Cần nhập ${label.toLowerCase()}.` : `${label} cần ít nhất ${min} ký tự.`)
    .max(max, `${label} tối đa ${max.toLocaleString("vi-VN")} ký tự.`);

export const PlanItemInput = z
  .strictObject({
    /** An existing item of this plan keeps its id (the notebook records progress against it). */
    id: id.optional(),
    criterionVersionId: id,
    focusIssueId: id.nullable().optional(),
    yearTheme: z.boolean({ error: "Giá trị không hợp lệ." }).optional(),
    commitment: text("Nội dung cam kết", 5, 2000),
    measure: text("Cách đo, kết quả cần đạt", 3, 1000),
    dueDate: IsoDate,
  })
  .openapi("PlanItemInput");
export type PlanItemInput = z.infer<typeof PlanItemInput>;

export const SavePlanInput = z
  .strictObject({
    registration: z
      .string({ error: "Bản đăng ký không hợp lệ." })
      .trim()
      .max(5000, "Bản đăng ký tối đa 5.000 ký tự.")
      .default(""),
    items: z.array(PlanItemInput).max(MAX_ITEMS, `Tối đa ${MAX_ITEMS} nội dung.`),
    /** The version read; omit only when the plan does not exist yet. */
    version: version.optional(),
  })
  .openapi("SavePlanInput");
export type SavePlanInput = z.infer<typeof SavePlanInput>;

export const SubmitPlanInput = z.strictObject({ version }).openapi("SubmitPlanInput");
export type SubmitPlanInput = z.infer<typeof SubmitPlanInput>;

const meetingDate = IsoDate.optional();
const minutesNumber = z
  .string()
  .trim()
  .min(1, "Số biên bản không hợp lệ.")
  .max(40, "Số biên bản tối đa 40 ký tự.")
  .optional();

export const ConfirmPlanInput = z
  .strictObject({ version, meetingDate, minutesNumber })
  .openapi("ConfirmPlanInput");
export type ConfirmPlanInput = z.infer<typeof ConfirmPlanInput>;

export const BulkConfirmInput = z
  .strictObject({
    plans: z
      .array(z.strictObject({ id, version }))
      .min(1, "Chọn ít nhất một kế hoạch.")
      .max(MAX_BULK, `Mỗi lần xác nhận tối đa ${MAX_BULK} kế hoạch.`),
    meetingDate,
    minutesNumber,
  })
  .openapi("BulkConfirmInput");
export type BulkConfirmInput = z.infer<typeof BulkConfirmInput>;

export const ReturnPlanInput = z
  .strictObject({ version, comment: text("Ý kiến của chi bộ", 3, 2000) })
  .openapi("ReturnPlanInput");
export type ReturnPlanInput = z.infer<typeof ReturnPlanInput>;

export const ReopenPlanInput = z
  .strictObject({ version, reason: text("Lý do mở lại", 3, 1000) })
  .openapi("ReopenPlanInput");
export type ReopenPlanInput = z.infer<typeof ReopenPlanInput>;

export const RemindInput = z
  .strictObject({
    year: z.number({ error: "Năm không hợp lệ." }).int().min(2000).max(2100),
    memberIds: z.array(id).min(1, "Chọn ít nhất một đảng viên.").max(100, "Tối đa 100 đảng viên.").optional(),
    unitId: id.optional(),
  })
  .refine((v) => (v.memberIds ? !v.unitId : !!v.unitId), {
    message: "Chọn đảng viên cần nhắc hoặc một đơn vị (nhắc tất cả người chưa nộp).",
    path: ["memberIds"],
  })
  .openapi("RemindInput");
export type RemindInput = z.infer<typeof RemindInput>;

const year = yearQuery("Năm không hợp lệ.");

export const QueueQuery = z.object({
  year,
  status: optionalQuery(z.enum(PLAN_STATUSES)).openapi({
    description: "Default: submitted (the review queue); with `updatedSince`, every status",
  }),
  unitId: optionalQuery(id),
  ...syncPage(50),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export const PEOPLE_STATUSES = ["not_started", ...PLAN_STATUSES] as const;
export const DashboardQuery = z.object({
  year,
  unitId: optionalQuery(id),
});
export const PeopleQuery = z.object({
  year,
  unitId: optionalQuery(id),
  group: optionalQuery(z.enum(GROUPS)),
  status: optionalQuery(z.enum(PEOPLE_STATUSES)),
  cursor: cursorQuery(),
  limit: limitQuery(100),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;
