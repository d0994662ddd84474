import { listSets } from "./criteria-index.service";
import { createSet } from "./criteria-create.service";
import { getSetCompare } from "./criteria-sets.service";
import { vnYear } from "../../domain";
import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { VersionQuery } from "../../platform/query-params";
import { ctxOf } from "../../platform/tenant-context";

import { discardDraft, publishSet, startNewDraft } from "./criteria-publish.service";
import {
  AddCriterionInput,
  ConcretiseInput,
  CreateSetInput,
  MoveCriterionInput,
  SetVersionInput,
  UpdateCriterionInput,
  UpdateSetInput,
} from "./criteria.inputs";
import {
  addCriterion,
  concretiseCriterion,
  deleteCriterion,
  hideCriterion,
  moveCriterion,
  rebaseCriterion,
  restoreCriterion,
  updateCriterion,
  updateSetHeader,
} from "./criteria-items.service";
import {
  CompareOut,
  EditOutcomeOut,
  SetListOut,
  SetOut,
  VersionDetailOut,
  toSetOut,
} from "./criteria.outputs";
import { getSetVersion, getSetView } from "./criteria-sets.service";

const tags = ["criteria"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);
const reads = problemResponses(400, 401, 403, 404);
const idRe = /^[0-9a-z]{16}$/;
const KeyParams = z.object({
  id: z
    .string()
    .regex(idRe, "Mã định danh không hợp lệ.")
    .openapi({ param: { name: "id", in: "path" } }),
  key: z
    .string()
    .regex(idRe, "Mã tiêu chí không hợp lệ.")
    .openapi({ param: { name: "key", in: "path" }, description: "Lineage key of the criterion" }),
});
export const YearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000, "Năm không hợp lệ.")
    .max(2100, "Năm không hợp lệ.")
    .optional()
    .openapi({ param: { in: "query" }, description: "Defaults to the current year" }),
});
const Created = z
  .object({ id: z.string(), versionId: z.string(), version: z.number() })
  .openapi("CreatedCriteriaSet");

/** One POST /criteria/sets/{id}/criteria/{key}/<verb> route taking `body` (`{ version }` by default). */
function keyVerb<B extends z.ZodType = typeof SetVersionInput>(verb: string, summary: string, body?: B) {
  return createRoute({
    method: "post",
    path: `/sets/{id}/criteria/{key}/${verb}`,
    tags,
    summary,
    request: { params: KeyParams, ...jsonBody((body ?? SetVersionInput) as B) },
    responses: { 200: jsonContent(EditOutcomeOut), ...errs },
  });
}

