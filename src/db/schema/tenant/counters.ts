import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Roll-up counters: one row per (unit, year, metric, group), kept for the unit where a
 * row lives AND every ancestor, so that a province's figure is one row like a cell's.
 * Written in the same batch as the change they count; `year` 0 = not tied to a cycle.
 */
export const unitCounters = sqliteTable(
  "unit_counters",
  {
    tenantId: text("tenant_id").notNull(),
    unitId: text("unit_id").notNull(),
    year: integer("year").notNull(),
    metric: text("metric").notNull(),
    grp: text("grp").notNull(),
    value: integer("value").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.unitId, t.year, t.metric, t.grp] })],
);
