// The meeting form's fields and the messages shared by the meeting pages.
import type { FC } from "hono/jsx";
import { Field, Select, TextArea } from "../../../ui/components";
import { MEETING_KINDS, MEETING_KIND_LABEL, type MeetingOut } from "../meetings.inputs";
import type { FormState } from "../../../platform/pages";

export type MeetingForm = FormState & { form: "create" | "update" | "remark" | "delete" };

export const kindOptions = MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABEL[k] }));
export const DONE: Record<string, string> = {
  created: "Đã ghi biên bản sinh hoạt.",
  updated: "Đã lưu thay đổi.",
  remark: "Đã ghi ý kiến vào biên bản.",
  "remark-deleted": "Đã xóa ý kiến.",
  deleted: "Đã xóa biên bản.",
};

/** The fields of a meeting (create and update forms share them). */
export const MeetingFields: FC<{ f?: MeetingForm | undefined; m?: MeetingOut; expected?: number }> = ({
  f,
  m,
  expected,
}) => {
  const v = (k: string, d: string) => f?.values[k] ?? d;
  return (
    <>
      <Field
        label="Ngày họp"
        name="date"
        type="date"
        value={v("date", m?.date ?? "")}
        error={f?.errors.date}
        required
      />
      <Select
        label="Loại buổi sinh hoạt"
        name="kind"
        value={v("kind", m?.kind ?? "regular")}
        options={kindOptions}
        error={f?.errors.kind}
      />
      <Field
        label="Số biên bản"
        name="minutesNumber"
        value={v("minutesNumber", m?.minutesNumber ?? "")}
        error={f?.errors.minutesNumber}
        hint="Ví dụ: 07-BB/CB"
        maxlength={40}
        required
      />
      <Field
        label="Chuyên đề (buổi sinh hoạt chuyên đề)"
        name="topic"
        value={v("topic", m?.topic ?? "")}
        error={f?.errors.topic}
        maxlength={300}
      />
      <div class="grid grid-2">
        <Field
          label="Số đảng viên dự họp"
          name="attendance"
          type="number"
          inputmode="numeric"
          value={v("attendance", m ? String(m.attendance) : "")}
          error={f?.errors.attendance}
          required
        />
        <Field
          label="Số đảng viên được triệu tập"
          name="expected"
          type="number"
          inputmode="numeric"
          value={v("expected", m ? String(m.expected) : expected ? String(expected) : "")}
          error={f?.errors.expected}
          required
        />
      </div>
      <TextArea
        label="Ghi chú, nội dung chính"
        name="notes"
        value={v("notes", m?.notes ?? "")}
        error={f?.errors.notes}
        rows={3}
      />
    </>
  );
};