/** Mounted at /api/v1/criteria: sets and their versions. */
export const criteriaSetsApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/sets",
      tags,
      summary: "Criteria sets of a year in the actor's scope (paged along the tree)",
      request: {
        query: YearQuery.extend({
          cursor: z
            .string()
            .max(2000)
            .optional()
            .openapi({ param: { in: "query" } }),
        }),
      },
      responses: { 200: jsonContent(SetListOut), ...reads },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const q = c.req.valid("query");
      return c.json(await listSets(ctx, { year: q.year ?? vnYear(ctx.now), cursor: q.cursor }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/sets",
      tags,
      summary:
        "Start a unit's criteria set for a year (draft): from a template (root only), a copy of another year, or blank",
      request: jsonBody(CreateSetInput),
      responses: { 201: jsonContent(Created, "Created"), ...errs },
    }),
    async (c) => c.json({ ...(await createSet(ctxOf(c), c.req.valid("json"))), version: 1 }, 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/sets/{id}",
      tags,
      summary: "A set: versions, working rows, effective criteria with origins, notices",
      request: { params: IdParam },
      responses: { 200: jsonContent(SetOut), ...reads },
    }),
    async (c) => c.json(toSetOut(await getSetView(ctxOf(c), c.req.valid("param").id)), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/sets/{id}",
      tags,
      summary: "Edit the set's title, issuer, document number and date",
      request: { params: IdParam, ...jsonBody(UpdateSetInput) },
      responses: { 200: jsonContent(EditOutcomeOut), ...errs },
    }),
    async (c) => c.json(await updateSetHeader(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/sets/{id}/publish",
      tags,
      summary: "Publish the draft; the previous published version is superseded (plans keep it)",
      request: { params: IdParam, ...jsonBody(SetVersionInput) },
      responses: { 200: jsonContent(EditOutcomeOut), ...errs },
    }),
    async (c) =>
      c.json(await publishSet(ctxOf(c), c.req.valid("param").id, c.req.valid("json").version), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/sets/{id}/drafts",
      tags,
      summary: "Start a new draft version from the published one",
      request: { params: IdParam, ...jsonBody(SetVersionInput) },
      responses: { 201: jsonContent(EditOutcomeOut, "Created"), ...errs },
    }),
    async (c) =>
      c.json(await startNewDraft(ctxOf(c), c.req.valid("param").id, c.req.valid("json").version), 201),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/sets/{id}/draft",
      tags,
      summary: "Discard the draft (a set never published is deleted with it)",
      request: { params: IdParam, query: VersionQuery },
      responses: {
        200: jsonContent(z.object({ setDeleted: z.boolean(), unitId: z.string(), year: z.number() })),
        ...errs,
      },
    }),
    async (c) =>
      c.json(await discardDraft(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/sets/{id}/compare",
      tags,
      summary: "Side by side: this unit's effective criteria, its parent's and the root framework's",
      request: { params: IdParam },
      responses: { 200: jsonContent(CompareOut), ...reads },
    }),
    async (c) => {
      const { view: _v, ...out } = await getSetCompare(ctxOf(c), c.req.valid("param").id);
      return c.json(out, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/sets/{id}/criteria",
      tags,
      summary: "Add a criterion of this unit",
      request: { params: IdParam, ...jsonBody(AddCriterionInput) },
      responses: { 201: jsonContent(EditOutcomeOut, "Created"), ...errs },
    }),
    async (c) => c.json(await addCriterion(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/sets/{id}/criteria/{key}",
      tags,
      summary: "Edit a criterion this unit added, or its concretisation",
      request: { params: KeyParams, ...jsonBody(UpdateCriterionInput) },
      responses: { 200: jsonContent(EditOutcomeOut), ...errs },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await updateCriterion(ctxOf(c), p.id, p.key, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/sets/{id}/criteria/{key}",
      tags,
      summary:
        "Remove a criterion: deletes one this unit added, hides an inherited one; core criteria answer 409",
      request: { params: KeyParams, query: VersionQuery },
      responses: { 200: jsonContent(EditOutcomeOut), ...errs },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await deleteCriterion(ctxOf(c), p.id, p.key, c.req.valid("query").version), 200);
    },
  )
  .openapi(
    keyVerb(
      "concretise",
      "Write this unit's wording of an inherited criterion (linked to it)",
      ConcretiseInput,
    ),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await concretiseCriterion(ctxOf(c), p.id, p.key, c.req.valid("json")), 200);
    },
  )
  .openapi(keyVerb("hide", "Hide a non-core inherited criterion (core: 409)"), async (c) => {
    const p = c.req.valid("param");
    return c.json(await hideCriterion(ctxOf(c), p.id, p.key, c.req.valid("json").version), 200);
  })
  .openapi(keyVerb("restore", "Drop this unit's concretisation or hiding"), async (c) => {
    const p = c.req.valid("param");
    return c.json(await restoreCriterion(ctxOf(c), p.id, p.key, c.req.valid("json").version), 200);
  })
  .openapi(
    keyVerb("rebase", "Keep this unit's wording after the parent changed the criterion"),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await rebaseCriterion(ctxOf(c), p.id, p.key, c.req.valid("json").version), 200);
    },
  )
  .openapi(keyVerb("move", "Move a criterion this unit added up or down", MoveCriterionInput), async (c) => {
    const p = c.req.valid("param");
    return c.json(await moveCriterion(ctxOf(c), p.id, p.key, c.req.valid("json")), 200);
  })
  .openapi(
    createRoute({
      method: "get",
      path: "/versions/{id}",
      tags,
      summary: "One set version exactly as stored (the wording plans point at)",
      request: { params: IdParam },
      responses: { 200: jsonContent(VersionDetailOut), ...reads },
    }),
    async (c) => c.json(await getSetVersion(ctxOf(c), c.req.valid("param").id), 200),
  );
