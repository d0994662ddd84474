import { READ_PROBLEMS, WRITE_PROBLEMS, apiRoutes } from "../../platform/api-routes";
import { z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import {
  CellProposalInput,
  DecideInput,
  EvaluationListOut,
  EvaluationOut,
  EvaluationViewOut,
  ListEvaluationsQuery,
  SelfProposalInput,
  SettingsInput,
  SettingsOut,
} from "./evaluations.inputs";
import { listEvaluations } from "./evaluations-list.service";
import { getSettings, updateSettings } from "./evaluations-settings.service";
import { getEvaluationView, getMyEvaluationView } from "./evaluations-view.service";
import { decideEvaluation, proposeCell, proposeSelf } from "./evaluations.service";
import { yearQuery } from "../../platform/query-params";

const route = apiRoutes("evaluations");
const _errs = problemResponses(400, 401, 403, 404, 409, 415);
const YearQuery = z.object({ year: yearQuery() });

/** Evaluations of a unit, the own evaluation, settings and decisions: mounted at /api/v1/evaluations. */
export const evaluationsApi = apiRouter()
  .openapi(
    route.get("/", {
      summary:
        "Evaluations in a unit's subtree (leaders first), the distribution per level and the cap check",
      request: { query: ListEvaluationsQuery },
      out: EvaluationListOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json(await listEvaluations(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    route.get("/mine", {
      summary: "The signed-in member's evaluation of a year with its evidence",
      request: { query: YearQuery },
      out: EvaluationViewOut,
      problems: READ_PROBLEMS,
    }),
    async (c) => c.json(await getMyEvaluationView(ctxOf(c), c.req.valid("query").year), 200),
  )
  .openapi(
    route.get("/settings", {
      summary: "The tenant's cap check (xuất sắc ≤ N % of tốt in a grassroots organisation)",
      out: SettingsOut,
      problems: [401, 403],
    }),
    async (c) => c.json(await getSettings(ctxOf(c)), 200),
  )
  .openapi(
    route.put("/settings", {
      summary: "Change the cap check (percent, on/off)",
      request: jsonBody(SettingsInput),
      out: SettingsOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await updateSettings(ctxOf(c), c.req.valid("json")), 200),
  )
  .openapi(
    route.post("/mine/self", {
      summary: "The signed-in member's own proposal of a level (until the cell proposes)",
      request: jsonBody(SelfProposalInput),
      out: EvaluationOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await proposeSelf(ctxOf(c), c.req.valid("json")), 200),
  )
  .openapi(
    route.post("/{id}/decide", {
      summary:
        "The committee's decision; locks the evaluation. Beyond the cap, an overrideReason is required",
      request: { params: IdParam, ...jsonBody(DecideInput) },
      out: EvaluationOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await decideEvaluation(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

/** A member's evaluation and the cell's proposal: mounted at /api/v1/members/{id}/evaluation. */
export const memberEvaluationApi = apiRouter()
  .openapi(
    route.get("/", {
      summary:
        "A member's evaluation of a year with the evidence beside it (plan, progress, compliance, praise, commendations)",
      request: { params: IdParam, query: YearQuery },
      out: EvaluationViewOut,
      problems: READ_PROBLEMS,
    }),
    async (c) =>
      c.json(await getEvaluationView(ctxOf(c), c.req.valid("param").id, c.req.valid("query").year), 200),
  )
  .openapi(
    route.post("/propose", {
      summary:
        "The cell's proposal: level, optional 100-point score, hard conditions (after the annual review)",
      request: { params: IdParam, ...jsonBody(CellProposalInput) },
      out: EvaluationOut,
      problems: WRITE_PROBLEMS,
    }),
    async (c) => c.json(await proposeCell(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
