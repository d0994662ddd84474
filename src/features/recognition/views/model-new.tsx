import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Breadcrumbs,
  Button,
  Card,
  Field,
  FormErrors,
  PostForm,
  Select,
  TextArea,
} from "../../../ui/components";
import { PageTitle } from "../../../ui/layout";
import { FIELD_LABEL, KIND_LABEL, STATUS_LABEL } from "../models.inputs";
import { Checkbox } from "./parts";
import { opts } from "../../../ui/registry-views";
import type { FormState } from "../../../platform/pages";

export const ModelNew: FC<{ ctx: Ctx; form?: FormState | undefined }> = ({ ctx, form }) => {
  const base = `/t/${ctx.tenant.slug}/exemplars`;
  const v = form?.values ?? {};
  const e = form?.errors ?? {};
  const year = String(new Date(ctx.now).getUTCFullYear());
  return (
    <>
      <Breadcrumbs items={[{ href: base, label: "Mô hình" }, { label: "Thêm mô hình" }]} />
      <PageTitle
        title="Thêm mô hình"
        subtitle="Mô hình tập thể của một tổ chức đảng, hoặc mô hình cá nhân của một đảng viên"
      />
      <Card>
        <FormErrors errors={e} message={form?.message} />
        <PostForm action={base}>
          <Select
            label="Loại mô hình"
            name="kind"
            value={v.kind ?? "collective"}
            options={opts(KIND_LABEL)}
            error={e.kind}
            required
          />
          <Field
            label="Mã đơn vị (mô hình tập thể)"
            name="unitCode"
            value={v.unitCode}
            error={e.unitCode ?? e.unitId}
            maxlength={40}
          />
          <Field
            label="Số thẻ đảng viên (mô hình cá nhân)"
            name="memberCard"
            value={v.memberCard}
            error={e.memberCard ?? e.memberId}
            maxlength={30}
          />
          <Field label="Tên mô hình" name="title" value={v.title} error={e.title} required maxlength={300} />
          <TextArea
            label="Mô tả, cách làm"
            name="description"
            value={v.description}
            error={e.description}
            maxlength={5000}
          />
          <Select
            label="Lĩnh vực"
            name="field"
            value={v.field ?? "study"}
            options={opts(FIELD_LABEL)}
            error={e.field}
          />
          <Field
            label="Năm bắt đầu"
            name="startYear"
            type="number"
            inputmode="numeric"
            value={v.startYear ?? year}
            error={e.startYear}
            required
          />
          <h2>Tình trạng năm đầu tiên được ghi (không bắt buộc)</h2>
          <Field
            label="Năm"
            name="year"
            type="number"
            inputmode="numeric"
            value={v.year ?? year}
            error={e["firstYear.year"]}
          />
          <Select
            label="Tình trạng"
            name="status"
            value={v.status ?? "new"}
            options={opts(STATUS_LABEL, "Chưa ghi")}
            error={e["firstYear.status"]}
          />
          <Checkbox
            name="exemplary"
            label="Mô hình điển hình, tiêu biểu trong năm"
            checked={v.exemplary === "1"}
          />
          <Field
            label="Nhân rộng đến (mã đơn vị, cách nhau bởi dấu phẩy)"
            name="replicatedCodes"
            value={v.replicatedCodes}
            error={e.replicatedCodes ?? e["firstYear.replicatedTo"]}
          />
          <Button>Thêm mô hình</Button>
        </PostForm>
      </Card>
    </>
  );
};
