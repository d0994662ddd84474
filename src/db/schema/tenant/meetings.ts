import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { recordedBy, tenantRow, versioned } from "../../columns";

/**
 * Cell meetings (sinh hoạt chi bộ): regular or thematic, with the minutes number and the
 * attendance. `unit_path` is the unit's path when recorded: the roll-up counters are keyed by it.
 */
export const meetings = sqliteTable(
  "meetings",
  {
    ...tenantRow(),
    unitId: text("unit_id").notNull(),
    unitPath: text("unit_path").notNull(),
    year: integer("year").notNull(),
    /** ISO "YYYY-MM-DD". */
    date: text("date").notNull(),
    /** regular (thường kỳ) | thematic (chuyên đề) */
    kind: text("kind").notNull(),
    minutesNumber: text("minutes_number").notNull(),
    topic: text("topic").notNull().default(""),
    attendance: integer("attendance").notNull(),
    expected: integer("expected").notNull(),
    notes: text("notes").notNull().default(""),
    ...recordedBy(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("meetings_minutes_uq").on(t.tenantId, t.unitId, t.year, t.minutesNumber),
    index("meetings_unit_date_idx").on(t.tenantId, t.unitId, t.date),
    index("meetings_year_path_idx").on(t.tenantId, t.year, t.unitPath),
  ],
);

/**
 * Praise (biểu dương) or criticism (phê bình, nhắc nhở) of one member recorded in a meeting's
 * minutes; `grp` is the member's group when recorded (counted under it).
 */
export const meetingRemarks = sqliteTable(
  "meeting_remarks",
  {
    ...tenantRow(),
    meetingId: text("meeting_id").notNull(),
    memberId: text("member_id").notNull(),
    unitPath: text("unit_path").notNull(),
    year: integer("year").notNull(),
    grp: text("grp").notNull(),
    /** praise | criticism */
    kind: text("kind").notNull(),
    content: text("content").notNull(),
    ...recordedBy(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    index("meeting_remarks_meeting_idx").on(t.tenantId, t.meetingId),
    index("meeting_remarks_member_idx").on(t.tenantId, t.memberId, t.year),
  ],
);

/**
 * A member's turn to report on their plan before the cell (báo cáo luân phiên): one a member and year,
 * planned for a meeting date; `remark_id` is the report remark that fulfilled it (with `meeting_id`).
 */
export const reportTurns = sqliteTable(
  "report_turns",
  {
    ...tenantRow(),
    /** The cell that planned the turn, at a meeting date (ISO "YYYY-MM-DD"). */
    unitId: text("unit_id").notNull(),
    date: text("date").notNull(),
    /** One turn a member and year. */
    memberId: text("member_id").notNull(),
    year: integer("year").notNull(),
    ...versioned(),
    /** Once reported: the report remark that fulfilled the turn, and its meeting. */
    remarkId: text("remark_id"),
    meetingId: text("meeting_id"),
  },
  (t) => [
    uniqueIndex("report_turns_member_uq").on(t.tenantId, t.memberId, t.year),
    index("report_turns_unit_idx").on(t.tenantId, t.unitId, t.year, t.date),
    index("report_turns_remark_idx").on(t.tenantId, t.remarkId),
  ],
);

/**
 * Attendance of one member at one meeting (điểm danh): present, excused (with the reason) or absent.
 * The meeting's `attendance` (present) and `expected` (rows) are derived from these rows when taken.
 */
export const meetingAttendance = sqliteTable(
  "meeting_attendance",
  {
    ...tenantRow(),
    meetingId: text("meeting_id").notNull(),
    memberId: text("member_id").notNull(),
    year: integer("year").notNull(),
    /** present | excused | absent */
    status: text("status").notNull(),
    reason: text("reason").notNull().default(""),
  },
  (t) => [
    uniqueIndex("meeting_attendance_uq").on(t.tenantId, t.meetingId, t.memberId),
    index("meeting_attendance_member_idx").on(t.tenantId, t.memberId, t.year),
  ],
);
