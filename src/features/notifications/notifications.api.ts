import { apiOps } from "../../platform/api-routes";
import { MarkReadInput, NotificationListOut, NotificationsQuery } from "./notifications.inputs";
import { listMyNotifications, markNotificationsRead } from "./notifications.service";

const api = apiOps("notifications");

/** Mounted at /api/v1/notifications. */
export const notificationsApi = api.router(
  api.get("/", {
    who: "all",
    summary: "The signed-in member's notifications (reminders, plan returned or confirmed), newest first",
    query: NotificationsQuery,
    out: NotificationListOut,
    problems: [400, 401, 403],
    call: listMyNotifications,
  }),
  api.post("/read", {
    who: "all",
    summary: "Mark the given notifications (or all) as read",
    body: MarkReadInput,
    says: "Marked",
    problems: [400, 401, 403, 415],
    call: markNotificationsRead,
  }),
);
