import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenantRow, versioned } from "../../columns";

/**
 * The yearly cycle of a tenant: deadlines (ISO dates, Vietnam time), checkpoint mode, the
 * minimum plan items, the framework version it is based on and the leaders-first gating.
 * Closing it locks every plan of its year.
 */
export const cycles = sqliteTable(
  "cycles",
  {
    ...tenantRow(),
    year: integer("year").notNull(),
    /** open | closed */
    status: text("status").notNull().default("open"),
    exemplarDeadline: text("exemplar_deadline").notNull(),
    followerDeadline: text("follower_deadline").notNull(),
    midyearFrom: text("midyear_from").notNull(),
    midyearTo: text("midyear_to").notNull(),
    annualFrom: text("annual_from").notNull(),
    annualTo: text("annual_to").notNull(),
    /** three (plan, mid-year, annual) | quarterly */
    checkpointMode: text("checkpoint_mode").notNull().default("three"),
    minItems: integer("min_items").notNull().default(4),
    /** The framework (criteria set version) the cycle is based on; plans pin their own exact rows. */
    criteriaSetVersionId: text("criteria_set_version_id"),
    /** 1: in a cell, group 2 may submit only once every group-1 member has submitted. */
    gating: integer("gating").notNull().default(0),
    /** JSON array of days before a deadline on which reminders go out, e.g. [7,3,1]. */
    reminderDays: text("reminder_days").notNull().default("[7,3,1]"),
    closedAt: integer("closed_at"),
    closedBy: text("closed_by"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("cycles_tenant_year_uq").on(t.tenantId, t.year),
    index("cycles_tenant_status_idx").on(t.tenantId, t.status),
  ],
);
