import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Badge, Button, Card, Empty, FormErrors, LinkButton, PostForm } from "../../../ui/components";
import { formatDateTime, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { FIELD_LABEL, type FieldKey, TEMPLATE_COLUMNS } from "../members-roster.rules";
import type { ImportJobOut, ImportStatus } from "../members.outputs";

const STATUS: Record<ImportStatus, [string, "neutral" | "good" | "warn" | "bad" | "accent"]> = {
  parsing: ["Đang đọc tệp", "warn"],
  ready: ["Chờ xác nhận", "accent"],
  committing: ["Đang ghi", "warn"],
  done: ["Hoàn tất", "good"],
  failed: ["Không nhập được", "bad"],
  cancelled: ["Đã hủy", "neutral"],
};

export const ImportBadge: FC<{ status: ImportStatus }> = ({ status }) => (
  <Badge tone={STATUS[status][1]}>{STATUS[status][0]}</Badge>
);

export const ImportHome: FC<{ ctx: Ctx; jobs: ImportJobOut[]; errors?: Record<string, string> }> = ({
  ctx,
  jobs,
  errors,
}) => {
  const base = `/t/${ctx.tenant.slug}/members/import`;
  return (
    <>
      <p>
        <a href={`/t/${ctx.tenant.slug}/members`}>‹ Đảng viên</a>
      </p>
      <PageTitle title="Nhập danh sách đảng viên" subtitle="Từ tệp Excel (XLSX) hoặc CSV" />
      <div class="grid grid-2">
        <Card title="1. Tải tệp mẫu">
          <p>
            Điền mỗi đảng viên một dòng. Số thẻ đảng viên dùng để nhận biết người: nhập lại cùng tệp không tạo
            bản trùng.
          </p>
          <p class="form-inline">
            <LinkButton href={`${base}/template?format=xlsx`} kind="primary">
              Tệp mẫu Excel
            </LinkButton>
            <LinkButton href={`${base}/template?format=csv`}>Tệp mẫu CSV</LinkButton>
          </p>
          <ul class="hint">
            {TEMPLATE_COLUMNS.filter((c) => c.key !== "stt").map((c) => (
              <li>
                <strong>{c.header}</strong>
                {c.required ? " (bắt buộc)" : ""}: {c.hint}
              </li>
            ))}
          </ul>
        </Card>
        <Card title="2. Tải tệp lên để kiểm tra">
          <p>Chưa có gì được ghi cho đến khi đồng chí xem kết quả kiểm tra và bấm “Ghi vào danh sách”.</p>
          <FormErrors errors={errors} />
          <PostForm action={base} enctype="multipart/form-data">
            <div class={`field ${errors?.file ? "field-error" : ""}`}>
              <label for="f-file">
                Tệp danh sách (.xlsx, .csv)<span class="req"> *</span>
              </label>
              <input id="f-file" name="file" type="file" accept=".xlsx,.csv,text/csv" required />
              {errors?.file && <p class="error-text">{errors.file}</p>}
            </div>
            <Button>Tải lên và kiểm tra</Button>
          </PostForm>
        </Card>
      </div>
      <Card title="Các lượt nhập gần đây">
        {jobs.length === 0 ? (
          <Empty>Chưa có lượt nhập nào.</Empty>
        ) : (
          <ul class="list">
            {jobs.map((j) => (
              <li>
                <span>
                  <a href={`${base}/${j.id}`}>{j.fileName}</a>
                  <br />
                  <span class="meta">
                    {formatDateTime(j.createdAt)} · {formatNumber(j.rowsTotal)} dòng
                  </span>
                </span>
                <ImportBadge status={j.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
};

export const ImportJobPage: FC<{ ctx: Ctx; job: ImportJobOut; message?: string }> = ({
  ctx,
  job,
  message,
}) => {
  const base = `/t/${ctx.tenant.slug}/members/import`;
  const pct = job.rowsValid ? Math.floor((job.rowsDone / job.rowsValid) * 100) : 0;
  const stalled = job.status === "committing" && ctx.now - job.updatedAt > 60_000;
  return (
    <>
      <p>
        <a href={base}>‹ Nhập danh sách</a>
      </p>
      <PageTitle title={job.fileName} subtitle={`Tải lên lúc ${formatDateTime(job.createdAt)}`}>
        <ImportBadge status={job.status} />
      </PageTitle>
      {message && <Alert kind="error">{message}</Alert>}
      {job.status === "parsing" && (
        <Alert kind="info">Đang đọc và kiểm tra tệp… Trang tự tải lại sau vài giây.</Alert>
      )}
      {job.status === "failed" && <Alert kind="error">{job.message}</Alert>}
      {job.status !== "failed" && job.message && <Alert kind="warning">{job.message}</Alert>}
      {job.status !== "parsing" && job.status !== "failed" && (
        <Card title="Kết quả kiểm tra">
          <div class="grid grid-3">
            <p class="stat">
              <span class="muted">Tổng số dòng</span>
              <b>{formatNumber(job.rowsTotal)}</b>
            </p>
            <p class="stat">
              <span class="muted">Dòng hợp lệ</span>
              <b>{formatNumber(job.rowsValid)}</b>
            </p>
            <p class="stat">
              <span class="muted">Dòng bị lỗi</span>
              <b>{formatNumber(job.rowsInvalid)}</b>
            </p>
          </div>
          <p class="hint">
            Cột đã nhận: {job.columns.map((c) => FIELD_LABEL[c as FieldKey] ?? c).join(", ")}.
          </p>
          {job.status === "ready" && (
            <div class="form-inline">
              {job.rowsValid > 0 && (
                <PostForm action={`${base}/${job.id}/commit`} class="form-inline">
                  <Button>Ghi {formatNumber(job.rowsValid)} dòng hợp lệ vào danh sách</Button>
                </PostForm>
              )}
              <PostForm action={`${base}/${job.id}/cancel`} class="form-inline">
                <Button kind="secondary">Hủy lượt nhập</Button>
              </PostForm>
            </div>
          )}
          {job.status === "ready" && job.rowsInvalid > 0 && (
            <p class="hint">
              Các dòng bị lỗi sẽ không được ghi. Tải về, sửa rồi nhập lại: những dòng đã có sẽ không bị trùng.
            </p>
          )}
        </Card>
      )}
      {(job.status === "committing" || job.status === "done") && (
        <Card title={job.status === "done" ? "Đã ghi xong" : "Đang ghi vào danh sách…"}>
          <progress max={job.rowsValid} value={job.rowsDone}>
            {pct} %
          </progress>
          <p>
            Đã ghi {formatNumber(job.rowsDone)} / {formatNumber(job.rowsValid)} dòng ({pct} %).
          </p>
          {stalled && (
            <PostForm action={`${base}/${job.id}/commit`}>
              <p class="hint">
                Việc ghi đã dừng hơn một phút. Bấm để tiếp tục từ chỗ đã dừng (không ghi trùng).
              </p>
              <Button kind="secondary">Tiếp tục ghi</Button>
            </PostForm>
          )}
          {job.status === "done" && (
            <p>
              Thêm mới <strong>{formatNumber(job.created)}</strong>, cập nhật{" "}
              <strong>{formatNumber(job.updated)}</strong>, không đổi{" "}
              <strong>{formatNumber(job.unchanged)}</strong>.{" "}
              <a href={`/t/${ctx.tenant.slug}/members`}>Xem danh sách đảng viên</a>
            </p>
          )}
        </Card>
      )}
      {job.rowsInvalid > 0 && (
        <Card title={`Dòng bị lỗi (${formatNumber(job.rowsInvalid)})`}>
          <p class="form-inline">
            <LinkButton href={`${base}/${job.id}/errors?format=xlsx`}>Tải các dòng lỗi (Excel)</LinkButton>
            <LinkButton href={`${base}/${job.id}/errors?format=csv`}>Tải các dòng lỗi (CSV)</LinkButton>
          </p>
          <div class="table-wrap">
            <table class="stack">
              <thead>
                <tr>
                  <th>Dòng</th>
                  <th>Số thẻ</th>
                  <th>Họ và tên</th>
                  <th>Lỗi</th>
                </tr>
              </thead>
              <tbody>
                {job.errors.map((e) => (
                  <tr>
                    <td data-label="Dòng" class="num">
                      {e.row}
                    </td>
                    <td data-label="Số thẻ">{e.cardNumber || "—"}</td>
                    <td data-label="Họ và tên">{e.fullName || "—"}</td>
                    <td data-label="Lỗi">{e.errors.join(" ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {job.rowsInvalid > job.errors.length && (
            <p class="hint">Hiển thị {job.errors.length} dòng lỗi đầu tiên; tải tệp để xem tất cả.</p>
          )}
        </Card>
      )}
    </>
  );
};
