import { apiOps } from "../../platform/api-routes";
import { getDashboard, listPeople } from "./plans-dashboard.service";
import {
  BulkConfirmInput,
  ConfirmPlanInput,
  DashboardQuery,
  PeopleQuery,
  QueueQuery,
  RemindInput,
  ReopenPlanInput,
  ReturnPlanInput,
  SavePlanInput,
  SubmitPlanInput,
} from "./plans.inputs";
import {
  BulkConfirmOut,
  DashboardOut,
  MemberPlanOut,
  PeopleOut,
  PlanOut,
  QueueOut,
  RemindOut,
} from "./plans.outputs";
import { listPlans } from "./plans-queue.service";
import { remindPending } from "./plans-remind.service";
import { confirmPlan, confirmPlans, reopenPlan, returnPlan } from "./plans-review.service";
import { getMemberPlan, getPlan, ownMemberId } from "./plans.service";
import { writePlan } from "./plans-write.service";
import { YearQuery } from "../../platform/query-params";

const api = apiOps("plans");

export const plansApi = api.router(
  api.get("/mine", {
    who: "all",
    summary: "The signed-in member's plan of a year, with their group, effective criteria and focus issues",
    query: YearQuery,
    out: MemberPlanOut,
    run: (ctx, { query }) => getMemberPlan(ctx, ownMemberId(ctx), query.year),
  }),
  api.put("/mine", {
    who: "all",
    summary: "Save the signed-in member's plan (registration and items) as a draft",
    query: YearQuery,
    body: SavePlanInput,
    out: PlanOut,
    run: (ctx, { query: { year }, json: content }) =>
      writePlan(ctx, ownMemberId(ctx), { content, submit: false, version: content.version, year }),
  }),
  api.post("/mine/submit", {
    who: "all",
    summary:
      "Submit the signed-in member's saved plan to the cell (late submissions are accepted and marked); a refused submission (400, or 409 for leaders first) leaves the saved draft as it is",
    query: YearQuery,
    body: SubmitPlanInput,
    out: PlanOut,
    run: (ctx, { query: { year }, json: { version } }) =>
      writePlan(ctx, ownMemberId(ctx), { submit: true, version, year }),
  }),
  api.get("/members/{id}", {
    who: "all",
    summary: "A member's plan of a year (a secretary: members of their subtree; a member: only themself)",
    query: YearQuery,
    out: MemberPlanOut,
    run: (ctx, { id, query }) => getMemberPlan(ctx, id, query.year),
  }),
  api.put("/members/{id}", {
    who: "all",
    summary:
      "Save a member's plan, e.g. by a secretary on their behalf (recorded as entered by the secretary)",
    query: YearQuery,
    body: SavePlanInput,
    out: PlanOut,
    run: (ctx, { id, query: { year }, json: content }) =>
      writePlan(ctx, id, { content, submit: false, version: content.version, year }),
  }),
  api.post("/members/{id}/submit", {
    who: "all",
    summary: "Submit a member's saved plan, e.g. by a secretary on their behalf",
    query: YearQuery,
    body: SubmitPlanInput,
    out: PlanOut,
    run: (ctx, { id, query: { year }, json: { version } }) =>
      writePlan(ctx, id, { submit: true, version, year }),
  }),
  api.get("/dashboard", {
    who: "managers",
    summary:
      "Completion of a unit and its children by group (not started, draft, submitted, returned, confirmed)",
    query: DashboardQuery,
    out: DashboardOut,
    call: getDashboard,
  }),
  api.get("/dashboard/people", {
    who: "managers",
    summary: "The people behind the dashboard: members of a subtree with their plan status, leaders first",
    query: PeopleQuery,
    out: PeopleOut,
    call: listPeople,
  }),
  api.post("/remind", {
    who: "managers",
    summary: "Remind members whose plan is not in: chosen members, or everyone pending in a unit",
    body: RemindInput,
    out: RemindOut,
    call: remindPending,
  }),
  api.post("/confirm", {
    who: "managers",
    summary: "Confirm many submitted plans at once (all or none), optionally citing the cell meeting",
    body: BulkConfirmInput,
    out: BulkConfirmOut,
    call: confirmPlans,
  }),
  api.get("/", {
    who: "managers",
    summary:
      "The work queue: plans of the actor's subtree in one status (submitted by default), leaders first",
    query: QueueQuery,
    out: QueueOut,
    call: listPlans,
  }),
  api.get("/{id}", {
    who: "all",
    summary: "A plan with its items and trail",
    out: PlanOut,
    call: getPlan,
  }),
  api.post("/{id}/confirm", {
    who: "managers",
    summary: "Confirm a submitted plan (the cell's confirmation), optionally citing the meeting",
    body: ConfirmPlanInput,
    out: PlanOut,
    call: confirmPlan,
  }),
  api.post("/{id}/return", {
    who: "managers",
    summary: "Return a submitted plan to the member with a comment",
    body: ReturnPlanInput,
    out: PlanOut,
    call: returnPlan,
  }),
  api.post("/{id}/reopen", {
    who: "managers",
    summary: "Reopen a confirmed plan for changes, with a recorded reason",
    body: ReopenPlanInput,
    out: PlanOut,
    call: reopenPlan,
  }),
);
