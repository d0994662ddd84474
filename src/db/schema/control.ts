import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sessionTimes } from "../columns";

/** The tenant registry: which tenants exist and which data database holds each. */
export const tenants = sqliteTable(
  "tenants",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    province: text("province").notNull().default(""),
    status: text("status").notNull(),
    dbBinding: text("db_binding").notNull(),
    memberCap: integer("member_cap"),
    contactName: text("contact_name").notNull().default(""),
    contactPhone: text("contact_phone").notNull().default(""),
    readOnly: integer("read_only").notNull().default(0),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    verifiedAt: integer("verified_at"),
    lastActiveAt: integer("last_active_at"),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("tenants_slug_uq").on(t.slug), index("tenants_status_idx").on(t.status, t.createdAt)],
);

/** Platform operators: separate from every tenant's accounts. */
export const operators = sqliteTable(
  "operators",
  {
    id: text("id").primaryKey(),
    login: text("login").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    status: text("status").notNull().default("active"),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: integer("locked_until"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("operators_login_uq").on(t.login)],
);

/** Operator sessions, stored by the SHA-256 of their token (cookie gm_op, separate from tenants'). */
export const operatorSessions = sqliteTable(
  "operator_sessions",
  {
    id: text("id").primaryKey(),
    operatorId: text("operator_id").notNull(),
    ...sessionTimes(),
  },
  (t) => [index("operator_sessions_operator_idx").on(t.operatorId)],
);

/** Every operator action (and the platform's own scheduled actions), append-only. */
export const operatorAudit = sqliteTable(
  "operator_audit",
  {
    id: text("id").primaryKey(),
    at: integer("at").notNull(),
    requestId: text("request_id").notNull(),
    operatorId: text("operator_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    tenantId: text("tenant_id"),
    tenantSlug: text("tenant_slug"),
    detailJson: text("detail_json"),
  },
  (t) => [index("operator_audit_at_idx").on(t.at), index("operator_audit_tenant_idx").on(t.tenantId, t.at)],
);

/** Sign-up submissions per hashed client address (rate limit) and the challenge nonce each used. */
export const signupAttempts = sqliteTable(
  "signup_attempts",
  {
    id: text("id").primaryKey(),
    ipKey: text("ip_key").notNull(),
    nonce: text("nonce"),
    at: integer("at").notNull(),
    outcome: text("outcome").notNull(),
  },
  (t) => [
    index("signup_attempts_ip_idx").on(t.ipKey, t.at),
    uniqueIndex("signup_attempts_nonce_uq").on(t.nonce),
  ],
);

/**
 * Long-running work on one tenant (move, export, deletion), advanced in resumable steps.
 * `cursorJson` says where the next step starts; `leaseUntil` keeps two runners apart.
 */
export const tenantJobs = sqliteTable(
  "tenant_jobs",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull(),
    paramsJson: text("params_json").notNull().default("{}"),
    cursorJson: text("cursor_json").notNull().default("{}"),
    resultJson: text("result_json"),
    doneUnits: integer("done_units").notNull().default(0),
    totalUnits: integer("total_units").notNull().default(0),
    error: text("error"),
    runAfter: integer("run_after").notNull(),
    leaseUntil: integer("lease_until"),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    finishedAt: integer("finished_at"),
  },
  (t) => [
    index("tenant_jobs_tenant_idx").on(t.tenantId, t.kind, t.createdAt),
    index("tenant_jobs_due_idx").on(t.status, t.runAfter),
    // One running export per tenant, even when six requests arrive at once: the second insert fails
    // and joins the first.
    uniqueIndex("tenant_jobs_one_export_uq")
      .on(t.tenantId)
      .where(sql`${t.kind} = 'export' AND ${t.status} IN ('pending', 'running')`),
  ],
);

/** Rows, approximate bytes and last activity per tenant, refreshed by the console and the daily cron. */
export const tenantStats = sqliteTable("tenant_stats", {
  tenantId: text("tenant_id").primaryKey(),
  members: integer("members").notNull().default(0),
  rows: integer("rows").notNull().default(0),
  bytes: integer("bytes").notNull().default(0),
  tablesJson: text("tables_json").notNull().default("{}"),
  lastActiveAt: integer("last_active_at"),
  computedAt: integer("computed_at").notNull(),
});

/**
 * Failure counters per client (hashed address + what it tries: sign-in to a tenant, a setup link…)
 * in fixed windows: past the limit the client meets 429 with Retry-After, whatever the account.
 */
export const clientThrottles = sqliteTable("client_throttles", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/**
 * Web origins a tenant's admins allow to call the API from a browser (with an API key, never a
 * cookie). In the control database because a CORS preflight carries no credential to pick a tenant.
 */
export const corsOrigins = sqliteTable(
  "cors_origins",
  {
    tenantId: text("tenant_id").notNull(),
    origin: text("origin").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("cors_origins_tenant_origin_uq").on(t.tenantId, t.origin),
    index("cors_origins_origin_idx").on(t.origin),
  ],
);
