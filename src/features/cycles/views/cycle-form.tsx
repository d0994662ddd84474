import type { FC } from "hono/jsx";
import { Button, Field, FormErrors, Hidden, PostForm, Select } from "../../../ui/components";
import { CHECKPOINT_LABEL, CHECKPOINT_MODES, type CycleOut } from "../cycles.inputs";
import { defaultDates } from "../cycles.rules";
import { bindState } from "../../../ui/form-kit";

export interface CycleFormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  message?: string | undefined;
}

/** The cycle's settings, as form values (a new cycle starts from the usual calendar). */
export function cycleValues(c: CycleOut | null, year: number): Record<string, string> {
  const d = c ?? {
    ...defaultDates(year),
    checkpointMode: "three",
    minItems: 4,
    gating: false,
    reminderDays: [7, 3, 1],
  };
  return {
    year: String(year),
    exemplarDeadline: d.exemplarDeadline,
    followerDeadline: d.followerDeadline,
    midyearFrom: d.midyearFrom,
    midyearTo: d.midyearTo,
    annualFrom: d.annualFrom,
    annualTo: d.annualTo,
    checkpointMode: d.checkpointMode,
    minItems: String(d.minItems),
    gating: d.gating ? "1" : "",
    reminderDays: d.reminderDays.join(", "),
  };
}

/** Opening or editing a cycle; the same fields as the API. */
export const CycleForm: FC<{
  action: string;
  state: CycleFormState;
  withYear: boolean;
  version?: number | undefined;
  submit: string;
}> = ({ action, state, withYear, version, submit }) => {
  const f = bindState(state);
  const date = (name: string, label: string, hint?: string) => (
    <Field label={label} {...f(name)} type="date" hint={hint} required />
  );
  return (
    <PostForm action={action}>
      <FormErrors errors={state.errors} message={state.message} />
      {version !== undefined && <Hidden name="version" value={version} />}
      {withYear && <Field label="Năm" {...f("year")} inputmode="numeric" required />}
      {date("exemplarDeadline", "Hạn nộp kế hoạch nhóm 1", "Nhóm 1 nộp trước (trên trước, dưới sau).")}
      {date("followerDeadline", "Hạn nộp kế hoạch nhóm 2")}
      <div class="grid grid-2">
        {date("midyearFrom", "Sơ kết 6 tháng: từ ngày")}
        {date("midyearTo", "đến ngày")}
        {date("annualFrom", "Tổng kết năm: từ ngày")}
        {date("annualTo", "đến ngày")}
      </div>
      <Select
        label="Chế độ kiểm điểm"
        {...f("checkpointMode")}
        options={CHECKPOINT_MODES.map((m) => ({ value: m, label: CHECKPOINT_LABEL[m] }))}
      />
      <Field label="Số nội dung tối thiểu của kế hoạch" {...f("minItems")} inputmode="numeric" />
      <Field
        label="Nhắc trước hạn (số ngày)"
        {...f("reminderDays", undefined, "reminderDays.0")}
        hint="Các mốc cách nhau bằng dấu phẩy, ví dụ 7, 3, 1."
      />
      <label class="check-line">
        <input type="checkbox" name="gating" value="1" checked={f("gating").value === "1"} /> Nhóm 2 chỉ nộp
        sau khi nhóm 1 của chi bộ đã nộp đủ
      </label>
      <Button>{submit}</Button>
    </PostForm>
  );
};
