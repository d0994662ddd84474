import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenantRow } from "../../columns";

/**
 * The change events (outbox): one row per change, written in the mutation's own batch. `id` sorts by
 * time (the feed's cursor); `unit_path` lets a credential limited to a subtree read only its events;
 * `dispatched_at` is set once the webhook fan-out has made the event's deliveries.
 */
export const changeEvents = sqliteTable(
  "events",
  {
    ...tenantRow(),
    type: text("type").notNull(),
    occurredAt: integer("occurred_at").notNull(),
    unitId: text("unit_id"),
    unitPath: text("unit_path"),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    dataJson: text("data_json").notNull(),
    dispatchedAt: integer("dispatched_at"),
  },
  (t) => [
    index("events_tenant_id_idx").on(t.tenantId, t.id),
    index("events_tenant_pending_idx").on(t.tenantId, t.dispatchedAt, t.id),
  ],
);
