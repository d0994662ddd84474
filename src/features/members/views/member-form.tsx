import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Button, Card, Field, FormErrors, PostForm, Select } from "../../../ui/components";
import { PageTitle } from "../../../ui/layout";
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
}> = ({ v, e, positions, create }) => (
  <>
    <Field label="Họ và tên" name="fullName" value={v.fullName} error={e.fullName} required maxlength={120} />
    <Field
      label="Số thẻ đảng viên"
      name="cardNumber"
      value={v.cardNumber}
      error={e.cardNumber}
      required
      maxlength={40}
    />
    {create && (
      <Field
        label="Mã chi bộ"
        name="unitCode"
        value={v.unitCode}
        error={e.unitCode ?? e.unitId}
        required
        hint="Mã của chi bộ hoặc tổ đảng nơi đảng viên sinh hoạt."
      />
    )}
    <Field
      label="Ngày sinh"
      name="birthDate"
      value={v.birthDate}
      error={e.birthDate}
      hint="dd/mm/yyyy"
      inputmode="numeric"
    />
    <Select
      label="Giới tính"
      name="gender"
      value={v.gender ?? ""}
      options={[{ value: "", label: "—" }, ...GENDERS.map((g) => ({ value: g, label: GENDER_LABEL[g] }))]}
      error={e.gender}
    />
    <Field
      label="Ngày vào Đảng"
      name="joinDate"
      value={v.joinDate}
      error={e.joinDate}
      hint="dd/mm/yyyy"
      inputmode="numeric"
    />
    <Field
      label="Ngày chính thức"
      name="officialDate"
      value={v.officialDate}
      error={e.officialDate}
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

export const NewMemberPage: FC<{ ctx: Ctx; form: FormState }> = ({ ctx, form }) => (
  <>
    <p>
      <a href={`/t/${ctx.tenant.slug}/members`}>‹ Đảng viên</a>
    </p>
    <PageTitle title="Thêm đảng viên" subtitle="Nhóm 1 hoặc nhóm 2 được xác định theo chức vụ." />
    <Card>
      <FormErrors errors={form.errors} message={Object.keys(form.errors).length ? undefined : form.message} />
      <PostForm action={`/t/${ctx.tenant.slug}/members`}>
        <MemberFields v={form.values} e={form.errors} positions={form.positions ?? []} create />
        <Button>Thêm đảng viên</Button>
      </PostForm>
    </Card>
  </>
);
