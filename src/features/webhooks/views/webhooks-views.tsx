import type { FC } from "hono/jsx";
import { EVENT_TYPES, type EventType } from "../../../domain/events";
import type { Ctx } from "../../../platform/context";
import { Alert, Badge, Card, DataTable, Field } from "../../../ui/components";
import { ActionButton, FormCard, FormPanel, bindState } from "../../../ui/form-kit";
import { formatDateTime } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import type { EndpointOut } from "../webhooks.inputs";

type Form = { values: Record<string, string>; errors: Record<string, string>; message?: string };

/** What each event type means, for the admin who picks them. */
export const EVENT_LABELS: Record<EventType, string> = {
  "member.created": "Thêm đảng viên",
  "member.updated": "Sửa hồ sơ đảng viên",
  "member.transferred": "Chuyển sinh hoạt",
  "member.status_changed": "Đổi trạng thái đảng viên",
  "unit.created": "Thêm đơn vị",
  "unit.updated": "Sửa đơn vị",
  "unit.moved": "Chuyển đơn vị",
  "unit.retired": "Giải thể đơn vị",
  "unit.deleted": "Xóa đơn vị",
  "plan.submitted": "Nộp kế hoạch",
  "plan.returned": "Trả lại kế hoạch",
  "plan.confirmed": "Xác nhận kế hoạch",
  "plan.reopened": "Mở lại kế hoạch",
  "notebook.entry_submitted": "Nộp bài sổ tay",
  "meeting.recorded": "Ghi biên bản sinh hoạt",
  "meeting.attendance_taken": "Điểm danh buổi sinh hoạt",
  "evaluation.self_assessed": "Tự đánh giá",
  "evaluation.proposed": "Chi bộ đề xuất mức",
  "evaluation.decided": "Quyết định mức xếp loại",
  "model.created": "Thêm mô hình",
  "model.status_changed": "Đổi tình trạng mô hình",
  "commendation.created": "Khen thưởng",
  "cycle.opened": "Mở chu kỳ",
  "cycle.closed": "Khóa chu kỳ",
};

const STATUS = {
  active: { label: "Đang gửi", tone: "good" },
  disabled: { label: "Đã tắt", tone: "bad" },
} as const;

export const statusBadge = (e: EndpointOut) => (
  <Badge tone={STATUS[e.status].tone}>
    {e.status === "disabled" && e.disabledReason === "failing" ? "Tự tắt do lỗi" : STATUS[e.status].label}
  </Badge>
);

const ms = (iso: string | null) => (iso ? Date.parse(iso) : null);

/** The event types as checkboxes `type:<type>`; none checked means every type. */
const TypeChecks: FC<{ checked: string[]; error?: string | undefined }> = ({ checked, error }) => (
  <fieldset class={`checks ${error ? "field-error" : ""}`}>
    <legend>Loại sự kiện (không chọn: gửi mọi loại)</legend>
    {EVENT_TYPES.map((t) => (
      <label>
        <input type="checkbox" name={`type:${t}`} value="1" checked={checked.includes(t)} /> {EVENT_LABELS[t]}{" "}
        <code>{t}</code>
      </label>
    ))}
    {error && <p class="error-text">{error}</p>}
  </fieldset>
);

/** The checked types of a posted form, or of the endpoint when the form is shown first. */
const checkedOf = (form: Form | undefined, fallback: string[]) =>
  form
    ? Object.keys(form.values)
        .filter((k) => k.startsWith("type:"))
        .map((k) => k.slice(5))
    : fallback;

export const WebhooksPage: FC<{
  ctx: Ctx;
  endpoints: EndpointOut[];
  form?: Form | undefined;
  done?: string;
}> = ({ ctx, endpoints, form, done }) => {
  const base = `/t/${ctx.tenant.slug}/admin/webhooks`;
  const bind = bindState(form);
  return (
    <>
      <PageTitle
        title="Webhook"
        subtitle="Gửi sự kiện thay đổi (nộp kế hoạch, chuyển sinh hoạt…) tới hệ thống khác ngay khi xảy ra"
      />
      {done === "deleted" && <Alert kind="success">Đã xóa địa chỉ nhận webhook và nhật ký gửi của nó.</Alert>}
      <FormPanel title="Thêm địa chỉ nhận" state={form} action={base} submit="Thêm địa chỉ">
        <Field label="Địa chỉ (URL)" {...bind("url")} hint="Dạng https://ten-mien/duong-dan." required />
        <Field
          label="Mô tả"
          {...bind("description")}
          hint="Hệ thống nào nhận, ví dụ: Cơ sở dữ liệu đảng viên tỉnh."
        />
        <TypeChecks checked={checkedOf(form, [])} error={form?.errors.eventTypes} />
      </FormPanel>
      <Card>
        <DataTable
          items={endpoints}
          empty="Chưa có địa chỉ nhận webhook nào."
          class="stack"
          columns={["Địa chỉ", "Mô tả", "Sự kiện", "Trạng thái", "Lỗi từ", "Tạo lúc"]}
          row={(e) => (
            <tr>
              <td data-label="Địa chỉ">
                <a href={`${base}/${e.id}`}>{e.url}</a>
              </td>
              <td data-label="Mô tả">{e.description || "—"}</td>
              <td data-label="Sự kiện">{e.eventTypes.length ? `${e.eventTypes.length} loại` : "Mọi loại"}</td>
              <td data-label="Trạng thái">{statusBadge(e)}</td>
              <td data-label="Lỗi từ">{e.failingSince ? formatDateTime(ms(e.failingSince)) : "—"}</td>
              <td data-label="Tạo lúc">{formatDateTime(ms(e.createdAt))}</td>
            </tr>
          )}
        />
      </Card>
    </>
  );
};

