import type { FC } from "hono/jsx";
import { Alert, Badge, Card, Empty, Field, Hidden, Select } from "../../../ui/components";
import { ActionButton, FormBody, FormPanel, PageHead, bindState, panelOf } from "../../../ui/form-kit";
import { formatDate, formatIsoDate, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { CHECKPOINT_LABEL, CYCLE_STATUS_LABEL, type CycleOut } from "../cycles.inputs";
import type { FrameworkOption } from "../cycles.service";
import { CycleForm, type CycleFormState } from "./cycle-form";

const StatusBadge: FC<{ c: CycleOut }> = ({ c }) => (
  <Badge tone={c.status === "open" ? "good" : "neutral"}>{CYCLE_STATUS_LABEL[c.status]}</Badge>
);

export const CycleList: FC<{ items: CycleOut[]; base: string; admin: boolean; form: CycleFormState }> = ({
  items,
  base,
  admin,
  form,
}) => (
  <>
    <PageTitle
      title="Chu kỳ năm"
      subtitle="Hạn nộp kế hoạch, các đợt kiểm điểm và cách nhắc việc của từng năm"
    />
    <Card title={`Các chu kỳ (${formatNumber(items.length)})`}>
      {items.length === 0 ? (
        <Empty>Chưa mở chu kỳ nào.</Empty>
      ) : (
        <ul class="list">
          {items.map((c) => (
            <li>
              <span>
                <a href={`${base}/admin/cycles/${c.id}`}>Năm {c.year}</a>
                <br />
                <span class="meta">
                  Hạn nhóm 1 {formatIsoDate(c.exemplarDeadline)} · nhóm 2 {formatIsoDate(c.followerDeadline)}
                </span>
              </span>
              <StatusBadge c={c} />
            </li>
          ))}
        </ul>
      )}
    </Card>
    {admin && (
      <details class="panel" open={Object.keys(form.errors).length > 0 || !!form.message}>
        <summary>Mở chu kỳ mới</summary>
        <div>
          <CycleForm action={`${base}/admin/cycles`} state={form} withYear submit="Mở chu kỳ" />
        </div>
      </details>
    )}
  </>
);

const DONE: Record<string, string> = {
  open: "Đã mở chu kỳ.",
  update: "Đã lưu thay đổi.",
  close: "Đã khóa chu kỳ: mọi kế hoạch của năm không thể thay đổi.",
  reopen: "Đã mở lại chu kỳ.",
};

export interface CyclePanel extends CycleFormState {
  form: "update" | "close" | "reopen";
}

export const CycleDetail: FC<{
  c: CycleOut;
  frameworks: FrameworkOption[];
  base: string;
  admin: boolean;
  panel?: CyclePanel | undefined;
  values: Record<string, string>;
  done?: string | undefined;
}> = ({ c, frameworks, base, admin, panel, values, done }) => {
  const framework = frameworks.find((f) => f.id === c.criteriaSetVersionId);
  const err = (f: CyclePanel["form"]) => panelOf(panel, f);
  return (
    <>
      <PageHead
        crumbs={[{ href: `${base}/admin/cycles`, label: "Chu kỳ năm" }, { label: `Năm ${c.year}` }]}
        title={`Chu kỳ năm ${c.year}`}
      >
        <StatusBadge c={c} />
      </PageHead>
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      {panel && panel.form !== "update" && panel.message && <Alert kind="error">{panel.message}</Alert>}
      <Card title="Thiết lập">
        <dl class="kv">
          <dt>Hạn nộp kế hoạch</dt>
          <dd>
            Nhóm 1: {formatIsoDate(c.exemplarDeadline)} · Nhóm 2: {formatIsoDate(c.followerDeadline)}
          </dd>
          <dt>Sơ kết 6 tháng</dt>
          <dd>
            {formatIsoDate(c.midyearFrom)} – {formatIsoDate(c.midyearTo)}
          </dd>
          <dt>Tổng kết năm</dt>
          <dd>
            {formatIsoDate(c.annualFrom)} – {formatIsoDate(c.annualTo)}
          </dd>
          <dt>Kiểm điểm</dt>
          <dd>{CHECKPOINT_LABEL[c.checkpointMode]}</dd>
          <dt>Nội dung tối thiểu</dt>
          <dd>{c.minItems}</dd>
          <dt>Khung tiêu chí</dt>
          <dd>{framework?.label ?? (c.criteriaSetVersionId ? c.criteriaSetVersionId : "Chưa chọn")}</dd>
          <dt>Trên trước, dưới sau</dt>
          <dd>
            {c.gating ? "Nhóm 2 nộp sau khi nhóm 1 của chi bộ nộp đủ" : "Không ràng buộc (chỉ theo dõi)"}
          </dd>
          <dt>Nhắc trước hạn</dt>
          <dd>{c.reminderDays.length ? `${c.reminderDays.join(", ")} ngày` : "Không nhắc tự động"}</dd>
          {c.closedAt && (
            <>
              <dt>Khóa ngày</dt>
              <dd>{formatDate(c.closedAt)}</dd>
            </>
          )}
        </dl>
      </Card>
      {admin && c.status === "open" && (
        <details class="panel" open={panel?.form === "update"}>
          <summary>Sửa thiết lập</summary>
          <div>
            <CycleForm
              action={`${base}/admin/cycles/${c.id}/update`}
              state={err("update") ?? { values, errors: {} }}
              withYear={false}
              version={c.version}
              submit="Lưu"
            />
            {frameworks.length > 0 && (
              <FormBody
                action={`${base}/admin/cycles/${c.id}/update`}
                version={c.version}
                submit="Lưu khung tiêu chí"
                kind="secondary"
              >
                <Hidden name="frameworkOnly" value="1" />
                <Select
                  label="Khung tiêu chí áp dụng"
                  name="criteriaSetVersionId"
                  value={c.criteriaSetVersionId}
                  options={[{ value: "", label: "Chưa chọn" }].concat(
                    frameworks.map((f) => ({ value: f.id, label: f.label })),
                  )}
                />
              </FormBody>
            )}
          </div>
        </details>
      )}
      {admin && c.status === "open" && (
        <ActionButton action={`${base}/admin/cycles/${c.id}/close`} version={c.version} kind="danger">
          Khóa chu kỳ
        </ActionButton>
      )}
      {admin && c.status === "closed" && (
        <FormPanel
          title="Mở lại chu kỳ"
          action={`${base}/admin/cycles/${c.id}/reopen`}
          state={err("reopen")}
          version={c.version}
          submit="Mở lại"
          kind="secondary"
        >
          <Field label="Lý do" {...bindState(err("reopen"))("reason")} required />
        </FormPanel>
      )}
    </>
  );
};
