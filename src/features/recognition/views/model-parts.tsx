import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Button, Card, Empty, Field, PostForm, Select, Table } from "../../../ui/components";
import { ActionButton, FormBody, FormPanel, bindState } from "../../../ui/form-kit";
import { formatDateTime, formatNumber } from "../../../ui/format";
import { MAX_FILE_BYTES, type ModelDetailOut, STATUS_LABEL } from "../models.inputs";
import { StatusBadge, YearMarks } from "./parts";
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
  const f = bindState(panel);
  const unitName = new Map(m.replicatedUnits.map((u) => [u.id, u.name]));
  const year = new Date(ctx.now).getUTCFullYear();
  return (
    <Card title="Tình trạng theo năm">
      {m.years.length === 0 ? (
        <Empty>Chưa ghi tình trạng năm nào.</Empty>
      ) : (
        <Table columns={["Năm", "Tình trạng", "Điển hình", "Nhân rộng đến", "Ghi chú", manager && ""]}>
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
                  <ActionButton
                    action={`${here}/years/delete`}
                    version={m.version}
                    hidden={{ year: y.year }}
                    kind="secondary"
                  >
                    Xóa
                  </ActionButton>
                </td>
              )}
            </tr>
          ))}
        </Table>
      )}
      {manager && (
        <FormPanel
          title="Ghi tình trạng một năm"
          action={`${here}/years`}
          state={panel}
          message={panel?.message}
          version={m.version}
          submit="Lưu tình trạng"
        >
          <Field label="Năm" {...f("year", String(year))} type="number" inputmode="numeric" required />
          <Select label="Tình trạng" {...f("status", "maintained")} options={opts(STATUS_LABEL)} />
          <YearMarks f={f} replicatedError={f("replicatedTo").error} />
          <Field label="Ghi chú" {...f("note")} maxlength={1000} />
        </FormPanel>
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
      <FormBody
        action={`${here}/files`}
        enctype="multipart/form-data"
        errors={panel?.errors}
        message={panel?.message}
        submit="Tải lên"
        kind="secondary"
      >
        <div class={`field ${panel ? "field-error" : ""}`}>
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
      </FormBody>
    </Card>
  );
};
