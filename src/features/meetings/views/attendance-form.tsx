// Attendance on a phone: one fieldset per member with three big choices and the reason of an excused
// absence; a plain form (no script). Members not yet on the list start as present.
import type { FC } from "hono/jsx";
import { FormBody, bindState } from "../../../ui/form-kit";
import { formatNumber } from "../../../ui/format";
import { ATTENDANCE_LABEL, ATTENDANCE_STATUSES, type AttendanceStatus } from "../meetings-attendance.inputs";
import { attendanceTally } from "../meetings.rules";
import type { MeetingView } from "../meetings-view.service";
import type { MeetingForm } from "./meeting-fields";

/** Who the form lists: those already on the list, then the unit's members not on it yet. */
export function attendanceRows(view: Pick<MeetingView, "attendance" | "unitMembers">) {
  const listed = new Set(view.attendance.map((a) => a.memberId));
  return [
    ...view.attendance,
    ...view.unitMembers
      .filter((m) => !listed.has(m.id))
      .map((m) => ({ memberId: m.id, memberName: m.fullName, status: "present" as const, reason: "" })),
  ];
}

export const AttendanceSummary: FC<{ items: { status: string }[] }> = ({ items }) => {
  const t = attendanceTally(items);
  return <p>{ATTENDANCE_STATUSES.map((s) => `${ATTENDANCE_LABEL[s]}: ${formatNumber(t[s])}`).join(" · ")}</p>;
};

export const AttendanceForm: FC<{
  action: string;
  view: MeetingView;
  f?: MeetingForm | undefined;
}> = ({ action, view, f }) => {
  const v = bindState(f);
  const rows = attendanceRows(view);
  return (
    <FormBody
      action={action}
      errors={f?.errors}
      message={f?.message}
      version={view.meeting.version}
      submit="Lưu điểm danh"
      intro={
        view.attendance.length ? (
          <AttendanceSummary items={view.attendance} />
        ) : (
          <p class="hint">Chưa điểm danh. Mặc định mọi đồng chí có mặt: chỉ cần chọn lại người vắng.</p>
        )
      }
    >
      <div class="att-list">
        {rows.map((r) => {
          const status = v(`s-${r.memberId}`, r.status).value as AttendanceStatus;
          const reason = v(`r-${r.memberId}`, r.reason);
          return (
            <fieldset class="att">
              <legend>{r.memberName}</legend>
              <div class="att-choices">
                {ATTENDANCE_STATUSES.map((s) => (
                  <label>
                    <input type="radio" name={`s-${r.memberId}`} value={s} checked={status === s} />
                    {ATTENDANCE_LABEL[s]}
                  </label>
                ))}
              </div>
              <div class={`field att-reason ${reason.error ? "field-error" : ""}`}>
                <label for={`f-r-${r.memberId}`}>Lý do vắng</label>
                <input
                  id={`f-r-${r.memberId}`}
                  name={`r-${r.memberId}`}
                  value={reason.value ?? ""}
                  maxlength={300}
                  aria-invalid={reason.error ? "true" : undefined}
                />
                {reason.error && <p class="error-text">{reason.error}</p>}
              </div>
            </fieldset>
          );
        })}
      </div>
    </FormBody>
  );
};
