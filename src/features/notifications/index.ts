/** The notifications feature's public face: what other features and the app may use. */
export type { NotificationListOut } from "./notifications.inputs";
export {
  finishMyNotifications,
  myNotificationsQueries,
  notifyRowsStatement,
  notifyStatement,
} from "./notifications.service";
export type { NewNotification, NotifyFromRows } from "./notifications.service";
export { NotificationItems } from "./views/notifications";
