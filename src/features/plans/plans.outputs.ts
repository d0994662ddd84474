import { orNull } from "../../platform/openapi";
import { GROUPS } from "../../domain/groups";
import { citedMeetingOut, confirmationOut } from "../../domain/plan-confirmation";
import { z } from "@hono/zod-openapi";
import { cursorPage, memberBrief, UnitBrief, timestamp, timestampOrNull } from "../../platform/api-fields";
import { CycleOut } from "../cycles";
import { PEOPLE_STATUSES, PLAN_STATUSES } from "./plans.inputs";

export const PlanItemOut = z
  .object({
    id: z.string(),
    position: z.number(),
    criterionKey: z.string(),
    criterionVersionId: z.string(),
    /** The wording of the exact criterion version the item was written against. */
    criterionTitle: z.string().nullable(),
    criterionBody: z.string().nullable(),
    focusIssueId: z.string().nullable(),
    focusIssueTitle: z.string().nullable(),
    yearTheme: z.boolean(),
    commitment: z.string(),
    measure: z.string(),
    dueDate: z.string(),
  })
  .openapi("PlanItem");
export type PlanItemOut = z.infer<typeof PlanItemOut>;

export const PLAN_EVENT_KINDS = ["entered", "submitted", "returned", "confirmed", "reopened"] as const;
export const PlanEventOut = z
  .object({
    at: timestamp(),
    kind: z.enum(PLAN_EVENT_KINDS),
    actorLabel: z.string(),
    onBehalf: z.boolean(),
    comment: z.string().nullable(),
    ...citedMeetingOut,
  })
  .openapi("PlanEvent");
export type PlanEventOut = z.infer<typeof PlanEventOut>;

/** Whose plan it is, where, in which group, and its status: what a plan and a queue row both show. */
const planOwner = {
  memberId: z.string(),
  memberName: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  group: z.enum(GROUPS),
  status: z.enum(PLAN_STATUSES),
};

export const PlanOut = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    year: z.number(),
    ...planOwner,
    registration: z.string(),
    late: z.boolean(),
    leadersLate: z.boolean(),
    firstSubmittedAt: timestampOrNull(),
    submittedAt: timestampOrNull(),
    returnedAt: timestampOrNull(),
    returnedByLabel: z.string().nullable(),
    returnComment: z.string().nullable(),
    confirmedAt: timestampOrNull(),
    ...confirmationOut,
    meetingId: z.string().nullable(),
    reopenedAt: timestampOrNull(),
    reopenReason: z.string().nullable(),
    /** "Entered by X on behalf of the member", when a secretary last wrote or submitted it. */
    enteredBy: z.object({ accountId: z.string(), label: z.string(), at: timestamp() }).nullable(),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
    items: z.array(PlanItemOut),
    events: z.array(PlanEventOut),
  })
  .openapi("Plan");
export type PlanOut = z.infer<typeof PlanOut>;

export const CriterionChoice = z
  .object({
    criterionVersionId: z.string(),
    key: z.string(),
    number: z.number(),
    title: z.string(),
    body: z.string(),
    isCore: z.boolean(),
    originUnitName: z.string(),
  })
  .openapi("PlanCriterion");
export type CriterionChoice = z.infer<typeof CriterionChoice>;

export const MemberPlanOut = z
  .object({
    member: z.object({ ...memberBrief, status: z.string() }),
    year: z.number(),
    /** Years that have a cycle, newest first. */
    years: z.array(z.number()),
    cycle: orNull(CycleOut),
    /** The group the plan is written for (the member's current group while it can be edited). */
    group: z.enum(GROUPS),
    deadline: z.string().nullable(),
    criteria: z.array(CriterionChoice),
    focusIssues: z.array(
      z.object({ id: z.string(), title: z.string(), kind: z.string(), unitName: z.string() }),
    ),
    yearTheme: z.object({ termTheme: z.string(), yearTheme: z.string() }).nullable(),
    plan: orNull(PlanOut),
    canEdit: z.boolean(),
    /** Why group 2 cannot submit yet (leaders-first gating), if so. */
    gatedBy: z.number().nullable(),
  })
  .openapi("MemberPlan");
export type MemberPlanOut = z.infer<typeof MemberPlanOut>;

export const QueueItemOut = z
  .object({
    id: z.string(),
    ...planOwner,
    late: z.boolean(),
    submittedAt: timestampOrNull(),
    itemCount: z.number(),
    enteredByLabel: z.string().nullable(),
    version: z.number(),
    updatedAt: timestamp(),
  })
  .openapi("PlanQueueItem");
export type QueueItemOut = z.infer<typeof QueueItemOut>;

export const QueueOut = cursorPage(QueueItemOut, { year: z.number() }).openapi("PlanQueue");
export type QueueOut = z.infer<typeof QueueOut>;

const GroupCounts = z.object({
  members: z.number(),
  notStarted: z.number(),
  draft: z.number(),
  submitted: z.number(),
  returned: z.number(),
  confirmed: z.number(),
  registered: z.number(),
  late: z.number(),
  /** Group-2 plans first submitted before every group-1 member of their cell had submitted. */
  leadersLate: z.number(),
});
export type GroupCounts = z.infer<typeof GroupCounts>;

export const DashboardRowOut = z.object({
  unit: UnitBrief,
  exemplar: GroupCounts,
  follower: GroupCounts,
  /** True when no group-2 plan of the subtree was submitted ahead of its cell's leaders. */
  leadersFirst: z.boolean(),
});
export type DashboardRowOut = z.infer<typeof DashboardRowOut>;

export const DashboardOut = z
  .object({
    year: z.number(),
    cycle: orNull(CycleOut),
    unit: UnitBrief,
    ancestors: z.array(z.object({ id: z.string(), name: z.string() })),
    total: DashboardRowOut,
    children: z.array(DashboardRowOut),
  })
  .openapi("PlanDashboard");
export type DashboardOut = z.infer<typeof DashboardOut>;

export const PersonOut = z
  .object({
    memberId: z.string(),
    fullName: z.string(),
    unitId: z.string(),
    unitName: z.string().nullable(),
    group: z.enum(GROUPS),
    status: z.enum(PEOPLE_STATUSES),
    planId: z.string().nullable(),
    late: z.boolean(),
    submittedAt: timestampOrNull(),
  })
  .openapi("PlanPerson");
export type PersonOut = z.infer<typeof PersonOut>;

export const PeopleOut = cursorPage(PersonOut, { year: z.number() }).openapi("PlanPeople");
export type PeopleOut = z.infer<typeof PeopleOut>;

export const RemindOut = z
  .object({
    /** People reminded now: those with an account they use (a password set), not yet reminded today. */
    sent: z.number(),
    /** People with an account who were already reminded today (a reminder goes out once a day). */
    alreadyToday: z.number(),
    /** When the latest of those earlier reminders went out today. */
    lastRemindedAt: timestampOrNull(),
    /** Pending people a reminder in the app cannot reach: no account, or one never activated or locked. */
    withoutAccount: z.number(),
  })
  .openapi("RemindResult");
export const BulkConfirmOut = z.object({ confirmed: z.array(z.string()) }).openapi("BulkConfirmResult");
