// The meeting form's fields and the messages shared by the meeting pages.
import type { FC } from "hono/jsx";
import { Field, Select, TextArea } from "../../../ui/components";
import { bindState } from "../../../ui/form-kit";
import { MEETING_KINDS, MEETING_KIND_LABEL, type MeetingOut } from "../meetings.inputs";
import type { FormState } from "../../../platform/pages";

export type MeetingForm = FormState & {
  form: "create" | "update" | "remark" | "delete" | "attendance" | "report";
};

export const kindOptions = MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABEL[k] }));
export const DONE: Record<string, string> = {
  created: "Đã ghi biên bản sinh hoạt.",
  updated: "Đã lưu thay đổi.",
  remark: "Đã ghi ý kiến vào biên bản.",
  "remark-deleted": "Đã xóa ý kiến.",
  deleted: "Đã xóa biên bản.",
  attendance: "Đã lưu điểm danh.",
  report: "Đã ghi nhận báo cáo và nhận xét của chi bộ.",
};

/** The fields of a meeting (create and update forms share them); `counted`: the counts come from attendance. */
export const MeetingFields: FC<{
  f?: MeetingForm | undefined;
  m?: MeetingOut;
  expected?: number;
  counted?: boolean;
}> = ({ f, m, expected, counted }) => {
  const v = bindState(f);
  return (
    <>
      <Field label="Ngày họp" {...v("date", m?.date ?? "")} type="date" required />
      <Select label="Loại buổi sinh hoạt" {...v("kind", m?.kind ?? "regular")} options={kindOptions} />
      <Field
        label="Số biên bản"
        {...v("minutesNumber", m?.minutesNumber ?? "")}
        hint="Ví dụ: 07-BB/CB"
        maxlength={40}
        required
      />
      <Field label="Chuyên đề (buổi sinh hoạt chuyên đề)" {...v("topic", m?.topic ?? "")} maxlength={300} />
      {counted ? (
        <p class="hint">Số dự họp và số được triệu tập được tính từ danh sách điểm danh.</p>
      ) : (
        <div class="grid grid-2">
          <Field
            label="Số đảng viên dự họp"
            {...v("attendance", m ? String(m.attendance) : "")}
            type="number"
            inputmode="numeric"
            required
          />
          <Field
            label="Số đảng viên được triệu tập"
            {...v("expected", m ? String(m.expected) : expected ? String(expected) : "")}
            type="number"
            inputmode="numeric"
            required
          />
        </div>
      )}
      <TextArea label="Ghi chú, nội dung chính" {...v("notes", m?.notes ?? "")} rows={3} />
    </>
  );
};
