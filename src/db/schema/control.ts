import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

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
