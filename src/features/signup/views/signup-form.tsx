import type { Child, FC } from "hono/jsx";
import { Alert, Button, Card, Field, FormErrors, Hidden, PostForm, Select } from "../../../ui/components";
import type { FieldProps } from "../../../ui/components";
import { labelsOf } from "../../../ui/form-kit";
import { PageTitle } from "../../../ui/layout";
import type { Challenge } from "../signup-challenge.rules";
import { COMMITTEE_KINDS, MEMBER_CAP_UNVERIFIED, PROVINCES } from "../signup.inputs";

/** One titled card of the form, its fields stacked. */
const FormSection: FC<{ title: string; children?: Child }> = ({ title, children }) => (
  <Card title={title}>
    <div class="form">{children}</div>
  </Card>
);

export const SignupForm: FC<{
  challenge: Challenge;
  values?: Record<string, string>;
  errors?: Record<string, string>;
  message?: string | undefined;
}> = ({ challenge, values = {}, errors = {}, message }) => {
  // Every field is required and shows the value typed (passwords are never sent back) and its error.
  const F = (p: Omit<FieldProps, "value" | "error" | "required">) => (
    <Field {...p} value={values[p.name]} error={errors[p.name]} required />
  );
  const choose = (options: readonly string[]) => [
    { value: "", label: "— Chọn —" },
    ...options.map((o) => ({ value: o, label: o })),
  ];
  const fields = (
    <PostForm action="/dang-ky">
      <FormSection title="Đơn vị">
        {F({
          label: "Tên cấp ủy",
          name: "name",
          hint: "Ví dụ: Đảng ủy Khối các cơ quan tỉnh Vĩnh Long",
          maxlength: 200,
        })}
        <Select
          label="Loại cấp ủy"
          name="kind"
          value={values.kind}
          error={errors.kind}
          required
          options={choose(COMMITTEE_KINDS.map((k) => k.label))}
        />
        <Select
          label="Thuộc tỉnh, thành phố"
          name="province"
          value={values.province}
          error={errors.province}
          required
          options={choose(PROVINCES)}
        />
        {F({
          label: "Địa chỉ truy cập",
          name: "slug",
          hint: "Chữ thường không dấu, số, gạch ngang; 3–40 ký tự. Trang của đơn vị sẽ là /t/<địa chỉ>, ví dụ /t/duk-vinh-long.",
          maxlength: 40,
          autocomplete: "off",
        })}
      </FormSection>
      <FormSection title="Người liên hệ">
        {F({ label: "Họ và tên", name: "contactName", autocomplete: "name", maxlength: 120 })}
        {F({
          label: "Số điện thoại",
          name: "contactPhone",
          type: "tel",
          inputmode: "tel",
          hint: "Cán bộ vận hành gọi số này để xác minh đơn vị.",
          autocomplete: "tel",
        })}
      </FormSection>
      <FormSection title="Tài khoản quản trị đầu tiên">
        {F({
          label: "Tên đăng nhập",
          name: "adminLogin",
          hint: "Số điện thoại, e-mail hoặc tên viết liền không dấu.",
          autocomplete: "username",
        })}
        {F({
          label: "Mật khẩu",
          name: "password",
          type: "password",
          hint: "Ít nhất 8 ký tự, có cả chữ và số.",
          autocomplete: "new-password",
        })}
        {F({
          label: "Nhập lại mật khẩu",
          name: "passwordConfirm",
          type: "password",
          autocomplete: "new-password",
        })}
      </FormSection>
      <FormSection title="Câu hỏi kiểm tra">
        <Hidden name="challengeToken" value={challenge.token} />
        {F({
          label: challenge.question,
          name: "challengeAnswer",
          inputmode: "numeric",
          hint: "Trả lời bằng chữ số, ví dụ 7.",
          autocomplete: "off",
          maxlength: 3,
        })}
        <Button>Đăng ký và vào hệ thống</Button>
      </FormSection>
    </PostForm>
  );
  return (
    <div class="narrow">
      <PageTitle
        title="Đăng ký đơn vị sử dụng"
        subtitle="Dành cho tỉnh ủy, thành ủy, đảng ủy khối và các cấp ủy muốn triển khai mô hình trên hệ thống"
      />
      <Alert kind="info">
        Đơn vị dùng được ngay sau khi đăng ký. Trong lúc chờ cán bộ vận hành xác minh (qua số điện thoại liên
        hệ), đơn vị quản lý được tối đa {MEMBER_CAP_UNVERIFIED} đảng viên.
      </Alert>
      <FormErrors errors={errors} message={message} labels={labelsOf(fields)} />
      {fields}
      <p class="hint">
        Đã có đơn vị? <a href="/#dang-nhap">Đăng nhập</a>.
      </p>
    </div>
  );
};
