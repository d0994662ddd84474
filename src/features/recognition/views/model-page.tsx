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
  LinkButton,
  PostForm,
  Select,
  TextArea,
} from "../../../ui/components";
import { PageTitle } from "../../../ui/layout";
import { FORM_LABEL, LEVEL_LABEL } from "../commendations.inputs";
import { FIELD_LABEL, KIND_LABEL, type ModelDetailOut } from "../models.inputs";
import { FilesCard, YearsCard } from "./model-parts";
import { Checkbox } from "./parts";
import { opts } from "../../../ui/registry-views";
import type { FormState } from "../../../platform/pages";

export type ModelPanel = FormState & { form: "update" | "year" | "file" | "delete" };

const DONE: Record<string, string> = {
  created: "Đã thêm mô hình.",
  update: "Đã lưu thay đổi.",
  year: "Đã cập nhật tình trạng năm.",
  "year-deleted": "Đã xóa tình trạng của năm.",
  file: "Đã tải lên tệp minh chứng.",
  "file-deleted": "Đã xóa tệp minh chứng.",
};

export const ModelPage: FC<{
  ctx: Ctx;
  m: ModelDetailOut;
  panel?: ModelPanel | undefined;
  done?: string | undefined;
}> = ({ ctx, m, panel, done }) => {
  const base = `/t/${ctx.tenant.slug}/exemplars`;
  const here = `${base}/${m.id}`;
  const manager = ctx.actor.role !== "member";
  const err = (f: ModelPanel["form"]) => (panel?.form === f ? panel : undefined);
  return (
    <>
      <Breadcrumbs items={[{ href: base, label: "Mô hình" }, { label: m.title }]} />
      <PageTitle title={m.title} subtitle={`${KIND_LABEL[m.kind]} · ${m.unitName}`}>
        {m.current?.exemplary && <Badge tone="accent">Điển hình {m.current.year}</Badge>}
        {m.published && <Badge tone="good">Đã công bố</Badge>}
      </PageTitle>
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      {panel?.message && !Object.keys(panel.errors).length && <Alert kind="error">{panel.message}</Alert>}

      <Card title="Thông tin mô hình">
        <dl class="kv">
          <dt>Loại</dt>
          <dd>
            {KIND_LABEL[m.kind]}
            {m.memberName ? `: ${m.memberName}` : ""}
          </dd>
          <dt>Đơn vị</dt>
          <dd>
            {m.unitName} (mã {m.unitCode})
          </dd>
          <dt>Lĩnh vực</dt>
          <dd>{FIELD_LABEL[m.field]}</dd>
          <dt>Năm bắt đầu</dt>
          <dd>{m.startYear}</dd>
          <dt>Mô tả</dt>
          <dd>{m.description || "—"}</dd>
        </dl>
      </Card>

      <YearsCard ctx={ctx} m={m} panel={err("year")} />

      <FilesCard m={m} here={here} panel={err("file")} />

      <Card title={`Khen thưởng (${m.commendations.length})`}>
        {m.commendations.length === 0 ? (
          <Empty>Chưa có khen thưởng.</Empty>
        ) : (
          <ul class="list">
            {m.commendations.map((c) => (
              <li>
                <span>
                  {manager ? (
                    <a href={`/t/${ctx.tenant.slug}/commendations/${c.id}`}>{FORM_LABEL[c.form]}</a>
                  ) : (
                    FORM_LABEL[c.form]
                  )}{" "}
                  {c.issuer} ({LEVEL_LABEL[c.level]}) năm {c.year}
                  {c.decisionNumber && <span class="meta"> · QĐ số {c.decisionNumber}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
        {manager && (
          <LinkButton href={`/t/${ctx.tenant.slug}/commendations/new?model=${m.id}`}>
            Ghi khen thưởng cho mô hình
          </LinkButton>
        )}
      </Card>

      <details class="panel" open={!!err("update")}>
        <summary>Sửa thông tin</summary>
        <div>
          <FormErrors errors={err("update")?.errors} message={err("update")?.message} />
          <PostForm action={`${here}/update`}>
            <Hidden name="version" value={m.version} />
            <Field
              label="Tên mô hình"
              name="title"
              value={err("update")?.values.title ?? m.title}
              error={err("update")?.errors.title}
              required
              maxlength={300}
            />
            <TextArea
              label="Mô tả"
              name="description"
              value={err("update")?.values.description ?? m.description}
              error={err("update")?.errors.description}
              maxlength={5000}
            />
            <Select
              label="Lĩnh vực"
              name="field"
              value={err("update")?.values.field ?? m.field}
              options={opts(FIELD_LABEL)}
              error={err("update")?.errors.field}
            />
            {manager && (
              <>
                <Field
                  label="Năm bắt đầu"
                  name="startYear"
                  type="number"
                  inputmode="numeric"
                  value={err("update")?.values.startYear ?? m.startYear}
                  error={err("update")?.errors.startYear}
                />
                <Checkbox
                  name="published"
                  label="Công bố trên trang “Gương người tốt, việc tốt”"
                  checked={err("update") ? err("update")?.values.published === "1" : m.published}
                  hint="Chỉ mô hình đã được ghi nhận điển hình mới được công bố."
                />
              </>
            )}
            <Button>Lưu</Button>
          </PostForm>
        </div>
      </details>

      {manager && (
        <details class="panel" open={!!err("delete")}>
          <summary>Xóa mô hình</summary>
          <div>
            <FormErrors errors={err("delete")?.errors} message={err("delete")?.message} />
            <p>Xóa mô hình cùng các năm và tệp minh chứng. Mô hình đã có khen thưởng thì không xóa được.</p>
            <PostForm action={`${here}/delete`}>
              <Hidden name="version" value={m.version} />
              <Button kind="danger">Xóa mô hình</Button>
            </PostForm>
          </div>
        </details>
      )}
    </>
  );
};
