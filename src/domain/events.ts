/** The change events an integrator can read from the feed or receive by webhook (docs/integrations.md). */
export const EVENT_TYPES = [
  "member.created",
  "member.updated",
  "member.transferred",
  "member.status_changed",
  "unit.created",
  "unit.updated",
  "unit.moved",
  "unit.retired",
  "unit.deleted",
  "plan.submitted",
  "plan.returned",
  "plan.confirmed",
  "plan.reopened",
  "notebook.entry_submitted",
  "meeting.recorded",
  "meeting.attendance_taken",
  "evaluation.self_assessed",
  "evaluation.proposed",
  "evaluation.decided",
  "model.created",
  "model.status_changed",
  "commendation.created",
  "cycle.opened",
  "cycle.closed",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];
