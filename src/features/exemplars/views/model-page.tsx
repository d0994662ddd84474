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
import { formatDateTime, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { FORM_LABEL, LEVEL_LABEL } from "../../commendations/commendations.inputs";
import {
  FIELD_LABEL,
  KIND_LABEL,
  MAX_FILE_BYTES,
  type ModelDetailOut,
  STATUS_LABEL,
} from "../exemplars.inputs";
import { Checkbox, type FormState, StatusBadge, opts } from "./parts";

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
  const unitName = new Map(m.replicatedUnits.map((u) => [u.id, u.name]));
  const year = new Date(ctx.now).getUTCFullYear();
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

      <Card title="Tình trạng theo năm">
        {m.years.length === 0 ? (
          <Empty>Chưa ghi tình trạng năm nào.</Empty>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Năm</th>
                  <th>Tình trạng</th>
                  <th>Điển hình</th>
                  <th>Nhân rộng đến</th>
                  <th>Ghi chú</th>
                  {manager && <th />}
                </tr>
              </thead>
              <tbody>
                {[...m.years].reverse().map((y) => (
                  <tr>
                    <td>{y.year}</td>
                    <td>
                      <StatusBadge status={y.status} />
                    </td>
                    <td>{y.exemplary ? "Có" : ""}</td>
                    <td>{y.replicatedTo.map((id) => unitName.get(id) ?? "—").join(", ")}</td>
                    <td>{y.note}</td>
                    {manager && (
                      <td>
                        <PostForm action={`${here}/years/delete`} class="form-inline">
                          <Hidden name="version" value={m.version} />
                          <Hidden name="year" value={y.year} />
                          <Button kind="secondary">Xóa</Button>
                        </PostForm>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {manager && (
          <details class="panel" open={!!err("year")}>
            <summary>Ghi tình trạng một năm</summary>
            <div>
              <FormErrors errors={err("year")?.errors} message={err("year")?.message} />
              <PostForm action={`${here}/years`}>
                <Hidden name="version" value={m.version} />
                <Field
                  label="Năm"
                  name="year"
                  type="number"
                  inputmode="numeric"
                  value={err("year")?.values.year ?? year}
                  error={err("year")?.errors.year}
                  required
                />
                <Select
                  label="Tình trạng"
                  name="status"
                  value={err("year")?.values.status ?? "maintained"}
                  options={opts(STATUS_LABEL)}
                  error={err("year")?.errors.status}
                />
                <Checkbox
                  name="exemplary"
                  label="Mô hình điển hình, tiêu biểu trong năm"
                  checked={err("year")?.values.exemplary === "1"}
                />
                <Field
                  label="Nhân rộng đến (mã đơn vị, cách nhau bởi dấu phẩy)"
                  name="replicatedCodes"
                  value={err("year")?.values.replicatedCodes}
                  error={err("year")?.errors.replicatedTo}
                />
                <Field
                  label="Ghi chú"
                  name="note"
                  value={err("year")?.values.note}
                  error={err("year")?.errors.note}
                  maxlength={1000}
                />
                <Button>Lưu tình trạng</Button>
              </PostForm>
            </div>
          </details>
        )}
      </Card>

      <Card title={`Minh chứng (${m.files.length})`}>
        {m.files.length === 0 ? (
          <Empty>Chưa có tệp minh chứng.</Empty>
        ) : (
          <ul class="list">
            {m.files.map((f) => (
              <li>
                <span>
                  <a href={`${here}/files/${f.id}`}>{f.fileName}</a>
                  <br />
                  <span class="meta">
                    {formatNumber(Math.ceil(f.size / 1024))} KB · {f.uploadedByLabel} ·{" "}
                    {formatDateTime(f.createdAt)}
                  </span>
                </span>
                <PostForm action={`${here}/files/${f.id}/delete`} class="form-inline">
                  <Button kind="secondary">Xóa</Button>
                </PostForm>
              </li>
            ))}
          </ul>
        )}
        <FormErrors errors={err("file")?.errors} message={err("file")?.message} />
        <PostForm action={`${here}/files`} enctype="multipart/form-data">
          <div class={`field ${err("file") ? "field-error" : ""}`}>
            <label for="f-file">
              Thêm tệp (ảnh JPEG, PNG, WebP hoặc PDF, tối đa {MAX_FILE_BYTES / 1024 / 1024} MB)
            </label>
            <input
              id="f-file"
              type="file"
              name="file"
              accept="image/jpeg,image/png,image/webp,application/pdf"
              required
            />
          </div>
          <Button kind="secondary">Tải lên</Button>
        </PostForm>
      </Card>

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
