import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sessionTimes, tenantRow, versioned } from "../../columns";

/**
 * A copy of the tenant's registry row inside its own data database, checked on every
 * authenticated request in the same query as the session: suspension and moves take
 * effect on the next request without a control-plane round trip.
 */
export const tenantState = sqliteTable("tenant_state", {
  tenantId: text("tenant_id").primaryKey(),
  slug: text("slug").notNull(),
  name: text("name").notNull(),
  status: text("status").notNull(),
  readOnly: integer("read_only").notNull().default(0),
  /** Set on the source database once a move has switched the registry elsewhere. */
  movedTo: text("moved_to"),
  settingsJson: text("settings_json").notNull().default("{}"),
  updatedAt: integer("updated_at").notNull(),
});

export const units = sqliteTable(
  "units",
  {
    ...tenantRow(),
    parentId: text("parent_id"),
    kind: text("kind").notNull(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    searchKey: text("search_key").notNull(),
    /** Materialised path of ids, "/root/child/…/self/"; subtrees are range scans on it. */
    path: text("path").notNull(),
    depth: integer("depth").notNull(),
    status: text("status").notNull().default("active"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("units_tenant_path_uq").on(t.tenantId, t.path),
    uniqueIndex("units_tenant_code_uq").on(t.tenantId, t.code),
    index("units_tenant_parent_idx").on(t.tenantId, t.parentId, t.name),
  ],
);

export const accounts = sqliteTable(
  "accounts",
  {
    ...tenantRow(),
    login: text("login").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role").notNull(),
    unitId: text("unit_id"),
    memberId: text("member_id"),
    passwordHash: text("password_hash"),
    status: text("status").notNull().default("active"),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: integer("locked_until"),
    lastLoginAt: integer("last_login_at"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("accounts_tenant_login_uq").on(t.tenantId, t.login),
    index("accounts_tenant_unit_idx").on(t.tenantId, t.unitId),
    // One account per member record (null: an account of no member, e.g. an admin).
    uniqueIndex("accounts_tenant_member_uq").on(t.tenantId, t.memberId),
  ],
);

/** Sessions are stored by the SHA-256 of their token; the token itself is only in the cookie. */
export const sessions = sqliteTable(
  "sessions",
  {
    ...tenantRow(),
    accountId: text("account_id").notNull(),
    ...sessionTimes(),
  },
  (t) => [index("sessions_tenant_account_idx").on(t.tenantId, t.accountId)],
);

export const setupTokens = sqliteTable(
  "setup_tokens",
  {
    ...tenantRow(),
    accountId: text("account_id").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
  },
  (t) => [index("setup_tokens_tenant_account_idx").on(t.tenantId, t.accountId)],
);

/** Append-only: written in the same batch as the mutation it records. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    ...tenantRow(),
    at: integer("at").notNull(),
    requestId: text("request_id").notNull(),
    actorAccountId: text("actor_account_id"),
    actorLabel: text("actor_label").notNull(),
    onBehalfOf: text("on_behalf_of"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    beforeJson: text("before_json"),
    afterJson: text("after_json"),
  },
  (t) => [
    index("audit_tenant_at_idx").on(t.tenantId, t.at),
    index("audit_tenant_entity_idx").on(t.tenantId, t.entityType, t.entityId),
  ],
);
