import type { FC } from "hono/jsx";
import { Badge, Card, DataTable, Field } from "../../../ui/components";
import { ActionButton, FormCard, bindState } from "../../../ui/form-kit";
import { formatDateTime, formatNumber } from "../../../ui/format";
import type { DeliveryOut, DeliveryPageOut } from "../webhooks-deliveries.inputs";

type Form = { values: Record<string, string>; errors: Record<string, string>; message?: string };

const STATUS: Record<DeliveryOut["status"], { label: string; tone: "good" | "warn" | "bad" | "neutral" }> = {
  pending: { label: "Đang chờ gửi", tone: "warn" },
  succeeded: { label: "Thành công", tone: "good" },
  failed: { label: "Thất bại", tone: "bad" },
  cancelled: { label: "Đã hủy (địa chỉ tắt)", tone: "neutral" },
};

const at = (iso: string | null) => formatDateTime(iso ? Date.parse(iso) : null);

/** Each attempt of a delivery on its own line: when, the answer (or why none), how long it took. */
const Attempts: FC<{ d: DeliveryOut }> = ({ d }) => (
  <ol class="attempts">
    {d.log.map((a) => (
      <li>
        {at(a.at)}: {a.statusCode !== null ? `HTTP ${a.statusCode}` : a.error} ·{" "}
        {formatNumber(a.latencyMs, 0)} ms
        {a.responseExcerpt && (
          <>
            {" "}
            · <code>{a.responseExcerpt.slice(0, 120)}</code>
          </>
        )}
      </li>
    ))}
  </ol>
);

/** The delivery log of an endpoint with a replay button per delivery, and the replay of a date range. */
export const DeliveryLog: FC<{ base: string; log: DeliveryPageOut; form?: Form | undefined }> = ({
  base,
  log,
  form,
}) => {
  const bind = bindState(form);
  return (
    <>
      <Card title="Nhật ký gửi">
        <DataTable
          items={log.items}
          empty="Chưa có lần gửi nào."
          class="stack"
          columns={["Sự kiện", "Tạo lúc", "Trạng thái", "Các lần thử", "Thao tác"]}
          row={(d) => (
            <tr>
              <td data-label="Sự kiện">
                <code>{d.eventType}</code>
              </td>
              <td data-label="Tạo lúc">{at(d.createdAt)}</td>
              <td data-label="Trạng thái">
                <Badge tone={STATUS[d.status].tone}>{STATUS[d.status].label}</Badge>
                {d.nextAttemptAt && <p class="hint">Lần tới: {at(d.nextAttemptAt)}</p>}
              </td>
              <td data-label="Các lần thử">
                <Attempts d={d} />
              </td>
              <td data-label="Thao tác">
                <ActionButton action={`${base}/deliveries/${d.id}/replay`} kind="secondary">
                  Gửi lại
                </ActionButton>
              </td>
            </tr>
          )}
        />
        {log.nextCursor && (
          <p>
            <a href={`${base}?before=${log.nextCursor}`}>Xem các lần gửi cũ hơn ›</a>
          </p>
        )}
      </Card>
      <FormCard
        title="Gửi lại các sự kiện trong một khoảng ngày"
        action={`${base}/replay`}
        errors={form?.errors}
        message={form?.message}
        submit="Gửi lại"
        intro={<p class="hint">Sự kiện được giữ 30 ngày; mỗi lần gửi lại tối đa 1.000 sự kiện.</p>}
      >
        <Field label="Từ ngày" {...bind("fromDate", undefined, "from")} hint="dd/mm/yyyy" required />
        <Field label="Đến hết ngày" {...bind("toDate", undefined, "to")} hint="dd/mm/yyyy" required />
      </FormCard>
    </>
  );
};
