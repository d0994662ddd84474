import { READ_PROBLEMS, WRITE_PROBLEMS, apiRoutes } from "../../platform/api-routes";
import { IdParam, apiRouter, jsonBody, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
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

const route = apiRoutes("plans");
const _errs = problemResponses(400, 401, 403, 404, 409, 415);
const _reads = problemResponses(400, 401, 403, 404);
const MemberParam = IdParam;

export const plansApi = apiRouter()
  .openapi(
    route.get("/mine", {
      summary: "The signed-in member's plan of a year, with their group, effective criteria and focus issues",
      request: { query: YearQuery },
      out: MemberPlanOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => {
      const ctx = ctxOf(c);
      return c.json(await getMemberPlan(ctx, ownMemberId(ctx), c.req.valid("query").year), 200);
    },
  )
  .openapi(
    route.put("/mine", {
      summary: "Save the signed-in member's plan (registration and items) as a draft",
      request: { query: YearQuery, ...jsonBody(SavePlanInput) },
      out: PlanOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const content = c.req.valid("json");
      const year = c.req.valid("query").year;
      return c.json(
        await writePlan(ctx, ownMemberId(ctx), { content, submit: false, version: content.version, year }),
        200,
      );
    },
  )
  .openapi(
    route.post("/mine/submit", {
      summary:
        "Submit the signed-in member's saved plan to the cell (late submissions are accepted and marked)",
      request: { query: YearQuery, ...jsonBody(SubmitPlanInput) },
      out: PlanOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const { version } = c.req.valid("json");
      return c.json(
        await writePlan(ctx, ownMemberId(ctx), { submit: true, version, year: c.req.valid("query").year }),
        200,
      );
    },
  )
  .openapi(
    route.get("/members/{id}", {
      summary: "A member's plan of a year (a secretary: members of their subtree; a member: only themself)",
      request: { params: MemberParam, query: YearQuery },
      out: MemberPlanOut,
      problems: READ_PROBLEMS,
    }),
    async (c) =>
      c.json(await getMemberPlan(ctxOf(c), c.req.valid("param").id, c.req.valid("query").year), 200),
  )
  .openapi(
    route.put("/members/{id}", {
      summary:
        "Save a member's plan, e.g. by a secretary on their behalf (recorded as entered by the secretary)",
      request: { params: MemberParam, query: YearQuery, ...jsonBody(SavePlanInput) },
      out: PlanOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => {
      const content = c.req.valid("json");
      const req = { content, submit: false, version: content.version, year: c.req.valid("query").year };
      return c.json(await writePlan(ctxOf(c), c.req.valid("param").id, req), 200);
    },
  )
  .openapi(
    route.post("/members/{id}/submit", {
      summary: "Submit a member's saved plan, e.g. by a secretary on their behalf",
      request: { params: MemberParam, query: YearQuery, ...jsonBody(SubmitPlanInput) },
      out: PlanOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => {
      const req = { submit: true, version: c.req.valid("json").version, year: c.req.valid("query").year };
      return c.json(await writePlan(ctxOf(c), c.req.valid("param").id, req), 200);
    },
  )
  .openapi(
    route.get("/dashboard", {
      summary:
        "Completion of a unit and its children by group (not started, draft, submitted, returned, confirmed)",
      request: { query: DashboardQuery },
      out: DashboardOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json(await getDashboard(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    route.get("/dashboard/people", {
      summary: "The people behind the dashboard: members of a subtree with their plan status, leaders first",
      request: { query: PeopleQuery },
      out: PeopleOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json(await listPeople(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    route.post("/remind", {
      summary: "Remind members whose plan is not in: chosen members, or everyone pending in a unit",
      request: jsonBody(RemindInput),
      out: RemindOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await remindPending(ctxOf(c), c.req.valid("json")), 200),
  )
  .openapi(
    route.post("/confirm", {
      summary: "Confirm many submitted plans at once (all or none), optionally citing the cell meeting",
      request: jsonBody(BulkConfirmInput),
      out: BulkConfirmOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await confirmPlans(ctxOf(c), c.req.valid("json")), 200),
  )
  .openapi(
    route.get("/", {
      summary:
        "The work queue: plans of the actor's subtree in one status (submitted by default), leaders first",
      request: { query: QueueQuery },
      out: QueueOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json(await listPlans(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    route.get("/{id}", {
      summary: "A plan with its items and trail",
      request: { params: IdParam },
      out: PlanOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json(await getPlan(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    route.post("/{id}/confirm", {
      summary: "Confirm a submitted plan (the cell's confirmation), optionally citing the meeting",
      request: { params: IdParam, ...jsonBody(ConfirmPlanInput) },
      out: PlanOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await confirmPlan(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    route.post("/{id}/return", {
      summary: "Return a submitted plan to the member with a comment",
      request: { params: IdParam, ...jsonBody(ReturnPlanInput) },
      out: PlanOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await returnPlan(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    route.post("/{id}/reopen", {
      summary: "Reopen a confirmed plan for changes, with a recorded reason",
      request: { params: IdParam, ...jsonBody(ReopenPlanInput) },
      out: PlanOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await reopenPlan(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
