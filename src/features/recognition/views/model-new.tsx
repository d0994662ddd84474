import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Field, Select, TextArea } from "../../../ui/components";
import { FormCard, PageHead, bindState } from "../../../ui/form-kit";
import { FIELD_LABEL, KIND_LABEL, STATUS_LABEL } from "../models.inputs";
import { YearMarks } from "./parts";
import { opts } from "../../../ui/registry-views";
import type { FormState } from "../../../platform/pages";

export const ModelNew: FC<{ ctx: Ctx; form?: FormState | undefined }> = ({ ctx, form }) => {
  const base = `/t/${ctx.tenant.slug}/exemplars`;
  const f = bindState(form);
  const year = String(new Date(ctx.now).getUTCFullYear());
  return (
    <>
      <PageHead
        crumbs={[{ href: base, label: "Mô hình" }, { label: "Thêm mô hình" }]}
        title="Thêm mô hình"
        subtitle="Mô hình tập thể của một tổ chức đảng, hoặc mô hình cá nhân của một đảng viên"
      />
      <FormCard action={base} errors={form?.errors} message={form?.message} submit="Thêm mô hình">
        <Select label="Loại mô hình" {...f("kind", "collective")} options={opts(KIND_LABEL)} required />
        <Field label="Mã đơn vị (mô hình tập thể)" {...f("unitCode", undefined, "unitId")} maxlength={40} />
        <Field
          label="Số thẻ đảng viên (mô hình cá nhân)"
          {...f("memberCard", undefined, "memberId")}
          maxlength={30}
        />
        <Field label="Tên mô hình" {...f("title")} required maxlength={300} />
        <TextArea label="Mô tả, cách làm" {...f("description")} maxlength={5000} />
        <Select label="Lĩnh vực" {...f("field", "study")} options={opts(FIELD_LABEL)} />
        <Field label="Năm bắt đầu" {...f("startYear", year)} type="number" inputmode="numeric" required />
        <h2>Tình trạng năm đầu tiên được ghi (không bắt buộc)</h2>
        <Field
          label="Năm"
          {...f("year", year)}
          error={f("firstYear.year").error}
          type="number"
          inputmode="numeric"
        />
        <Select
          label="Tình trạng"
          {...f("status", "new")}
          error={f("firstYear.status").error}
          options={opts(STATUS_LABEL, "Chưa ghi")}
        />
        <YearMarks f={f} replicatedError={f("replicatedCodes", undefined, "firstYear.replicatedTo").error} />
      </FormCard>
    </>
  );
};
