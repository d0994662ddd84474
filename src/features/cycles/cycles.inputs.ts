import { z } from "@hono/zod-openapi";
import { Id } from "../../domain";
import { viDate, timestamp, timestampOrNull } from "../../platform/api-fields";
import { Year } from "../../platform/query-params";

export const CHECKPOINT_MODES = ["three", "quarterly"] as const;
export type CheckpointMode = (typeof CHECKPOINT_MODES)[number];
export const CHECKPOINT_LABEL: Record<CheckpointMode, string> = {
  three: "Ba lần một năm (kế hoạch, sơ kết 6 tháng, tổng kết năm)",
  quarterly: "Hằng quý (theo Quy định 366-QĐ/TW)",
};

export const CYCLE_STATUSES = ["open", "closed"] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
export const CYCLE_STATUS_LABEL: Record<CycleStatus, string> = { open: "Đang mở", closed: "Đã khóa" };

const version = z.number({ error: "Phiên bản không hợp lệ." }).int().positive();

/** A calendar date as YYYY-MM-DD (date inputs) or dd/mm/yyyy; stored as YYYY-MM-DD. */
export const IsoDate = viDate({
  error: "Ngày không hợp lệ.",
  invalid: "Ngày không hợp lệ (dạng dd/mm/yyyy).",
  example: "2027-01-15",
});

const settings = {
  exemplarDeadline: IsoDate,
  followerDeadline: IsoDate,
  midyearFrom: IsoDate,
  midyearTo: IsoDate,
  annualFrom: IsoDate,
  annualTo: IsoDate,
  checkpointMode: z.enum(CHECKPOINT_MODES, { error: "Chế độ kiểm điểm không hợp lệ." }),
  minItems: z
    .number({ error: "Số nội dung tối thiểu không hợp lệ." })
    .int("Số nội dung tối thiểu phải là số nguyên.")
    .min(1, "Cần ít nhất 1 nội dung.")
    .max(20, "Tối đa 20 nội dung."),
  criteriaSetVersionId: Id.nullable(),
  gating: z.boolean({ error: "Giá trị không hợp lệ." }),
  reminderDays: z
    .array(z.number().int("Số ngày phải là số nguyên.").min(1, "Từ 1 ngày.").max(60, "Tối đa 60 ngày."))
    .max(6, "Tối đa 6 mốc nhắc."),
};

/** Every setting may be left out: a new cycle takes the defaults, an update keeps what it had. */
const optionalSettings = z.object(settings).partial().shape;

/** Opening a cycle: only the year is required; the rest defaults (15/01, 31/01, …). */
export const CreateCycleInput = z
  .strictObject({ year: Year, ...optionalSettings })
  .openapi("CreateCycleInput");
export type CreateCycleInput = z.infer<typeof CreateCycleInput>;

export const UpdateCycleInput = z.strictObject({ ...optionalSettings, version }).openapi("UpdateCycleInput");
export type UpdateCycleInput = z.infer<typeof UpdateCycleInput>;

export const CloseCycleInput = z.strictObject({ version }).openapi("CloseCycleInput");
export type CloseCycleInput = z.infer<typeof CloseCycleInput>;

export const ReopenCycleInput = z
  .strictObject({
    version,
    reason: z.string().trim().min(3, "Cần ghi lý do (ít nhất 3 ký tự).").max(500, "Lý do tối đa 500 ký tự."),
  })
  .openapi("ReopenCycleInput");
export type ReopenCycleInput = z.infer<typeof ReopenCycleInput>;

export const CycleOut = z
  .object({
    id: z.string(),
    year: z.number(),
    status: z.enum(CYCLE_STATUSES),
    exemplarDeadline: z.string(),
    followerDeadline: z.string(),
    midyearFrom: z.string(),
    midyearTo: z.string(),
    annualFrom: z.string(),
    annualTo: z.string(),
    checkpointMode: z.enum(CHECKPOINT_MODES),
    minItems: z.number(),
    criteriaSetVersionId: z.string().nullable(),
    gating: z.boolean(),
    reminderDays: z.array(z.number()),
    closedAt: timestampOrNull(),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("Cycle");
export type CycleOut = z.infer<typeof CycleOut>;

export const CycleListOut = z.object({ items: z.array(CycleOut) }).openapi("CycleList");