/** The endpoint's settings and actions; `children` is the delivery log below them. */
export const EndpointPage: FC<{
  ctx: Ctx;
  e: EndpointOut;
  form?: Form | undefined;
  done?: string | undefined;
  children?: unknown;
}> = ({ ctx, e, form, done, children }) => {
  const base = `/t/${ctx.tenant.slug}/admin/webhooks/${e.id}`;
  const bind = bindState(form);
  return (
    <>
      <p>
        <a href={`/t/${ctx.tenant.slug}/admin/webhooks`}>‹ Webhook</a>
      </p>
      <PageTitle title={e.description || "Địa chỉ nhận webhook"} subtitle={e.url} />
      {done === "saved" && <Alert kind="success">Đã lưu thay đổi.</Alert>}
      {done === "replayed" && (
        <Alert kind="success">Đã xếp lịch gửi lại. Kết quả hiện trong nhật ký bên dưới.</Alert>
      )}
      {e.disabledReason === "failing" && (
        <Alert kind="warning">
          Địa chỉ này đã tự tắt vì mọi lần gửi đều lỗi trong 5 ngày. Sửa hệ thống nhận rồi bật lại.
        </Alert>
      )}
      {e.previousSecretValidUntil && (
        <Alert kind="info">
          Khóa bí mật cũ vẫn được dùng ký song song đến {formatDateTime(ms(e.previousSecretValidUntil))}.
        </Alert>
      )}
      <Card>
        <p>
          {statusBadge(e)} Cập nhật {formatDateTime(ms(e.updatedAt))}
        </p>
        <div class="actions">
          <ActionButton action={`${base}/${e.status === "active" ? "disable" : "enable"}`} kind="secondary">
            {e.status === "active" ? "Tắt gửi" : "Bật lại"}
          </ActionButton>
          <ActionButton action={`${base}/rotate`} kind="secondary">
            Đổi khóa bí mật
          </ActionButton>
          <ActionButton action={`${base}/delete`} kind="danger">
            Xóa địa chỉ
          </ActionButton>
        </div>
      </Card>
      <FormCard
        title="Sửa"
        action={base}
        version={e.version}
        errors={form?.errors}
        message={form?.message}
        submit="Lưu"
      >
        <Field label="Địa chỉ (URL)" {...bind("url", e.url)} required />
        <Field label="Mô tả" {...bind("description", e.description)} />
        <TypeChecks checked={checkedOf(form, e.eventTypes)} error={form?.errors.eventTypes} />
      </FormCard>
      {children}
    </>
  );
};

/** The secret, once: after creating an endpoint or rotating its secret. */
export const SecretPage: FC<{ ctx: Ctx; id: string; secret: string; rotated?: boolean }> = ({
  ctx,
  id,
  secret,
  rotated,
}) => (
  <>
    <p>
      <a href={`/t/${ctx.tenant.slug}/admin/webhooks/${id}`}>‹ Địa chỉ nhận webhook</a>
    </p>
    <PageTitle title={rotated ? "Khóa bí mật mới" : "Đã thêm địa chỉ nhận webhook"} />
    <Card>
      <Alert kind="warning">
        Khóa bí mật chỉ hiển thị một lần. Hệ thống nhận dùng khóa này để kiểm tra chữ ký của mỗi lần gửi.
        {rotated ? " Khóa cũ vẫn được dùng ký song song trong 24 giờ để kịp đổi." : ""}
      </Alert>
      <p class="copy">
        <code>{secret}</code>
      </p>
    </Card>
  </>
);
