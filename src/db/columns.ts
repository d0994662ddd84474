import { integer, type SQLiteColumnBuilderBase, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Columns every tenant-data table starts with. */
export const tenantColumns = () => ({
  tenantId: text("tenant_id").notNull(),
});

/** The key of a tenant-data row: its own id, then the tenant it belongs to. */
export const tenantRow = () => ({
  id: text("id").primaryKey(),
  ...tenantColumns(),
});

export const timestamps = () => ({
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

export const versionColumn = () => integer("version").notNull().default(1);

/** The optimistic-concurrency counter and the timestamps an editable row ends with. */
export const versioned = () => ({
  version: versionColumn(),
  ...timestamps(),
});

/** Who recorded a row: the account (null once deleted) and the label shown for it. */
export const recordedBy = () => ({
  createdBy: text("created_by"),
  createdByLabel: text("created_by_label").notNull(),
});

/** A session row's times, stored by the SHA-256 of its token. */
export const sessionTimes = () => ({
  createdAt: integer("created_at").notNull(),
  lastSeenAt: integer("last_seen_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
});

/**
 * A member's row in a yearly cycle; `unit_path` and `grp` are the member's cell and group when
 * last written: the roll-up counters are keyed by them, and the recount reads them back.
 */
export const memberInCycle = () => ({
  cycleId: text("cycle_id").notNull(),
  year: integer("year").notNull(),
  memberId: text("member_id").notNull(),
  unitId: text("unit_id").notNull(),
  unitPath: text("unit_path").notNull(),
  grp: text("grp").notNull(),
});

/** A tenant's settings of one feature: one row per tenant, no row = the defaults. */
export const tenantSettingsTable = <C extends Record<string, SQLiteColumnBuilderBase>>(
  name: string,
  columns: C,
) =>
  sqliteTable(name, {
    tenantId: text("tenant_id").primaryKey(),
    ...columns,
    version: versionColumn(),
    updatedBy: text("updated_by"),
    updatedAt: integer("updated_at").notNull(),
  });
