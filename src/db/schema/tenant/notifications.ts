import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenantRow } from "../../columns";

/**
 * In-app notifications of a member (reminders, plan returned/confirmed). `dedupe_key` makes
 * scheduled and repeated reminders idempotent: a second insert with the same key is ignored.
 * `push_pending` is 1 from the insert until the Web Push dispatcher has queued it for the recipient's
 * devices (the outbox of push, ADR 017); rows from before push existed are 0.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    ...tenantRow(),
    memberId: text("member_id").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** Path under /t/{slug} the notification leads to. */
    link: text("link"),
    dedupeKey: text("dedupe_key"),
    createdAt: integer("created_at").notNull(),
    createdByLabel: text("created_by_label").notNull(),
    readAt: integer("read_at"),
    pushPending: integer("push_pending").notNull().default(0),
  },
  (t) => [
    index("notifications_tenant_member_idx").on(t.tenantId, t.memberId, t.createdAt),
    uniqueIndex("notifications_tenant_dedupe_uq").on(t.tenantId, t.dedupeKey),
    index("notifications_push_pending_idx").on(t.tenantId, t.createdAt).where(sql`push_pending = 1`),
  ],
);
