import type { EventType } from "../../domain/events";
import type { EventInput } from "../../platform/events";
// Row → output mapping shared by the plans services (pure).
import type { Group } from "../../domain/groups";
import { pick } from "../../platform/pick";
import type { CycleRow } from "../cycles";
import type { PlanStatus } from "./plans.inputs";
import type { PlanEventOut, PlanItemOut, PlanOut } from "./plans.outputs";
import type { EventRow, ItemRow, PlanRow } from "./plans.queries";

export function toItemOut(
  i: ItemRow,
  wording?: { title: string | null; body: string | null; focusTitle?: string | null },
): PlanItemOut {
  return {
    id: i.id,
    position: i.position,
    criterionKey: i.criterionKey,
    criterionVersionId: i.criterionVersionId,
    criterionTitle: wording?.title ?? null,
    criterionBody: wording?.body ?? null,
    focusIssueId: i.focusIssueId,
    focusIssueTitle: wording?.focusTitle ?? null,
    yearTheme: i.yearTheme === 1,
    commitment: i.commitment,
    measure: i.measure,
    dueDate: i.dueDate,
  };
}

export function toEventOut(e: EventRow): PlanEventOut {
  return {
    at: e.at,
    kind: e.kind as PlanEventOut["kind"],
    actorLabel: e.actorLabel,
    onBehalf: e.onBehalf === 1,
    comment: e.comment,
    meetingDate: e.meetingDate,
    minutesNumber: e.minutesNumber,
  };
}

export function toPlanOut(
  p: PlanRow,
  names: { memberName: string; unitName: string | null },
  items: PlanItemOut[],
  events: PlanEventOut[],
): PlanOut {
  return {
    ...pick(p, "id", "cycleId", "year", "memberId"),
    memberName: names.memberName,
    unitId: p.unitId,
    unitName: names.unitName,
    group: p.grp as Group,
    status: p.status as PlanStatus,
    registration: p.registration,
    late: p.late === 1,
    leadersLate: p.leadersLate === 1,
    ...pick(p, "firstSubmittedAt", "submittedAt", "returnedAt", "returnedByLabel", "returnComment"),
    ...pick(p, "confirmedAt", "confirmedByLabel", "meetingDate", "minutesNumber", "meetingId"),
    ...pick(p, "reopenedAt", "reopenReason"),
    enteredBy:
      p.enteredByAccountId && p.enteredByLabel && p.enteredAt
        ? { accountId: p.enteredByAccountId, label: p.enteredByLabel, at: p.enteredAt }
        : null,
    ...pick(p, "version", "createdAt", "updatedAt"),
    items,
    events,
  };
}

/** What the audit log keeps of a plan: its state and its whole content. */
/** A plan's change event: its public fields without items or history, in the member's cell. */
export function planEvent(
  type: EventType,
  p: PlanRow,
  names: { memberName: string; unitName: string | null },
): EventInput {
  const { items: _i, events: _e, ...data } = toPlanOut(p, names, [], []);
  return { type, unit: { id: p.unitId, path: p.unitPath }, resource: { type: "plan", id: p.id }, data };
}

export function auditState(p: PlanRow | null, items: { commitment: string; criterionVersionId: string }[]) {
  if (!p) return undefined;
  return {
    status: p.status,
    version: p.version,
    group: p.grp,
    unitId: p.unitId,
    late: p.late === 1,
    registration: p.registration,
    items,
  };
}

export const cycleOpen = (c: CycleRow | undefined | null): c is CycleRow => !!c && c.status === "open";
