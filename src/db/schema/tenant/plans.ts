import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { memberInCycle, tenantRow, timestamps, versioned } from "../../columns";

/**
 * A member's registration and personal plan for one cycle. `unit_path` and `grp` are the
 * member's cell and group when the plan was last written: the roll-up counters are keyed by
 * them, and the recount reads them back. draft → submitted → (returned → submitted)* → confirmed.
 */
export const plans = sqliteTable(
  "plans",
  {
    ...tenantRow(),
    ...memberInCycle(),
    status: text("status").notNull(),
    registration: text("registration").notNull().default(""),
    /** First submitted after the group's deadline. */
    late: integer("late").notNull().default(0),
    /** A group-2 plan first submitted while some group-1 member of its cell had not submitted. */
    leadersLate: integer("leaders_late").notNull().default(0),
    firstSubmittedAt: integer("first_submitted_at"),
    submittedAt: integer("submitted_at"),
    returnedAt: integer("returned_at"),
    returnedByLabel: text("returned_by_label"),
    returnComment: text("return_comment"),
    confirmedAt: integer("confirmed_at"),
    confirmedBy: text("confirmed_by"),
    confirmedByLabel: text("confirmed_by_label"),
    /** The cell meeting that confirmed it: date (ISO) and minutes number; meeting_id once meetings exist. */
    meetingDate: text("meeting_date"),
    minutesNumber: text("minutes_number"),
    meetingId: text("meeting_id"),
    reopenedAt: integer("reopened_at"),
    reopenReason: text("reopen_reason"),
    /** Set when a secretary last wrote or submitted it on the member's behalf. */
    enteredByAccountId: text("entered_by_account_id"),
    enteredByLabel: text("entered_by_label"),
    enteredAt: integer("entered_at"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("plans_tenant_cycle_member_uq").on(t.tenantId, t.cycleId, t.memberId),
    index("plans_tenant_member_year_idx").on(t.tenantId, t.memberId, t.year),
    index("plans_tenant_year_status_path_idx").on(t.tenantId, t.year, t.status, t.unitPath),
    index("plans_tenant_year_path_idx").on(t.tenantId, t.year, t.unitPath),
    index("plans_tenant_year_updated_idx").on(t.tenantId, t.year, t.updatedAt, t.id),
  ],
);

/** The content items of a plan, replaced as a whole on every save. */
export const planItems = sqliteTable(
  "plan_items",
  {
    ...tenantRow(),
    planId: text("plan_id").notNull(),
    position: integer("position").notNull(),
    /** Lineage key of the criterion and the exact criterion version (criteria.id) written against. */
    criterionKey: text("criterion_key").notNull(),
    criterionVersionId: text("criterion_version_id").notNull(),
    focusIssueId: text("focus_issue_id"),
    yearTheme: integer("year_theme").notNull().default(0),
    commitment: text("commitment").notNull(),
    measure: text("measure").notNull(),
    dueDate: text("due_date").notNull(),
    ...timestamps(),
  },
  (t) => [
    index("plan_items_tenant_plan_idx").on(t.tenantId, t.planId, t.position),
    // Deleting a focus issue asks whether any plan item links to it.
    index("plan_items_focus_issue_idx").on(t.tenantId, t.focusIssueId).where(sql`focus_issue_id IS NOT NULL`),
  ],
);

/** The trail a member sees: submitted, returned (comment), confirmed (meeting), reopened (reason), entered on behalf. */
export const planEvents = sqliteTable(
  "plan_events",
  {
    ...tenantRow(),
    planId: text("plan_id").notNull(),
    at: integer("at").notNull(),
    kind: text("kind").notNull(),
    actorAccountId: text("actor_account_id"),
    actorLabel: text("actor_label").notNull(),
    onBehalf: integer("on_behalf").notNull().default(0),
    comment: text("comment"),
    meetingDate: text("meeting_date"),
    minutesNumber: text("minutes_number"),
  },
  (t) => [index("plan_events_tenant_plan_idx").on(t.tenantId, t.planId, t.at)],
);
