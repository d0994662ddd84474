import type { Child, FC } from "hono/jsx";
import { Alert, Badge, Button, Card, Empty, Hidden, PostForm } from "../../../ui/components";
import { formatDateTime, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import {
  NOTIFICATION_KIND_LABEL,
  type NotificationListOut,
  type NotificationOut,
} from "../notifications.inputs";

export const NotificationItems: FC<{ items: NotificationOut[]; base: string }> = ({ items, base }) => (
  <ul class="list">
    {items.map((n) => (
      <li class={n.read ? "" : "unread"}>
        <span>
          {!n.read && <Badge tone="accent">Mới</Badge>}{" "}
          <b>{n.link ? <a href={`${base}${n.link}`}>{n.title}</a> : n.title}</b>
          <br />
          {n.body}
          <br />
          <span class="meta">
            {NOTIFICATION_KIND_LABEL[n.kind] ?? "Thông báo"} · {n.createdByLabel} ·{" "}
            {formatDateTime(n.createdAt)}
          </span>
        </span>
      </li>
    ))}
  </ul>
);

/** The notification centre: newest first, mark all as read. */
export const NotificationsPage: FC<{
  list: NotificationListOut;
  base: string;
  hasProfile: boolean;
  done?: string | undefined;
  /** Shown below the list (the Web Push opt-in). */
  children?: Child;
}> = ({ list, base, hasProfile, done, children }) => (
  <>
    <PageTitle title="Thông báo" subtitle={`${formatNumber(list.unread)} thông báo chưa đọc`}>
      {list.unread > 0 && (
        <PostForm action={`${base}/notifications/read`} class="form-inline">
          <Hidden name="all" value="1" />
          <Button kind="secondary">Đánh dấu đã đọc tất cả</Button>
        </PostForm>
      )}
    </PageTitle>
    {done === "read" && <Alert kind="success">Đã đánh dấu đã đọc.</Alert>}
    {!hasProfile && <Alert kind="info">Tài khoản chưa gắn với hồ sơ đảng viên nên chưa có thông báo.</Alert>}
    <Card>
      {list.items.length === 0 ? (
        <Empty>Chưa có thông báo nào.</Empty>
      ) : (
        <NotificationItems items={list.items} base={base} />
      )}
      {list.nextCursor && (
        <p>
          <a href={`${base}/notifications?cursor=${list.nextCursor}`}>Cũ hơn →</a>
        </p>
      )}
    </Card>
    {children}
  </>
);
