import { Version } from "../../domain/versions";
import { Id } from "../../domain/ids";
import { z } from "@hono/zod-openapi";
import { cursorPage, viDate, timestamp } from "../../platform/api-fields";
import { AttendanceOut } from "./meetings-attendance.inputs";
import { limitQuery, optionalQuery, yearQuery } from "../../platform/query-params";

export const MEETING_KINDS = ["regular", "thematic"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABEL: Record<MeetingKind, string> = {
  regular: "Sinh hoạt thường kỳ",
  thematic: "Sinh hoạt chuyên đề",
};

export const REMARK_KINDS = ["praise", "criticism", "report"] as const;
export type RemarkKind = (typeof REMARK_KINDS)[number];
export const REMARK_KIND_LABEL: Record<RemarkKind, string> = {
  praise: "Biểu dương",
  criticism: "Phê bình, nhắc nhở",
  report: "Báo cáo trước chi bộ",
};

/** How a remark's kind is marked (a Badge tone). */
export const REMARK_TONE: Record<RemarkKind, "good" | "bad" | "accent"> = {
  praise: "good",
  criticism: "bad",
  report: "accent",
};

/** Units whose meetings are recorded here: party cells, and grassroots units acting as one. */
export const MEETING_UNIT_KINDS = ["cell", "grassroots"];

const id = Id;
const version = Version;

/** A meeting that took place: dd/mm/yyyy or YYYY-MM-DD, not in the future. */
export const MeetingDate = viDate({
  error: "Ngày không hợp lệ.",
  invalid: "Ngày không hợp lệ (dạng dd/mm/yyyy).",
  from: "2000-01-01",
  to: "today",
  message: "Ngày họp không được ở tương lai hoặc trước năm 2000.",
  example: "2026-07-05",
});

const kind = z.enum(MEETING_KINDS, { error: "Loại buổi sinh hoạt không hợp lệ." });
const minutesNumber = z
  .string({ error: "Cần nhập số biên bản." })
  .trim()
  .min(1, "Cần nhập số biên bản.")
  .max(40, "Số biên bản tối đa 40 ký tự.");
const topic = z.string().trim().max(300, "Chuyên đề tối đa 300 ký tự.");
const count = (what: string) =>
  z
    .number({ error: `${what} không hợp lệ.` })
    .int(`${what} phải là số nguyên.`)
    .min(0, `${what} không được âm.`)
    .max(5000, `${what} tối đa 5.000.`);
const notes = z.string().trim().max(5000, "Ghi chú tối đa 5.000 ký tự.");

export const RemarkInput = z
  .strictObject({
    memberId: id,
    kind: z.enum(REMARK_KINDS, { error: "Chọn biểu dương, phê bình hoặc báo cáo trước chi bộ." }),
    content: z
      .string({ error: "Cần ghi nội dung." })
      .trim()
      .min(3, "Cần ghi nội dung (ít nhất 3 ký tự).")
      .max(2000, "Nội dung tối đa 2.000 ký tự."),
  })
  .openapi("MeetingRemarkInput");
export type RemarkInput = z.infer<typeof RemarkInput>;

export const CreateMeetingInput = z
  .strictObject({
    unitId: id,
    date: MeetingDate,
    kind,
    minutesNumber,
    topic: topic.optional(),
    attendance: count("Số dự họp"),
    expected: count("Số đảng viên được triệu tập").min(1, "Cần ít nhất 1 đảng viên được triệu tập."),
    notes: notes.optional(),
    remarks: z.array(RemarkInput).max(50, "Tối đa 50 ý kiến mỗi lần ghi.").optional(),
  })
  .openapi("CreateMeetingInput");
export type CreateMeetingInput = z.infer<typeof CreateMeetingInput>;

export const UpdateMeetingInput = z
  .strictObject({
    date: MeetingDate.optional(),
    kind: kind.optional(),
    minutesNumber: minutesNumber.optional(),
    topic: topic.optional(),
    attendance: count("Số dự họp").optional(),
    expected: count("Số đảng viên được triệu tập")
      .min(1, "Cần ít nhất 1 đảng viên được triệu tập.")
      .optional(),
    notes: notes.optional(),
    version,
  })
  .openapi("UpdateMeetingInput");
export type UpdateMeetingInput = z.infer<typeof UpdateMeetingInput>;

/** Cross-field rules checked on the final state of a meeting. */
export function meetingFieldErrors(m: {
  kind: string;
  topic: string;
  attendance: number;
  expected: number;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (m.attendance > m.expected) errors.attendance = "Số dự họp không được lớn hơn số được triệu tập.";
  if (m.kind === "thematic" && m.topic.trim().length < 3)
    errors.topic = "Buổi sinh hoạt chuyên đề cần ghi tên chuyên đề.";
  return errors;
}

export const RemarkOut = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    kind: z.enum(REMARK_KINDS),
    content: z.string(),
    year: z.number(),
    meetingDate: z.string(),
    meetingKind: z.enum(MEETING_KINDS),
    minutesNumber: z.string(),
    unitName: z.string(),
    createdByLabel: z.string(),
    createdAt: timestamp(),
  })
  .openapi("MeetingRemark");
export type RemarkOut = z.infer<typeof RemarkOut>;

export const MeetingOut = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    year: z.number(),
    date: z.string().openapi({ description: "YYYY-MM-DD" }),
    kind: z.enum(MEETING_KINDS),
    minutesNumber: z.string(),
    topic: z.string(),
    attendance: z.number(),
    expected: z.number(),
    notes: z.string(),
    praiseCount: z.number(),
    criticismCount: z.number(),
    createdByLabel: z.string(),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("Meeting");
export type MeetingOut = z.infer<typeof MeetingOut>;

export const MeetingDetailOut = z
  .object({ meeting: MeetingOut, remarks: z.array(RemarkOut), attendance: z.array(AttendanceOut) })
  .openapi("MeetingDetail");
export type MeetingDetailOut = z.infer<typeof MeetingDetailOut>;

export const MeetingAttendanceOut = z
  .object({ meeting: MeetingOut, items: z.array(AttendanceOut) })
  .openapi("MeetingAttendanceList");
export type MeetingAttendanceOut = z.infer<typeof MeetingAttendanceOut>;

export const MeetingListOut = cursorPage(MeetingOut, {
  unit: z.object({ id: z.string(), name: z.string(), kind: z.string(), canRecord: z.boolean() }),
  year: z.number(),
}).openapi("MeetingList");
export type MeetingListOut = z.infer<typeof MeetingListOut>;

/** A page of meetings goes on after (date, id) of the last one: "2026-07-05~<id>". */
export const MEETING_CURSOR = /^\d{4}-\d{2}-\d{2}~[0-9a-z]{16}$/;

export const ListMeetingsQuery = z.object({
  unitId: optionalQuery(id),
  year: yearQuery("Năm không hợp lệ."),
  cursor: z
    .string()
    .regex(MEETING_CURSOR, "Con trỏ trang không hợp lệ.")
    .optional()
    .openapi({ param: { in: "query" } }),
  limit: limitQuery(50),
});
export type ListMeetingsQuery = z.infer<typeof ListMeetingsQuery>;

/** A meeting as an option of a select (plans' confirm form): "05/07/2026 · BB số 05-BB/CB". */
export interface MeetingOption {
  id: string;
  date: string;
  kind: MeetingKind;
  minutesNumber: string;
  label: string;
}
