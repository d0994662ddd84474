import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Field, Select } from "../../../ui/components";
import { FormCard, PageHead, bindFields, plainMessage } from "../../../ui/form-kit";
import { GENDERS, GENDER_LABEL } from "../members.inputs";
import { GOV_POSITIONS, PARTY_POSITIONS } from "../members-positions.rules";

export interface FormState {
  values: Record<string, string>;
  /** Checked position codes. */
  positions?: string[];
  errors: Record<string, string>;
  message?: string;
}

const Checkboxes: FC<{ legend: string; defs: typeof PARTY_POSITIONS; checked: string[]; error?: string }> = (
  p,
) => (
  <fieldset class={`checks ${p.error ? "field-error" : ""}`}>
    <legend>{p.legend}</legend>
    {p.defs.map((d) => (
      <label>
        <input type="checkbox" name="positions" value={d.code} checked={p.checked.includes(d.code)} />{" "}
        {d.label}
      </label>
    ))}
    {p.error && <p class="error-text">{p.error}</p>}
  </fieldset>
);

/** The fields shared by the create and edit forms (dates as dd/mm/yyyy). */
export const MemberFields: FC<{
  v: Record<string, string>;
  e: Record<string, string>;
  positions: string[];
  create?: boolean;
}> = ({ v, e, positions, create }) => {
  const f = bindFields(v, e);
  return (
    <>
      <Field label="Họ và tên" {...f("fullName")} required maxlength={120} />
      <Field label="Số thẻ đảng viên" {...f("cardNumber")} required maxlength={40} />
      {create && (
        <Field
          label="Mã chi bộ"
          {...f("unitCode", undefined, "unitId")}
          required
          hint="Mã của chi bộ hoặc tổ đảng nơi đảng viên sinh hoạt."
        />
      )}
      <Field label="Ngày sinh" {...f("birthDate")} hint="dd/mm/yyyy" inputmode="numeric" />
      <Select
        label="Giới tính"
        {...f("gender", "")}
        options={[{ value: "", label: "—" }, ...GENDERS.map((g) => ({ value: g, label: GENDER_LABEL[g] }))]}
      />
      <Field label="Ngày vào Đảng" {...f("joinDate")} hint="dd/mm/yyyy" inputmode="numeric" />
      <Field
        label="Ngày chính thức"
        {...f("officialDate")}
        hint="dd/mm/yyyy; để trống nếu còn dự bị."
        inputmode="numeric"
      />
      <Checkboxes legend="Chức vụ Đảng" defs={PARTY_POSITIONS} checked={positions} error={e.partyPositions} />
      <Checkboxes
        legend="Chức vụ chính quyền"
        defs={GOV_POSITIONS}
        checked={positions}
        error={e.govPositions}
      />
    </>
  );
};

export const NewMemberPage: FC<{ ctx: Ctx; form: FormState }> = ({ ctx, form }) => (
  <>
    <PageHead
      back={{ href: `/t/${ctx.tenant.slug}/members`, label: "Đảng viên" }}
      title="Thêm đảng viên"
      subtitle="Nhóm 1 hoặc nhóm 2 được xác định theo chức vụ."
    />
    <FormCard
      action={`/t/${ctx.tenant.slug}/members`}
      errors={form.errors}
      message={plainMessage(form.errors, form.message)}
      submit="Thêm đảng viên"
    >
      <MemberFields v={form.values} e={form.errors} positions={form.positions ?? []} create />
    </FormCard>
  </>
);
