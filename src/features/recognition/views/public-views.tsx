import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Alert,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Empty,
  Field,
  FormErrors,
  Hidden,
  PostForm,
  TextArea,
} from "../../../ui/components";
import { PageTitle } from "../../../ui/layout";
import { FIELD_LABEL, KIND_LABEL } from "../models.inputs";
import type { PublicPage, Settings } from "../recognition-public.service";
import { Checkbox } from "./parts";
import type { FormState } from "../../../platform/pages";

export const SettingsPage: FC<{ ctx: Ctx; s: Settings; form?: FormState | undefined; done?: boolean }> = ({
  ctx,
  s,
  form,
  done,
}) => {
  const base = `/t/${ctx.tenant.slug}`;
  const v = form?.values;
  return (
    <>
      <Breadcrumbs items={[{ href: `${base}/exemplars`, label: "Mô hình" }, { label: "Trang công khai" }]} />
      <PageTitle
        title="Trang “Gương người tốt, việc tốt”"
        subtitle="Trang công khai, không cần đăng nhập, chỉ gồm các mô hình điển hình được chọn công bố"
      />
      {done && <Alert kind="success">Đã lưu cài đặt.</Alert>}
      <Card>
        <p>
          Địa chỉ trang: <a href={`${base}/guong-nguoi-tot`}>{`${base}/guong-nguoi-tot`}</a>. Trang chỉ hiện
          tên, mô tả của mô hình, đơn vị và (với mô hình cá nhân) họ tên người thực hiện. Chọn mô hình để công
          bố ở trang của từng mô hình.
        </p>
        <FormErrors errors={form?.errors} message={form?.message} />
        <PostForm action={`${base}/exemplars/settings`}>
          <Hidden name="version" value={s.version} />
          <Checkbox
            name="publicPage"
            label="Bật trang công khai"
            checked={v ? v.publicPage === "1" : s.publicPage}
          />
          <Field
            label="Tiêu đề trang"
            name="publicTitle"
            value={v?.publicTitle ?? s.publicTitle}
            error={form?.errors.publicTitle}
            maxlength={200}
            hint="Để trống: “Gương người tốt, việc tốt — tên đơn vị”."
          />
          <TextArea
            label="Lời giới thiệu"
            name="publicIntro"
            value={v?.publicIntro ?? s.publicIntro}
            error={form?.errors.publicIntro}
            maxlength={2000}
          />
          <Button>Lưu</Button>
        </PostForm>
      </Card>
    </>
  );
};

export const PublicExemplars: FC<{ data: PublicPage }> = ({ data }) => (
  <>
    <PageTitle title={data.title} subtitle="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" />
    {data.intro && <p>{data.intro}</p>}
    {data.models.length === 0 ? (
      <Empty>Chưa có mô hình nào được công bố.</Empty>
    ) : (
      data.models.map((m) => (
        <Card title={m.title}>
          <p class="muted">
            {KIND_LABEL[m.kind]}
            {m.personName ? `: ${m.personName}` : ""} · {m.unitName} · {FIELD_LABEL[m.field]}
          </p>
          {m.description && <p>{m.description}</p>}
          <p>
            {m.exemplaryYears.map((y) => (
              <>
                <Badge tone="accent">Điển hình {y}</Badge>{" "}
              </>
            ))}
          </p>
        </Card>
      ))
    )}
  </>
);
