import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenantRow, timestamps } from "../../columns";

/**
 * A browser's Web Push subscription of one account (a person may have several devices). `recipient_id`
 * is whom the account's notifications are addressed to: its member record, or the account itself when
 * it has none (as the notification centre reads them). `endpoint` is the push service URL the browser
 * gave; `p256dh` and `auth` (base64url) encrypt the payloads for it (RFC 8291). One endpoint belongs to
 * one account of a tenant: registering it again moves it to whoever signed in on that phone last.
 */
export const pushSubscriptions = sqliteTable(
  "push_subscriptions",
  {
    ...tenantRow(),
    accountId: text("account_id").notNull(),
    recipientId: text("recipient_id").notNull(),
    /** What the person called the device ("Điện thoại Android"), shown in the device list. */
    label: text("label").notNull(),
    ...timestamps(),
    endpoint: text("endpoint").notNull(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
  },
  (t) => [
    uniqueIndex("push_subscriptions_tenant_endpoint_uq").on(t.tenantId, t.endpoint),
    index("push_subscriptions_tenant_recipient_idx").on(t.tenantId, t.recipientId),
    index("push_subscriptions_tenant_account_idx").on(t.tenantId, t.accountId),
  ],
);
