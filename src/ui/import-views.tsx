import type { Child, FC } from "hono/jsx";
import type { ImportJobView, ImportStatus } from "../platform/imports/outputs";
import type { RowError } from "../platform/imports/spec";
import { Alert, Badge, Button, Card, Empty, FormErrors, LinkButton, PostForm, Table } from "./components";
import { formatDateTime, formatNumber } from "./format";
import { PageTitle } from "./layout";

/** The words of an import's pages that depend on what is imported. */
export interface ImportTexts {
  /** The pages' title ("Nhập danh sách"), also the way back from a job. */
  pageTitle: string;
  title: string;
  subtitle: string;
  back: { href: string; label: string };
  fileLabel: string;
  /** Where the good rows go: “Ghi vào danh sách”. */
  target: string;
  /** The headers of the preview's key and name columns. */
  keyLabel: string;
  nameLabel: string;
  /** Where to see the rows once written. */
  done: { href: string; label: string };
}

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

/** The reasons of a rejected row, each after its column when it names one. */
export const reasonsText = (errors: RowError[]) =>
  errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join(" ");

/** The import home: the template card (`intro`), the upload form, the latest jobs. */
export const ImportHome: FC<{
  base: string;
  texts: ImportTexts;
  jobs: ImportJobView[];
  intro: Child;
  /** Fields shown before the file (a choice of what is imported). */
  fields?: Child;
  kindLabel?: (kind: string) => string;
  errors?: Record<string, string> | undefined;
}> = ({ base, texts, jobs, intro, fields, kindLabel, errors }) => (
  <>
    <p>
      <a href={texts.back.href}>‹ {texts.back.label}</a>
    </p>
    <PageTitle title={texts.title} subtitle={texts.subtitle} />
    <div class="grid grid-2">
      <Card title="1. Tải tệp mẫu">{intro}</Card>
      <Card title="2. Tải tệp lên để kiểm tra">
        <p>Chưa có gì được ghi cho đến khi đồng chí xem kết quả kiểm tra và bấm “Ghi vào {texts.target}”.</p>
        <FormErrors errors={errors} />
        <PostForm action={base} enctype="multipart/form-data">
          {fields}
          <div class={`field ${errors?.file ? "field-error" : ""}`}>
            <label for="f-file">
              {texts.fileLabel}
              <span class="req"> *</span>
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
                  {kindLabel ? `${kindLabel(j.kind)} · ` : ""}
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

const Checked: FC<{ base: string; texts: ImportTexts; job: ImportJobView; columns: string }> = ({
  base,
  texts,
  job,
  columns,
}) => (
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
    <p class="hint">Cột đã nhận: {columns}.</p>
    {job.status === "ready" && (
      <div class="form-inline">
        {job.rowsValid > 0 && (
          <PostForm action={`${base}/${job.id}/commit`} class="form-inline">
            <Button>
              Ghi {formatNumber(job.rowsValid)} dòng hợp lệ vào {texts.target}
            </Button>
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
);

const Progress: FC<{ base: string; texts: ImportTexts; job: ImportJobView; now: number }> = ({
  base,
  texts,
  job,
  now,
}) => {
  const pct = job.rowsValid ? Math.floor((job.rowsDone / job.rowsValid) * 100) : 0;
  const stalled = job.status === "committing" && now - job.updatedAt > 60_000;
  return (
    <Card title={job.status === "done" ? "Đã ghi xong" : `Đang ghi vào ${texts.target}…`}>
      <progress max={job.rowsValid} value={job.rowsDone}>
        {pct} %
      </progress>
      <p>
        Đã ghi {formatNumber(job.rowsDone)} / {formatNumber(job.rowsValid)} dòng ({pct} %).
      </p>
      {stalled && (
        <PostForm action={`${base}/${job.id}/commit`}>
          <p class="hint">Việc ghi đã dừng hơn một phút. Bấm để tiếp tục từ chỗ đã dừng (không ghi trùng).</p>
          <Button kind="secondary">Tiếp tục ghi</Button>
        </PostForm>
      )}
      {job.status === "done" && (
        <p>
          Thêm mới <strong>{formatNumber(job.created)}</strong>, cập nhật{" "}
          <strong>{formatNumber(job.updated)}</strong>, không đổi{" "}
          <strong>{formatNumber(job.unchanged)}</strong>. <a href={texts.done.href}>{texts.done.label}</a>
        </p>
      )}
    </Card>
  );
};

const Rejected: FC<{ base: string; texts: ImportTexts; job: ImportJobView }> = ({ base, texts, job }) => (
  <Card title={`Dòng bị lỗi (${formatNumber(job.rowsInvalid)})`}>
    <p class="form-inline">
      <LinkButton href={`${base}/${job.id}/errors?format=xlsx`}>Tải các dòng lỗi (Excel)</LinkButton>
      <LinkButton href={`${base}/${job.id}/errors?format=csv`}>Tải các dòng lỗi (CSV)</LinkButton>
    </p>
    <Table columns={["Dòng", `${texts.keyLabel}`, `${texts.nameLabel}`, "Lỗi"]} class="stack">
      {job.preview.map((e) => (
        <tr>
          <td data-label="Dòng" class="num">
            {e.row}
          </td>
          <td data-label={texts.keyLabel}>{e.key || "—"}</td>
          <td data-label={texts.nameLabel}>{e.name || "—"}</td>
          <td data-label="Lỗi">{reasonsText(e.errors)}</td>
        </tr>
      ))}
    </Table>
    {job.rowsInvalid > job.preview.length && (
      <p class="hint">Hiển thị {job.preview.length} dòng lỗi đầu tiên; tải tệp để xem tất cả.</p>
    )}
  </Card>
);

/** A job: the preview while it waits for the commit, the progress while it writes, the rejected rows. */
export const ImportJobPage: FC<{
  base: string;
  texts: ImportTexts;
  job: ImportJobView;
  now: number;
  columnLabel: (key: string) => string;
  message?: string | undefined;
}> = ({ base, texts, job, now, columnLabel, message }) => (
  <>
    <p>
      <a href={base}>‹ {texts.pageTitle}</a>
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
      <Checked base={base} texts={texts} job={job} columns={job.columns.map(columnLabel).join(", ")} />
    )}
    {(job.status === "committing" || job.status === "done") && (
      <Progress base={base} texts={texts} job={job} now={now} />
    )}
    {job.rowsInvalid > 0 && <Rejected base={base} texts={texts} job={job} />}
  </>
);
