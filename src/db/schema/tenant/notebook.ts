import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { memberInCycle, tenantRow, versioned } from "../../columns";

/**
 * Entries of the notebook "Sổ tay làm theo gương Bác" (entry 1, the plan, lives in plans).
 * Reviews (q1, midyear, q3, annual) hold the three parts and the progress per plan item;
 * free entries a title and a body. draft → submitted (→ draft when the cell returns it).
 * `unit_path` and `grp` are the member's cell and group when last written: counters use them.
 */
export const notebookEntries = sqliteTable(
  "notebook_entries",
  {
    ...tenantRow(),
    ...memberInCycle(),
    kind: text("kind").notNull(),
    status: text("status").notNull(),
    title: text("title").notNull().default(""),
    body: text("body").notNull().default(""),
    strengths: text("strengths").notNull().default(""),
    shortcomings: text("shortcomings").notNull().default(""),
    remedies: text("remedies").notNull().default(""),
    /** JSON [{ itemId, position, status: done|in_progress|not_done, note }]. */
    progressJson: text("progress_json").notNull().default("[]"),
    /** early | on_time | late against the cycle's window, set on submission. */
    timing: text("timing"),
    submittedAt: integer("submitted_at"),
    /** Set when a secretary last wrote or submitted it on the member's behalf. */
    enteredByAccountId: text("entered_by_account_id"),
    enteredByLabel: text("entered_by_label"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("notebook_entries_review_uq")
      .on(t.tenantId, t.cycleId, t.memberId, t.kind)
      .where(sql`kind <> 'free'`),
    index("notebook_entries_member_idx").on(t.tenantId, t.memberId, t.year),
    index("notebook_entries_year_path_idx").on(t.tenantId, t.year, t.unitPath),
    index("notebook_entries_updated_idx").on(t.tenantId, t.updatedAt, t.id),
  ],
);

/** The cell's comments on submitted entries (nhận xét của chi ủy), and the reason of a return. */
export const notebookComments = sqliteTable(
  "notebook_comments",
  {
    ...tenantRow(),
    entryId: text("entry_id").notNull(),
    memberId: text("member_id").notNull(),
    /** comment | return */
    kind: text("kind").notNull(),
    content: text("content").notNull(),
    authorAccountId: text("author_account_id"),
    authorLabel: text("author_label").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    index("notebook_comments_entry_idx").on(t.tenantId, t.entryId, t.createdAt),
    index("notebook_comments_member_idx").on(t.tenantId, t.memberId),
  ],
);
