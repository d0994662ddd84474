import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
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

const tags = ["evaluations"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);
const YearQuery = z.object({ year: yearQuery() });

/** Evaluations of a unit, the own evaluation, settings and decisions: mounted at /api/v1/evaluations. */
export const evaluationsApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary:
        "Evaluations in a unit's subtree (leaders first), the distribution per level and the cap check",
      request: { query: ListEvaluationsQuery },
      responses: { 200: jsonContent(EvaluationListOut), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await listEvaluations(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/mine",
      tags,
      summary: "The signed-in member's evaluation of a year with its evidence",
      request: { query: YearQuery },
      responses: { 200: jsonContent(EvaluationViewOut), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getMyEvaluationView(ctxOf(c), c.req.valid("query").year), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/settings",
      tags,
      summary: "The tenant's cap check (xuất sắc ≤ N % of tốt in a grassroots organisation)",
      responses: { 200: jsonContent(SettingsOut), ...problemResponses(401, 403) },
    }),
    async (c) => c.json(await getSettings(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/settings",
      tags,
      summary: "Change the cap check (percent, on/off)",
      request: jsonBody(SettingsInput),
      responses: { 200: jsonContent(SettingsOut), ...errs },
    }),
    async (c) => c.json(await updateSettings(ctxOf(c), c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/mine/self",
      tags,
      summary: "The signed-in member's own proposal of a level (until the cell proposes)",
      request: jsonBody(SelfProposalInput),
      responses: { 200: jsonContent(EvaluationOut), ...errs },
    }),
    async (c) => c.json(await proposeSelf(ctxOf(c), c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/decide",
      tags,
      summary:
        "The committee's decision; locks the evaluation. Beyond the cap, an overrideReason is required",
      request: { params: IdParam, ...jsonBody(DecideInput) },
      responses: { 200: jsonContent(EvaluationOut), ...errs },
    }),
    async (c) => c.json(await decideEvaluation(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

/** A member's evaluation and the cell's proposal: mounted at /api/v1/members/{id}/evaluation. */
export const memberEvaluationApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary:
        "A member's evaluation of a year with the evidence beside it (plan, progress, compliance, praise, commendations)",
      request: { params: IdParam, query: YearQuery },
      responses: { 200: jsonContent(EvaluationViewOut), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(await getEvaluationView(ctxOf(c), c.req.valid("param").id, c.req.valid("query").year), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/propose",
      tags,
      summary:
        "The cell's proposal: level, optional 100-point score, hard conditions (after the annual review)",
      request: { params: IdParam, ...jsonBody(CellProposalInput) },
      responses: { 200: jsonContent(EvaluationOut), ...errs },
    }),
    async (c) => c.json(await proposeCell(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
