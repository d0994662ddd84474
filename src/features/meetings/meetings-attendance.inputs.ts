// Attendance taken member by member at a meeting (điểm danh): what the API and the form accept.
import { z } from "@hono/zod-openapi";
import { Id } from "../../domain/ids";
import { Version } from "../../domain/versions";

/** The choices of a member's attendance, in the order the form shows them. */
export const ATTENDANCE_LABEL = { present: "Có mặt", excused: "Vắng có lý do", absent: "Vắng không lý do" };
export type AttendanceStatus = keyof typeof ATTENDANCE_LABEL;
export const ATTENDANCE_STATUSES = Object.keys(ATTENDANCE_LABEL) as [AttendanceStatus, ...AttendanceStatus[]];

export const AttendanceEntry = z
  .strictObject({
    memberId: Id,
    status: z.enum(ATTENDANCE_STATUSES, { error: "Chọn có mặt, vắng có lý do hoặc vắng không lý do." }),
    reason: z.string().trim().max(300, "Lý do tối đa 300 ký tự.").optional(),
  })
  .superRefine((e, c) => {
    if (e.status === "excused" && (e.reason ?? "").length < 3)
      c.addIssue({ code: "custom", path: ["reason"], message: "Vắng có lý do: cần ghi lý do." });
  })
  .openapi("MeetingAttendanceEntry");
export type AttendanceEntry = z.infer<typeof AttendanceEntry>;

export const TakeAttendanceInput = z
  .strictObject({
    entries: z
      .array(AttendanceEntry)
      .min(1, "Cần điểm danh ít nhất 1 đảng viên.")
      .max(1000, "Tối đa 1.000 đảng viên mỗi buổi.")
      .refine((es) => new Set(es.map((e) => e.memberId)).size === es.length, {
        message: "Mỗi đảng viên chỉ được điểm danh một lần.",
      }),
    version: Version,
  })
  .openapi("TakeAttendanceInput");
export type TakeAttendanceInput = z.infer<typeof TakeAttendanceInput>;

/** A member on the list: the reason is empty unless absent. */
export const AttendanceOut = z
  .object({ memberId: z.string(), memberName: z.string(), status: z.enum(ATTENDANCE_STATUSES) })
  .extend({ reason: z.string() })
  .openapi("MeetingAttendance");
export type AttendanceOut = z.infer<typeof AttendanceOut>;
