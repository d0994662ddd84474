import { getYearTheme, setYearTheme } from "./criteria-themes.service";
import { GROUPS, vnYear } from "../../domain";
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../platform/errors";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { VersionQuery } from "../../platform/query-params";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { YearQuery } from "./criteria-sets.api";
import {
  createFocusIssue,
  deleteFocusIssue,
  listFocusIssuesForUnit,
  updateFocusIssue,
} from "./criteria-focus.service";
import { CreateFocusIssueInput, UpdateFocusIssueInput, YearThemeInput } from "./criteria.inputs";
import { EffectiveOut, FocusIssueOut, TemplateOut, YearThemeOut } from "./criteria.outputs";
import { resolveEffectiveCriteria } from "./criteria.service";
import { CRITERIA_TEMPLATES } from "./criteria-templates.rules";

const tags = ["criteria"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);
const reads = problemResponses(400, 401, 403, 404);
const GroupYearQuery = YearQuery.extend({
  group: z
    .enum(GROUPS, { error: "Nhóm phải là exemplar hoặc follower." })
    .optional()
    .openapi({ param: { in: "query" } }),
});

/** Mounted at /api/v1/criteria: templates, effective criteria, themes and focus issues. */
export const criteriaApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/templates",
      tags,
      summary: "The template library (e.g. plan 62-KH/ĐUK, Trà Vinh 2022)",
      responses: { 200: jsonContent(z.object({ items: z.array(TemplateOut) })), ...reads },
    }),
    (c) => {
      requireRole(ctxOf(c), "admin", "secretary");
      return c.json({ items: [...CRITERIA_TEMPLATES] }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/mine",
      tags,
      summary: "The signed-in account's effective criteria (its unit's set laid over its ancestors')",
      request: { query: GroupYearQuery },
      responses: { 200: jsonContent(EffectiveOut), ...reads },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const q = c.req.valid("query");
      if (!ctx.actor.unitId) throw notFound("Tài khoản chưa gắn với đơn vị nào.");
      return c.json(
        await resolveEffectiveCriteria(ctx, ctx.actor.unitId, q.year ?? vnYear(ctx.now), q.group),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/units/{id}/effective",
      tags,
      summary: "A unit's effective criteria with the origin and exact versions of each",
      request: { params: IdParam, query: GroupYearQuery },
      responses: { 200: jsonContent(EffectiveOut), ...reads },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const q = c.req.valid("query");
      return c.json(
        await resolveEffectiveCriteria(ctx, c.req.valid("param").id, q.year ?? vnYear(ctx.now), q.group),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/themes",
      tags,
      summary: "The year's themes (chuyên đề toàn khóa, chuyên đề năm)",
      request: { query: YearQuery },
      responses: { 200: jsonContent(z.object({ theme: YearThemeOut.nullable() })), ...reads },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      return c.json({ theme: await getYearTheme(ctx, c.req.valid("query").year ?? vnYear(ctx.now)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/themes",
      tags,
      summary: "Record or replace a year's themes (send `version` when replacing)",
      request: jsonBody(YearThemeInput),
      responses: { 200: jsonContent(YearThemeOut), ...errs },
    }),
    async (c) => c.json(await setYearTheme(ctxOf(c), c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/units/{id}/focus-issues",
      tags,
      summary: "Focus issues of a unit and its ancestors for a year (what plan items can link to)",
      request: { params: IdParam, query: YearQuery },
      responses: {
        200: jsonContent(
          z.object({ unit: z.object({ id: z.string(), name: z.string() }), issues: z.array(FocusIssueOut) }),
        ),
        ...reads,
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const year = c.req.valid("query").year ?? vnYear(ctx.now);
      return c.json(await listFocusIssuesForUnit(ctx, c.req.valid("param").id, year), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/focus-issues",
      tags,
      summary: "Record one of a unit's 3–4 focus issues of a year",
      request: jsonBody(CreateFocusIssueInput),
      responses: { 201: jsonContent(FocusIssueOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createFocusIssue(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/focus-issues/{id}",
      tags,
      summary: "Edit a focus issue",
      request: { params: IdParam, ...jsonBody(UpdateFocusIssueInput) },
      responses: { 200: jsonContent(FocusIssueOut), ...errs },
    }),
    async (c) => c.json(await updateFocusIssue(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/focus-issues/{id}",
      tags,
      summary: "Delete a focus issue no plan item links to",
      request: {
        params: IdParam,
        query: VersionQuery,
      },
      responses: { 204: { description: "Deleted" }, ...errs },
    }),
    async (c) => {
      await deleteFocusIssue(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  );
