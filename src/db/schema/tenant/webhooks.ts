import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenantRow, timestamps, versioned } from "../../columns";

/**
 * Where a tenant's change events are POSTed. `secret` (and `previous_secret`, still valid until
 * `previous_until` after a rotation) are sealed with the Worker secret WEBHOOK_SECRETS_KEY (ADR 013):
 * the service must sign with them, so they cannot be stored as hashes. `event_types` is a JSON array
 * ([] = every type). `failing_since` is the first failed attempt since the last success.
 */
/** A signing secret, and the one a rotation replaced while it stays valid. */
const rotatingSecret = () => ({
  secret: text("secret").notNull(),
  previousSecret: text("previous_secret"),
  previousUntil: integer("previous_until"),
});

/** Whether the endpoint receives: `active` or `disabled` (why: `manual` or `failing`, since when). */
const sendingState = () => ({
  status: text("status").notNull(),
  disabledReason: text("disabled_reason"),
  failingSince: integer("failing_since"),
});

export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    ...tenantRow(),
    url: text("url").notNull(),
    description: text("description").notNull(),
    eventTypes: text("event_types").notNull(),
    ...rotatingSecret(),
    ...sendingState(),
    createdBy: text("created_by").notNull(),
    ...versioned(),
  },
  (t) => [index("webhook_endpoints_tenant_idx").on(t.tenantId, t.createdAt)],
);

/**
 * One event to one endpoint: its state after the latest attempt, when the next one is due, and the log
 * of its attempts (`log_json`: at most MAX_ATTEMPTS entries of HTTP status or error, latency and the
 * start of the answer), kept in the row as it is always read with it.
 */
/** Where a delivery stands after its latest attempt, and the log of every attempt (JSON array). */
const attemptState = () => ({
  status: text("status").notNull(),
  attempts: integer("attempts").notNull(),
  nextAttemptAt: integer("next_attempt_at"),
  lastStatusCode: integer("last_status_code"),
  logJson: text("log_json").notNull(),
});

export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    ...tenantRow(),
    endpointId: text("endpoint_id").notNull(),
    eventId: text("event_id").notNull(),
    eventType: text("event_type").notNull(),
    /** The event as sent (the body is signed as it is, and replays send it again). */
    payload: text("payload").notNull(),
    ...attemptState(),
    replayOf: text("replay_of"),
    ...timestamps(),
  },
  (t) => [
    index("webhook_deliveries_endpoint_idx").on(t.tenantId, t.endpointId, t.createdAt),
    index("webhook_deliveries_due_idx").on(t.tenantId, t.status, t.nextAttemptAt),
  ],
);
