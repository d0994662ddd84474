import { integer, text } from "drizzle-orm/sqlite-core";

/** Columns every tenant-data table starts with. */
export const tenantColumns = () => ({
  tenantId: text("tenant_id").notNull(),
});

export const timestamps = () => ({
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

export const versionColumn = () => integer("version").notNull().default(1);
