import { orNull } from "../../platform/openapi";
import { getYearTheme, setYearTheme } from "./criteria-themes.service";
import { GROUPS, vnYear } from "../../domain";
import { z } from "@hono/zod-openapi";
import { apiOps, byVersion } from "../../platform/api-routes";
import { notFound } from "../../platform/errors";
import { VersionQuery } from "../../platform/query-params";
import { requireRole } from "../../platform/tenant-context";
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

const api = apiOps("criteria");
const GroupYearQuery = YearQuery.extend({
  group: z
    .enum(GROUPS, { error: "Nhóm phải là exemplar hoặc follower." })
    .optional()
    .openapi({ param: { in: "query" } }),
});

/** Mounted at /api/v1/criteria: templates, effective criteria, themes and focus issues. */
export const criteriaApi = api.router(
  api.get("/templates", {
    who: "managers",
    summary: "The template library (e.g. plan 62-KH/ĐUK, Trà Vinh 2022)",
    out: z.object({ items: z.array(TemplateOut) }),
    run: (ctx) => {
      requireRole(ctx, "admin", "secretary");
      return { items: [...CRITERIA_TEMPLATES] };
    },
  }),
  api.get("/mine", {
    who: "all",
    summary: "The signed-in account's effective criteria (its unit's set laid over its ancestors')",
    query: GroupYearQuery,
    out: EffectiveOut,
    run: (ctx, { query: q }) => {
      if (!ctx.actor.unitId) throw notFound("Tài khoản chưa gắn với đơn vị nào.");
      return resolveEffectiveCriteria(ctx, ctx.actor.unitId, q.year ?? vnYear(ctx.now), q.group);
    },
  }),
  api.get("/units/{id}/effective", {
    who: "all",
    summary: "A unit's effective criteria with the origin and exact versions of each",
    query: GroupYearQuery,
    out: EffectiveOut,
    run: (ctx, { id, query: q }) => resolveEffectiveCriteria(ctx, id, q.year ?? vnYear(ctx.now), q.group),
  }),
  api.get("/themes", {
    who: "all",
    summary: "The year's themes (chuyên đề toàn khóa, chuyên đề năm)",
    query: YearQuery,
    out: z.object({ theme: orNull(YearThemeOut) }),
    run: async (ctx, { query }) => ({ theme: await getYearTheme(ctx, query.year ?? vnYear(ctx.now)) }),
  }),
  api.put("/themes", {
    who: "admin",
    summary: "Record or replace a year's themes (send `version` when replacing)",
    body: YearThemeInput,
    out: YearThemeOut,
    call: setYearTheme,
  }),
  api.get("/units/{id}/focus-issues", {
    who: "all",
    summary: "Focus issues of a unit and its ancestors for a year (what plan items can link to)",
    query: YearQuery,
    out: z.object({ unit: z.object({ id: z.string(), name: z.string() }), issues: z.array(FocusIssueOut) }),
    run: (ctx, { id, query }) => listFocusIssuesForUnit(ctx, id, query.year ?? vnYear(ctx.now)),
  }),
  api.post("/focus-issues", {
    who: "managers",
    summary: "Record one of a unit's 3–4 focus issues of a year",
    body: CreateFocusIssueInput,
    out: FocusIssueOut,
    status: 201,
    call: createFocusIssue,
  }),
  api.patch("/focus-issues/{id}", {
    who: "managers",
    summary: "Edit a focus issue",
    body: UpdateFocusIssueInput,
    out: FocusIssueOut,
    call: updateFocusIssue,
  }),
  api.delete("/focus-issues/{id}", {
    who: "managers",
    summary: "Delete a focus issue no plan item links to",
    query: VersionQuery,
    call: byVersion(deleteFocusIssue),
  }),
);
