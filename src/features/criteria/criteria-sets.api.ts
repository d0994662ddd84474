import { listSets } from "./criteria-index.service";
import { createSet } from "./criteria-create.service";
import { getSetCompare } from "./criteria-sets.service";
import { vnYear } from "../../domain";
import { z } from "@hono/zod-openapi";
import { apiOps, byVersion } from "../../platform/api-routes";
import type { Ctx } from "../../platform/context";
import { VersionQuery, limitQuery } from "../../platform/query-params";

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

const api = apiOps("criteria");
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

type Outcome = Promise<z.input<typeof EditOutcomeOut>>;
type KeyVerb<I> = (ctx: Ctx, id: string, key: string, input: I) => Outcome;

/** One POST /criteria/sets/{id}/criteria/{key}/<verb> route taking `body`, answering the edit's outcome. */
function keyVerb<B extends z.ZodType>(verb: string, summary: string, body: B, call: KeyVerb<z.output<B>>) {
  return api.post(`/sets/{id}/criteria/{key}/${verb}`, {
    who: "managers",
    summary,
    params: KeyParams,
    body,
    out: EditOutcomeOut,
    run: (ctx, { id, key, json }) => call(ctx, id, key, json as z.output<B>),
  });
}

/** A keyed verb taking the set's version, for a body of `{ version }`. */
const versioned =
  (verb: KeyVerb<number>): KeyVerb<{ version: number }> =>
  (ctx, id, key, input) =>
    verb(ctx, id, key, input.version);

/** Mounted at /api/v1/criteria: sets and their versions. */
export const criteriaSetsApi = api.router(
  api.get("/sets", {
    who: "managers",
    summary: "Criteria sets of a year in the actor's scope (paged along the tree)",
    query: YearQuery.extend({
      cursor: z
        .string()
        .max(2000)
        .optional()
        .openapi({ param: { in: "query" } }),
      limit: limitQuery(100),
    }),
    out: SetListOut,
    run: (ctx, { query: q }) =>
      listSets(ctx, { year: q.year ?? vnYear(ctx.now), cursor: q.cursor, limit: q.limit }),
  }),
  api.post("/sets", {
    who: "managers",
    summary:
      "Start a unit's criteria set for a year (draft): from a template (root only), a copy of another year, or blank",
    body: CreateSetInput,
    out: Created,
    status: 201,
    run: async (ctx, { json }) => ({ ...(await createSet(ctx, json)), version: 1 }),
  }),
  api.get("/sets/{id}", {
    who: "managers",
    summary: "A set: versions, working rows, effective criteria with origins, notices",
    out: SetOut,
    run: async (ctx, { id }) => toSetOut(await getSetView(ctx, id)),
  }),
  api.patch("/sets/{id}", {
    who: "managers",
    summary: "Edit the set's title, issuer, document number and date",
    body: UpdateSetInput,
    out: EditOutcomeOut,
    call: updateSetHeader,
  }),
  api.post("/sets/{id}/publish", {
    who: "managers",
    summary: "Publish the draft; the previous published version is superseded (plans keep it)",
    body: SetVersionInput,
    out: EditOutcomeOut,
    call: byVersion(publishSet),
  }),
  api.post("/sets/{id}/drafts", {
    who: "managers",
    summary: "Start a new draft version from the published one",
    body: SetVersionInput,
    out: EditOutcomeOut,
    status: 201,
    call: byVersion(startNewDraft),
  }),
  api.delete("/sets/{id}/draft", {
    who: "managers",
    summary: "Discard the draft (a set never published is deleted with it)",
    query: VersionQuery,
    out: z.object({ setDeleted: z.boolean(), unitId: z.string(), year: z.number() }),
    call: byVersion(discardDraft),
  }),
  api.get("/sets/{id}/compare", {
    who: "managers",
    summary: "Side by side: this unit's effective criteria, its parent's and the root framework's",
    out: CompareOut,
    run: async (ctx, { id }) => {
      const { view: _v, ...out } = await getSetCompare(ctx, id);
      return out;
    },
  }),
  api.post("/sets/{id}/criteria", {
    who: "managers",
    summary: "Add a criterion of this unit",
    body: AddCriterionInput,
    out: EditOutcomeOut,
    status: 201,
    call: addCriterion,
  }),
  api.patch("/sets/{id}/criteria/{key}", {
    who: "managers",
    summary: "Edit a criterion this unit added, or its concretisation",
    params: KeyParams,
    body: UpdateCriterionInput,
    out: EditOutcomeOut,
    run: (ctx, { id, key, json }) => updateCriterion(ctx, id, key, json),
  }),
  api.delete("/sets/{id}/criteria/{key}", {
    who: "managers",
    summary:
      "Remove a criterion: deletes one this unit added, hides an inherited one; core criteria answer 409",
    params: KeyParams,
    query: VersionQuery,
    out: EditOutcomeOut,
    run: (ctx, { id, key, query }) => deleteCriterion(ctx, id, key, query.version),
  }),
  keyVerb(
    "concretise",
    "Write this unit's wording of an inherited criterion (linked to it)",
    ConcretiseInput,
    concretiseCriterion,
  ),
  keyVerb(
    "hide",
    "Hide a non-core inherited criterion (core: 409)",
    SetVersionInput,
    versioned(hideCriterion),
  ),
  keyVerb(
    "restore",
    "Drop this unit's concretisation or hiding",
    SetVersionInput,
    versioned(restoreCriterion),
  ),
  keyVerb(
    "rebase",
    "Keep this unit's wording after the parent changed the criterion",
    SetVersionInput,
    versioned(rebaseCriterion),
  ),
  keyVerb("move", "Move a criterion this unit added up or down", MoveCriterionInput, moveCriterion),
  api.get("/versions/{id}", {
    who: "all",
    summary: "One set version exactly as stored (the wording plans point at)",
    out: VersionDetailOut,
    call: getSetVersion,
  }),
);
