import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Badge, Card, Empty, Field, TextArea } from "../../../ui/components";
import { FormCard, PageHead, bindState } from "../../../ui/form-kit";
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
  const f = bindState(form);
  return (
    <>
      <PageHead
        crumbs={[{ href: `${base}/exemplars`, label: "Mô hình" }, { label: "Trang công khai" }]}
        title="Trang “Gương người tốt, việc tốt”"
        subtitle="Trang công khai, không cần đăng nhập, chỉ gồm các mô hình điển hình được chọn công bố"
      />
      {done && <Alert kind="success">Đã lưu cài đặt.</Alert>}
      <FormCard
        intro={
          <p>
            Địa chỉ trang: <a href={`${base}/guong-nguoi-tot`}>{`${base}/guong-nguoi-tot`}</a>. Trang chỉ hiện
            tên, mô tả của mô hình, đơn vị và (với mô hình cá nhân) họ tên người thực hiện. Chọn mô hình để
            công bố ở trang của từng mô hình.
          </p>
        }
        action={`${base}/exemplars/settings`}
        errors={form?.errors}
        message={form?.message}
        version={s.version}
        submit="Lưu"
      >
        <Checkbox
          name="publicPage"
          label="Bật trang công khai"
          checked={form ? form.values.publicPage === "1" : s.publicPage}
        />
        <Field
          label="Tiêu đề trang"
          {...f("publicTitle", s.publicTitle)}
          maxlength={200}
          hint="Để trống: “Gương người tốt, việc tốt — tên đơn vị”."
        />
        <TextArea label="Lời giới thiệu" {...f("publicIntro", s.publicIntro)} maxlength={2000} />
      </FormCard>
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
