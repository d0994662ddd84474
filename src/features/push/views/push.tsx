import type { FC } from "hono/jsx";
import { ActionButton, PageHead } from "../../../ui/form-kit";
import { Alert, Card } from "../../../ui/components";
import { ItemList } from "../../../ui/item-list";
import { formatDateTime } from "../../../ui/format";
import type { PushDeviceOut } from "../push.inputs";

/**
 * The opt-in: a button the page script (/static/push.js) shows when the browser can take Web Push;
 * without JavaScript the text says what is needed and the notification centre works as before.
 */
export const PushOptIn: FC<{ publicKey: string | null; devicesHref?: string }> = ({
  publicKey,
  devicesHref,
}) => (
  <Card title="Thông báo trên điện thoại">
    {publicKey ? (
      <>
        <p>Nhận nhắc nhở và thông báo ngay trên điện thoại, kể cả khi không mở hệ thống.</p>
        <div class="push-box" data-push-key={publicKey} hidden>
          <button type="button" class="btn btn-primary" data-push-on>
            Nhận thông báo trên điện thoại
          </button>
          <button type="button" class="btn btn-secondary" data-push-off hidden>
            Tắt thông báo trên thiết bị này
          </button>
          <p role="status" aria-live="polite" data-push-status></p>
        </div>
        <p class="meta" data-push-needs>
          Để đăng ký, hãy mở trang này trên điện thoại bằng trình duyệt có hỗ trợ thông báo (Chrome, Edge,
          Firefox; trên iPhone: thêm trang vào Màn hình chính) và bật JavaScript.
        </p>
        {devicesHref && (
          <p>
            <a href={devicesHref}>Các thiết bị đã đăng ký →</a>
          </p>
        )}
        <script src="/static/push.js" defer />
      </>
    ) : (
      <p class="meta">
        Hệ thống chưa được cấu hình để gửi thông báo tới điện thoại (chưa đặt khóa VAPID). Thông báo vẫn hiện
        trong trang này.
      </p>
    )}
  </Card>
);

/** The person's devices, each with a remove button that works without JavaScript. */
export const DevicesPage: FC<{
  base: string;
  publicKey: string | null;
  items: PushDeviceOut[];
  done?: string | undefined;
}> = ({ base, publicKey, items, done }) => (
  <>
    <PageHead
      title="Thiết bị nhận thông báo"
      crumbs={[{ href: `${base}/notifications`, label: "Thông báo" }, { label: "Thiết bị" }]}
    />
    {done === "removed" && (
      <Alert kind="success">Đã gỡ thiết bị; thiết bị đó sẽ không nhận thông báo nữa.</Alert>
    )}
    <PushOptIn publicKey={publicKey} />
    <Card title="Thiết bị đã đăng ký">
      <ItemList
        items={items}
        empty="Chưa có thiết bị nào nhận thông báo của đồng chí."
        item={(d) => (
          <>
            <span>
              <b>{d.label}</b>
              <br />
              <span class="meta">
                {d.pushService} · đăng ký lúc {formatDateTime(d.createdAt)}
              </span>
            </span>
            <ActionButton action={`${base}/notifications/devices/${d.id}/delete`} kind="danger">
              Gỡ
            </ActionButton>
          </>
        )}
      />
    </Card>
  </>
);
