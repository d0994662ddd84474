import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { memberInCycle, tenantRow, tenantSettingsTable, versioned } from "../../columns";

/**
 * The year-end evaluation of a member for a cycle: the member's self-proposal, the cell's
 * proposal (with the optional 100-point score and the hard conditions) and the committee's
 * decision, which locks it. `unit_path`, `grp` and `cap_unit_id` (the grassroots organisation
 * of the 20 % check) are refreshed on every write until the decision, which counts under them.
 */
export const evaluations = sqliteTable(
  "evaluations",
  {
    ...tenantRow(),
    ...memberInCycle(),
    capUnitId: text("cap_unit_id").notNull(),
    /** open | decided */
    status: text("status").notNull(),
    selfLevel: text("self_level"),
    selfNote: text("self_note").notNull().default(""),
    selfAt: integer("self_at"),
    cellLevel: text("cell_level"),
    cellNote: text("cell_note").notNull().default(""),
    cellAt: integer("cell_at"),
    cellBy: text("cell_by"),
    cellByLabel: text("cell_by_label"),
    /** Points of QĐ 366-QĐ/TW: general criteria (0–30) and task results (0–70). */
    scoreGeneral: integer("score_general"),
    scoreTasks: integer("score_tasks"),
    /** JSON array of the hard-condition codes that apply (evaluations.rules.ts). */
    conditionsJson: text("conditions_json").notNull().default("[]"),
    decidedLevel: text("decided_level"),
    decisionNote: text("decision_note").notNull().default(""),
    decidedAt: integer("decided_at"),
    decidedBy: text("decided_by"),
    decidedByLabel: text("decided_by_label"),
    /** The committee's decision that records the rating: its number ("125-QĐ/ĐU") and date (YYYY-MM-DD). */
    decisionNumber: text("decision_number"),
    decisionDate: text("decision_date"),
    /** The cap warning shown at the decision, and the reason it was overridden. */
    capWarning: text("cap_warning"),
    capOverrideReason: text("cap_override_reason"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("evaluations_cycle_member_uq").on(t.tenantId, t.cycleId, t.memberId),
    index("evaluations_member_idx").on(t.tenantId, t.memberId, t.year),
    index("evaluations_year_path_idx").on(t.tenantId, t.year, t.unitPath),
    index("evaluations_year_updated_idx").on(t.tenantId, t.year, t.updatedAt, t.id),
  ],
);

/** Per-tenant settings of the evaluation: the "xuất sắc ≤ N % of tốt" check. No row = defaults. */
export const evaluationSettings = tenantSettingsTable("evaluation_settings", {
  capPercent: integer("cap_percent").notNull().default(20),
  capEnabled: integer("cap_enabled").notNull().default(1),
});
