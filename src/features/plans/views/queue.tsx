import type { FC } from "hono/jsx";
import { Alert, Button, Empty, Field, FormErrors, numCol, PostForm, Table } from "../../../ui/components";
import { formatDate, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { PLAN_STATUSES, PLAN_STATUS_LABEL, type PlanStatus } from "../plans.inputs";
import type { QueueOut } from "../plans.outputs";
import { GroupBadge, LateBadge } from "./plan-bits";

/** The secretary's work queue: leaders first; submitted plans can be confirmed together. */
export const QueuePage: FC<{
  queue: QueueOut;
  status: PlanStatus;
  base: string;
  done?: string | undefined;
  errors?: Record<string, string> | undefined;
  message?: string | undefined;
  values?: Record<string, string> | undefined;
}> = ({ queue, status, base, done, errors, message, values }) => {
  const bulk = status === "submitted" && queue.items.length > 0;
  const row = (i: QueueOut["items"][number]) => (
    <tr>
      {bulk && (
        <td data-label="Chọn">
          <input
            type="checkbox"
            name="plan"
            value={`${i.id}:${i.version}`}
            aria-label={`Chọn ${i.memberName}`}
            class="check"
          />
        </td>
      )}
      <td data-label="Đảng viên">
        <a href={`${base}/plans/${i.id}`}>{i.memberName}</a> <GroupBadge group={i.group} />
      </td>
      <td data-label="Chi bộ">{i.unitName ?? "—"}</td>
      <td data-label="Nội dung" class="num">
        {formatNumber(i.itemCount)}
      </td>
      <td data-label="Ngày nộp">
        {formatDate(i.submittedAt)} <LateBadge late={i.late} />
        {i.enteredByLabel && <span class="meta"> · nhập thay</span>}
      </td>
    </tr>
  );
  const table = (
    <Table columns={[bulk && "Chọn", "Đảng viên", "Chi bộ", numCol("Nội dung"), "Ngày nộp"]} class="stack">
      {queue.items.map(row)}
    </Table>
  );
  return (
    <>
      <PageTitle title="Duyệt kế hoạch" subtitle={`Năm ${queue.year} · nhóm 1 trước, nhóm 2 sau`} />
      {done === "confirm" && <Alert kind="success">Đã xác nhận các kế hoạch được chọn.</Alert>}
      <form method="get" action={`${base}/plans/queue`} class="form-inline filters">
        <input type="hidden" name="year" value={String(queue.year)} />
        <div class="field">
          <label for="f-status">Trạng thái</label>
          <select id="f-status" name="status">
            {PLAN_STATUSES.map((s) => (
              <option value={s} selected={s === status}>
                {PLAN_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <Button kind="secondary">Lọc</Button>
      </form>
      {queue.items.length === 0 ? (
        <Empty>Không có kế hoạch nào ở trạng thái “{PLAN_STATUS_LABEL[status]}”.</Empty>
      ) : bulk ? (
        <PostForm action={`${base}/plans/confirm?year=${queue.year}`} class="form wide">
          <FormErrors errors={errors} message={message} />
          {table}
          <div class="form-inline">
            <Field
              label="Ngày họp chi bộ"
              name="meetingDate"
              type="date"
              value={values?.meetingDate}
              error={errors?.meetingDate}
            />
            <Field
              label="Số biên bản"
              name="minutesNumber"
              value={values?.minutesNumber}
              error={errors?.minutesNumber}
            />
            <Button>Xác nhận các kế hoạch đã chọn</Button>
          </div>
        </PostForm>
      ) : (
        table
      )}
      {queue.nextCursor && (
        <p>
          <a href={`${base}/plans/queue?year=${queue.year}&status=${status}&cursor=${queue.nextCursor}`}>
            Trang sau →
          </a>
        </p>
      )}
    </>
  );
};
