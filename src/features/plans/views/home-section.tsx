import type { FC } from "hono/jsx";
import { Card, Empty, LinkButton } from "../../../ui/components";
import { NotificationItems } from "../../notifications";
import type { HomePlans } from "../plans-home.service";
import { StatusBadge } from "./plan-bits";

/** The member's plan of the year and the latest notifications, on the home page. */
export const HomePlansSection: FC<{ data: HomePlans; base: string }> = ({ data, base }) =>
  data.planStatus === null ? null : (
    <div class="grid grid-2">
      <Card title={`Kế hoạch năm ${data.year} của tôi`}>
        <p>
          <StatusBadge status={data.planStatus} />
        </p>
        <p class="page-actions">
          <LinkButton href={`${base}/my-plan`} kind="primary">
            {data.planStatus === "not_started" ? "Lập kế hoạch" : "Mở kế hoạch"}
          </LinkButton>
        </p>
      </Card>
      <Card title={`Thông báo${data.notifications.unread ? ` (${data.notifications.unread} mới)` : ""}`}>
        {data.notifications.items.length === 0 ? (
          <Empty>Chưa có thông báo nào.</Empty>
        ) : (
          <NotificationItems items={data.notifications.items} base={base} />
        )}
        <p>
          <a href={`${base}/notifications`}>Tất cả thông báo →</a>
        </p>
      </Card>
    </div>
  );
