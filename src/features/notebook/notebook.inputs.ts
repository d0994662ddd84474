import { Version } from "../../domain/versions";
import { Id } from "../../domain/ids";
import { z } from "@hono/zod-openapi";
import { YearQuery, optionalQuery, yearQuery, syncPage } from "../../platform/query-params";

export const ENTRY_KINDS = ["q1", "midyear", "q3", "annual", "free"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export type ReviewKind = Exclude<EntryKind, "free">;
export const REVIEW_KINDS: ReviewKind[] = ["q1", "midyear", "q3", "annual"];

export const ENTRY_KIND_LABEL: Record<EntryKind | "plan", string> = {
  plan: "Kế hoạch cá nhân",
  q1: "Tự đánh giá quý I",
  midyear: "Sơ kết 6 tháng",
  q3: "Tự đánh giá quý III",
  annual: "Tổng kết năm",
  free: "Ghi chép",
};

export const ENTRY_STATUSES = ["draft", "submitted"] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const ENTRY_STATUS_LABEL: Record<EntryStatus, string> = {
  draft: "Bản nháp",
  submitted: "Đã nộp chi bộ",
};

export const TIMINGS = ["early", "on_time", "late"] as const;
export type Timing = (typeof TIMINGS)[number];
export const TIMING_LABEL: Record<Timing, string> = {
  early: "Nộp sớm",
  on_time: "Đúng hạn",
  late: "Nộp muộn",
};

export const PROGRESS_STATUSES = ["done", "in_progress", "not_done"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const PROGRESS_LABEL: Record<ProgressStatus, string> = {
  done: "Đã thực hiện",
  in_progress: "Đang thực hiện",
  not_done: "Chưa thực hiện",
};

/** The three parts of a review, with the words of the paper notebook. */
export const REVIEW_PARTS = [
  { key: "strengths", label: "Ưu điểm", missing: "Cần ghi ưu điểm." },
  { key: "shortcomings", label: "Hạn chế, khuyết điểm", missing: "Cần ghi hạn chế, khuyết điểm." },
  { key: "remedies", label: "Giải pháp, hướng khắc phục", missing: "Cần ghi giải pháp, hướng khắc phục." },
] as const;

const id = Id;
const version = Version;
const longText = (label: string, max = 10_000) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .trim()
    .max(max, `${label} tối đa ${max.toLocaleString("vi-VN")} ký tự.`);

export const ProgressInput = z
  .strictObject({
    itemId: id,
    status: z.enum(PROGRESS_STATUSES, { error: "Chọn mức thực hiện: đã, đang hoặc chưa thực hiện." }),
    note: longText("Ghi chú", 1000).optional(),
  })
  .openapi("NotebookProgressInput");
export type ProgressInput = z.infer<typeof ProgressInput>;

const content = {
  title: longText("Tiêu đề", 200).optional(),
  body: longText("Nội dung").optional(),
  strengths: longText("Ưu điểm").optional(),
  shortcomings: longText("Hạn chế, khuyết điểm").optional(),
  remedies: longText("Giải pháp, hướng khắc phục").optional(),
  progress: z.array(ProgressInput).max(40, "Tối đa 40 nội dung.").optional(),
};

export const CreateEntryInput = z
  .strictObject({
    kind: z.enum(ENTRY_KINDS, { error: "Loại bài ghi không hợp lệ." }),
    year: z.number().int().min(2000, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ.").optional(),
    ...content,
    /** Submit right away (the three parts are then required). */
    submit: z.boolean().optional(),
  })
  .openapi("CreateNotebookEntryInput");
export type CreateEntryInput = z.infer<typeof CreateEntryInput>;

export const SaveEntryInput = z
  .strictObject({ ...content, version, submit: z.boolean().optional() })
  .openapi("SaveNotebookEntryInput");
export type SaveEntryInput = z.infer<typeof SaveEntryInput>;

export const VersionInput = z.strictObject({ version }).openapi("NotebookVersionInput");
export type VersionInput = z.infer<typeof VersionInput>;

const comment = z
  .string({ error: "Cần ghi nội dung nhận xét." })
  .trim()
  .min(3, "Cần ghi nội dung nhận xét (ít nhất 3 ký tự).")
  .max(3000, "Nhận xét tối đa 3.000 ký tự.");

export const CommentInput = z.strictObject({ content: comment }).openapi("NotebookCommentInput");
export type CommentInput = z.infer<typeof CommentInput>;

export const ReturnEntryInput = z
  .strictObject({ content: comment, version })
  .openapi("ReturnNotebookEntryInput");
export type ReturnEntryInput = z.infer<typeof ReturnEntryInput>;

export const ComplianceQuery = YearQuery.extend({
  unitId: optionalQuery(id),
});
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;

export const ListEntriesQuery = z.object({
  unitId: optionalQuery(id),
  year: yearQuery("Năm không hợp lệ.").openapi({
    description: "Only entries of this year (default: every year)",
  }),
  ...syncPage(50),
});
export type ListEntriesQuery = z.infer<typeof ListEntriesQuery>;
