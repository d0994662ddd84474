import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Breadcrumbs,
  Button,
  Card,
  Field,
  FormErrors,
  Hidden,
  PostForm,
  Select,
  TextArea,
} from "../../../ui/components";
import { formatIsoDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { DeletePanel, EditPanel, RecordAlerts, opts } from "../../../ui/registry-views";
import type { FormState } from "../../../platform/pages";
import type { Panel } from "../../../platform/registry/pages";
import {
  type CommendationOut,
  FORM_LABEL,
  LEVEL_LABEL,
  SUBJECT_KIND_LABEL,
  SUBJECT_TYPE_LABEL,
} from "../commendations.inputs";

const Fields: FC<{ v: Record<string, string>; e: Record<string, string> }> = ({ v, e }) => (
  <>
    <Select
      label="Cấp khen thưởng"
      name="level"
      value={v.level ?? "district"}
      options={opts(LEVEL_LABEL)}
      error={e.level}
      required
    />
    <Select
      label="Hình thức"
      name="form"
      value={v.form ?? "giay_khen"}
      options={opts(FORM_LABEL)}
      error={e.form}
      required
    />
    <Field
      label="Số quyết định"
      name="decisionNumber"
      value={v.decisionNumber}
      error={e.decisionNumber}
      maxlength={60}
    />
    <Field
      label="Ngày quyết định (dd/mm/yyyy)"
      name="decisionDate"
      value={v.decisionDate}
      error={e.decisionDate}
      maxlength={10}
    />
    <Field
      label="Cơ quan ban hành"
      name="issuer"
      value={v.issuer}
      error={e.issuer}
      required
      maxlength={200}
    />
    <Field
      label="Năm khen thưởng"
      name="year"
      type="number"
      inputmode="numeric"
      value={v.year}
      error={e.year}
      hint="Để trống: lấy theo năm của ngày quyết định."
    />
    <TextArea
      label="Nội dung thành tích"
      name="content"
      value={v.content}
      error={e.content}
      maxlength={2000}
    />
  </>
);

export const CommendationNew: FC<{
  ctx: Ctx;
  model?: { id: string; title: string } | undefined;
  form?: FormState | undefined;
}> = ({ ctx, model, form }) => {
  const base = `/t/${ctx.tenant.slug}/commendations`;
  const v = form?.values ?? {};
  const e = form?.errors ?? {};
  return (
    <>
      <Breadcrumbs items={[{ href: base, label: "Khen thưởng" }, { label: "Ghi khen thưởng" }]} />
      <PageTitle title={model ? `Khen thưởng mô hình “${model.title}”` : "Ghi khen thưởng"} />
      <Card>
        <FormErrors errors={e} message={form?.message} />
        <PostForm action={base}>
          {model ? (
            <>
              <Hidden name="subjectType" value="model" />
              <Hidden name="modelId" value={model.id} />
            </>
          ) : (
            <>
              <Select
                label="Đối tượng"
                name="subjectType"
                value={v.subjectType ?? "member"}
                options={[
                  { value: "member", label: "Đảng viên (cá nhân)" },
                  { value: "unit", label: "Tổ chức đảng (tập thể)" },
                ]}
              />
              <Field
                label="Số thẻ đảng viên (khen cá nhân)"
                name="memberCard"
                value={v.memberCard}
                error={e.memberCard}
                maxlength={30}
              />
              <Field
                label="Mã đơn vị (khen tập thể)"
                name="unitCode"
                value={v.unitCode}
                error={e.unitCode}
                maxlength={40}
              />
              <p class="hint">
                Để khen thưởng một mô hình, mở trang của mô hình và chọn “Ghi khen thưởng cho mô hình”.
              </p>
            </>
          )}
          <Fields v={v} e={e} />
          <Button>Ghi khen thưởng</Button>
        </PostForm>
      </Card>
    </>
  );
};

export const CommendationPage: FC<{
  ctx: Ctx;
  c: CommendationOut;
  panel?: Panel | undefined;
  done?: string | undefined;
}> = ({ ctx, c, panel, done }) => {
  const base = `/t/${ctx.tenant.slug}/commendations`;
  const manager = ctx.actor.role !== "member";
  const edit = panel?.form === "update" ? panel : undefined;
  const v = edit?.values ?? {
    level: c.level,
    form: c.form,
    decisionNumber: c.decisionNumber,
    decisionDate: c.decisionDate ? formatIsoDate(c.decisionDate) : "",
    issuer: c.issuer,
    year: String(c.year),
    content: c.content,
  };
  return (
    <>
      <Breadcrumbs items={[{ href: base, label: "Khen thưởng" }, { label: c.subjectName }]} />
      <PageTitle
        title={`${FORM_LABEL[c.form]}: ${c.subjectName}`}
        subtitle={`${LEVEL_LABEL[c.level]} · năm ${c.year}`}
      />
      <RecordAlerts done={DONE[done ?? ""]} state={panel} />
      <Card>
        <dl class="kv">
          <dt>Đối tượng</dt>
          <dd>
            {SUBJECT_TYPE_LABEL[c.subjectType]} ({SUBJECT_KIND_LABEL[c.subjectKind]}):{" "}
            {c.modelId ? (
              <a href={`/t/${ctx.tenant.slug}/exemplars/${c.modelId}`}>{c.subjectName}</a>
            ) : (
              c.subjectName
            )}
          </dd>
          <dt>Đơn vị</dt>
          <dd>{c.unitName}</dd>
          <dt>Quyết định</dt>
          <dd>
            {c.decisionNumber || "—"}
            {c.decisionDate ? ` ngày ${formatIsoDate(c.decisionDate)}` : ""}
          </dd>
          <dt>Cơ quan ban hành</dt>
          <dd>{c.issuer}</dd>
          <dt>Nội dung thành tích</dt>
          <dd>{c.content || "—"}</dd>
        </dl>
      </Card>
      {manager && (
        <>
          <EditPanel
            action={`${base}/${c.id}/update`}
            version={c.version}
            title="Sửa khen thưởng"
            state={edit}
          >
            <Fields v={v} e={edit?.errors ?? {}} />
          </EditPanel>
          <DeletePanel
            action={`${base}/${c.id}/delete`}
            version={c.version}
            title="Xóa khen thưởng"
            state={panel?.form === "delete" ? panel : undefined}
          />
        </>
      )}
    </>
  );
};

const DONE: Record<string, string> = { update: "Đã lưu thay đổi.", created: "Đã ghi khen thưởng." };
