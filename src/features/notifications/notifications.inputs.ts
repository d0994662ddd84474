import { z } from "@hono/zod-openapi";
import { limitQuery } from "../../platform/query-params";
import { cursorPage, timestamp } from "../../platform/api-fields";
import { Id } from "../../domain";

/** The page cursor of the notification list: `<createdAt>.<id>` of the last item shown. */
export const CURSOR = /^\d{1,15}\.[0-9a-z]{16}$/;

export const MarkReadInput = z
  .strictObject({
    /** The notifications to mark read; omitted = all of the actor's. */
    ids: z.array(Id).min(1).max(100, "Tối đa 100 thông báo.").optional(),
  })
  .openapi("MarkNotificationsReadInput");
export type MarkReadInput = z.infer<typeof MarkReadInput>;

export const NotificationsQuery = z.object({
  cursor: z
    .string()
    .regex(CURSOR, "Con trỏ trang không hợp lệ.")
    .optional()
    .openapi({ param: { in: "query" } }),
  limit: limitQuery(30, 100),
});

export const NotificationOut = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: timestamp(),
    createdByLabel: z.string(),
    read: z.boolean(),
  })
  .openapi("Notification");
export type NotificationOut = z.infer<typeof NotificationOut>;

export const NotificationListOut = cursorPage(NotificationOut, { unread: z.number() }).openapi(
  "NotificationList",
);
export type NotificationListOut = z.infer<typeof NotificationListOut>;

export const NOTIFICATION_KIND_LABEL: Record<string, string> = {
  "plan.reminder": "Nhắc nhở",
  "plan.returned": "Kế hoạch được trả lại",
  "plan.confirmed": "Kế hoạch đã xác nhận",
  "plan.reopened": "Kế hoạch được mở lại",
  "plan.entered": "Kế hoạch được nhập thay",
  "plan.submitted": "Kế hoạch chờ xác nhận",
  "meeting.praise": "Biểu dương",
  "meeting.criticism": "Phê bình, nhắc nhở",
  "notebook.comment": "Nhận xét sổ tay",
  "notebook.returned": "Sổ tay được trả lại",
  "evaluation.proposed": "Đề xuất xếp loại",
  "evaluation.decided": "Kết quả xếp loại",
  "account.reset": "Tài khoản",
  "webhook.disabled": "Webhook",
};
