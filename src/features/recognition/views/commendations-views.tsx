import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Card, Field, Hidden, Select, TextArea } from "../../../ui/components";
import { type Binder, FormCard, PageHead, bindFields, bindState } from "../../../ui/form-kit";
import { formatIsoDate } from "../../../ui/format";
import { RecordAlerts, RecordPanels, opts } from "../../../ui/registry-views";
import type { FormState } from "../../../platform/pages";
import type { Panel } from "../../../platform/registry/pages";
import {
  type CommendationOut,
  FORM_LABEL,
  LEVEL_LABEL,
  SUBJECT_KIND_LABEL,
  SUBJECT_TYPE_LABEL,
} from "../commendations.inputs";

const Fields: FC<{ f: Binder }> = ({ f }) => (
  <>
    <Select label="Cấp khen thưởng" {...f("level", "district")} options={opts(LEVEL_LABEL)} required />
    <Select label="Hình thức" {...f("form", "giay_khen")} options={opts(FORM_LABEL)} required />
    <Field label="Số quyết định" {...f("decisionNumber")} maxlength={60} />
    <Field label="Ngày quyết định (dd/mm/yyyy)" {...f("decisionDate")} maxlength={10} />
    <Field label="Cơ quan ban hành" {...f("issuer")} required maxlength={200} />
    <Field
      label="Năm khen thưởng"
      {...f("year")}
      type="number"
      inputmode="numeric"
      hint="Để trống: lấy theo năm của ngày quyết định."
    />
    <TextArea label="Nội dung thành tích" {...f("content")} maxlength={2000} />
  </>
);

export const CommendationNew: FC<{
  ctx: Ctx;
  model?: { id: string; title: string } | undefined;
  form?: FormState | undefined;
}> = ({ ctx, model, form }) => {
  const base = `/t/${ctx.tenant.slug}/commendations`;
  const f = bindState(form);
  return (
    <>
      <PageHead
        crumbs={[{ href: base, label: "Khen thưởng" }, { label: "Ghi khen thưởng" }]}
        title={model ? `Khen thưởng mô hình “${model.title}”` : "Ghi khen thưởng"}
      />
      <FormCard action={base} errors={form?.errors} message={form?.message} submit="Ghi khen thưởng">
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
              value={f("subjectType", "member").value}
              options={[
                { value: "member", label: "Đảng viên (cá nhân)" },
                { value: "unit", label: "Tổ chức đảng (tập thể)" },
              ]}
            />
            <Field label="Số thẻ đảng viên (khen cá nhân)" {...f("memberCard")} maxlength={30} />
            <Field label="Mã đơn vị (khen tập thể)" {...f("unitCode")} maxlength={40} />
            <p class="hint">
              Để khen thưởng một mô hình, mở trang của mô hình và chọn “Ghi khen thưởng cho mô hình”.
            </p>
          </>
        )}
        <Fields f={f} />
      </FormCard>
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
      <PageHead
        crumbs={[{ href: base, label: "Khen thưởng" }, { label: c.subjectName }]}
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
        <RecordPanels
          href={`${base}/${c.id}`}
          version={c.version}
          panel={panel}
          editTitle="Sửa khen thưởng"
          deleteTitle="Xóa khen thưởng"
        >
          <Fields f={bindFields(v, edit?.errors)} />
        </RecordPanels>
      )}
    </>
  );
};

const DONE: Record<string, string> = { update: "Đã lưu thay đổi.", created: "Đã ghi khen thưởng." };
