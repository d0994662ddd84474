import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenantRow, versioned } from "../../columns";

/**
 * Keys integrators call the API with (`Authorization: Bearer gmk_…`). Only the SHA-256 of the key is
 * stored; `prefix` is what lists show. `scopes` is "read" or "read write"; `unitId` limits the key to a
 * subtree like a secretary (null: the whole tenant, like its admin).
 */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    ...tenantRow(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    scopes: text("scopes").notNull(),
    unitId: text("unit_id"),
    createdBy: text("created_by").notNull(),
    lastUsedAt: integer("last_used_at"),
    expiresAt: integer("expires_at"),
    revokedAt: integer("revoked_at"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("api_keys_tenant_hash_uq").on(t.tenantId, t.keyHash),
    index("api_keys_tenant_created_idx").on(t.tenantId, t.createdAt),
  ],
);
