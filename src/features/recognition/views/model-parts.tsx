import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Button, Card, Empty, Field, FormErrors, Hidden, PostForm, Select } from "../../../ui/components";
import { formatDateTime, formatNumber } from "../../../ui/format";
import { MAX_FILE_BYTES, type ModelDetailOut, STATUS_LABEL } from "../models.inputs";
import { Checkbox, StatusBadge } from "./parts";
import { opts } from "../../../ui/registry-views";
import type { FormState } from "../../../platform/pages";

/** The model's years, and (managers) the form to set one. */
export const YearsCard: FC<{ ctx: Ctx; m: ModelDetailOut; panel?: FormState | undefined }> = ({
  ctx,
  m,
  panel,
}) => {
  const here = `/t/${ctx.tenant.slug}/exemplars/${m.id}`;
  const manager = ctx.actor.role !== "member";
  const err = () => panel;
  const unitName = new Map(m.replicatedUnits.map((u) => [u.id, u.name]));
  const year = new Date(ctx.now).getUTCFullYear();
  return (
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
        <details class="panel" open={!!err()}>
          <summary>Ghi tình trạng một năm</summary>
          <div>
            <FormErrors errors={err()?.errors} message={err()?.message} />
            <PostForm action={`${here}/years`}>
              <Hidden name="version" value={m.version} />
              <Field
                label="Năm"
                name="year"
                type="number"
                inputmode="numeric"
                value={err()?.values.year ?? year}
                error={err()?.errors.year}
                required
              />
              <Select
                label="Tình trạng"
                name="status"
                value={err()?.values.status ?? "maintained"}
                options={opts(STATUS_LABEL)}
                error={err()?.errors.status}
              />
              <Checkbox
                name="exemplary"
                label="Mô hình điển hình, tiêu biểu trong năm"
                checked={err()?.values.exemplary === "1"}
              />
              <Field
                label="Nhân rộng đến (mã đơn vị, cách nhau bởi dấu phẩy)"
                name="replicatedCodes"
                value={err()?.values.replicatedCodes}
                error={err()?.errors.replicatedTo}
              />
              <Field
                label="Ghi chú"
                name="note"
                value={err()?.values.note}
                error={err()?.errors.note}
                maxlength={1000}
              />
              <Button>Lưu tình trạng</Button>
            </PostForm>
          </div>
        </details>
      )}
    </Card>
  );
};

/** Evidence files: list, download, delete, upload. */
export const FilesCard: FC<{ m: ModelDetailOut; here: string; panel?: FormState | undefined }> = ({
  m,
  here,
  panel,
}) => {
  const err = () => panel;
  return (
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
      <FormErrors errors={err()?.errors} message={err()?.message} />
      <PostForm action={`${here}/files`} enctype="multipart/form-data">
        <div class={`field ${err() ? "field-error" : ""}`}>
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
  );
};
