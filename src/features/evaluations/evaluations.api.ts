import { apiOps } from "../../platform/api-routes";
import { z } from "@hono/zod-openapi";
import { IdParam } from "../../platform/openapi";
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

const api = apiOps("evaluations");
const YearQuery = z.object({ year: yearQuery() });

/** Evaluations of a unit, the own evaluation, settings and decisions: mounted at /api/v1/evaluations. */
export const evaluationsApi = api.router(
  api.get("/", {
    who: "managers",
    summary: "Evaluations in a unit's subtree (leaders first), the distribution per level and the cap check",
    query: ListEvaluationsQuery,
    out: EvaluationListOut,
    call: listEvaluations,
  }),
  api.get("/mine", {
    who: "all",
    summary: "The signed-in member's evaluation of a year with its evidence",
    query: YearQuery,
    out: EvaluationViewOut,
    run: (ctx, { query }) => getMyEvaluationView(ctx, query.year),
  }),
  api.get("/settings", {
    who: "admin",
    summary: "The tenant's cap check (xuất sắc ≤ N % of tốt in a grassroots organisation)",
    out: SettingsOut,
    problems: [401, 403],
    call: getSettings,
  }),
  api.put("/settings", {
    who: "admin",
    summary: "Change the cap check (percent, on/off)",
    body: SettingsInput,
    out: SettingsOut,
    call: updateSettings,
  }),
  api.post("/mine/self", {
    who: "all",
    summary: "The signed-in member's own proposal of a level (until the cell proposes)",
    body: SelfProposalInput,
    out: EvaluationOut,
    call: proposeSelf,
  }),
  api.post("/{id}/decide", {
    who: "managers",
    summary: "The committee's decision; locks the evaluation. Beyond the cap, an overrideReason is required",
    body: DecideInput,
    out: EvaluationOut,
    call: decideEvaluation,
  }),
);

/** A member's evaluation and the cell's proposal: mounted at /api/v1/members/{id}/evaluation. */
export const memberEvaluationApi = api.router(
  api.get("/", {
    who: "all",
    summary:
      "A member's evaluation of a year with the evidence beside it (plan, progress, compliance, praise, commendations)",
    params: IdParam,
    query: YearQuery,
    out: EvaluationViewOut,
    run: (ctx, { id, query }) => getEvaluationView(ctx, id, query.year),
  }),
  api.post("/propose", {
    who: "managers",
    summary:
      "The cell's proposal: level, optional 100-point score, hard conditions (after the annual review)",
    params: IdParam,
    body: CellProposalInput,
    out: EvaluationOut,
    call: proposeCell,
  }),
);
