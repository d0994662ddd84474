import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenantRow } from "../../columns";

/**
 * `Idempotency-Key` records of API POSTs, per tenant and credential (an API key or an account): the
 * request's hash and, once answered, the answer to replay. Kept 24 hours.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    ...tenantRow(),
    principal: text("principal").notNull(),
    idemKey: text("idem_key").notNull(),
    requestHash: text("request_hash").notNull(),
    /** Null while the first request is in flight. */
    status: integer("status"),
    contentType: text("content_type"),
    location: text("location"),
    body: text("body"),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [
    uniqueIndex("idempotency_keys_principal_key_uq").on(t.tenantId, t.principal, t.idemKey),
    index("idempotency_keys_tenant_expires_idx").on(t.tenantId, t.expiresAt),
  ],
);
