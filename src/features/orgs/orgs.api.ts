import { moveUnit } from "./orgs-move.service";
import { createUnit, deleteUnit, setUnitStatus, updateUnit } from "./orgs-edit.service";
import { z } from "@hono/zod-openapi";
import { apiOps, byVersion } from "../../platform/api-routes";
import { IdParam } from "../../platform/openapi";
import { VersionQuery } from "../../platform/query-params";
import { CreateUnitInput, MoveUnitInput, UnitOut, UpdateUnitInput, VersionInput } from "./orgs.inputs";
import { getHomeUnitId, getUnitView } from "./orgs.service";
import { TREE_MAX_UNITS, getUnitTree, getUnitWithCode } from "./orgs-tree.service";
import { Id } from "../../domain";
import { notFound } from "../../platform/errors";

const api = apiOps("orgs");
const UnitView = z
  .object({ unit: UnitOut, ancestors: z.array(UnitOut), children: z.array(UnitOut) })
  .openapi("UnitView");

/** POST /units/{id}/<verb> taking `{ version }`: retiring and restoring. */
const statusOp = (verb: string, summary: string, status: "retired" | "active") =>
  api.post(`/{id}/${verb}`, {
    who: "admin",
    summary,
    params: IdParam,
    body: VersionInput,
    out: UnitOut,
    run: (ctx, { id, json }) => setUnitStatus(ctx, id, status, json.version),
  });

const UnitTree = z
  .object({
    items: z
      .array(UnitOut)
      .openapi({ description: "The units in path order: every parent before its children" }),
    truncated: z.boolean().openapi({ description: `More than ${TREE_MAX_UNITS} units: ask for a subtree` }),
  })
  .openapi("UnitTree");
const TreeQuery = z.object({
  rootId: Id.optional().openapi({
    param: { in: "query" },
    description: "The subtree's top unit (default: everything the caller reaches)",
  }),
});
const CodeParam = z.object({
  code: z
    .string()
    .min(1)
    .max(40)
    .openapi({ param: { in: "path" }, description: "The unit's code" }),
});

/** Mounted at /api/v1/units. */
export const orgsApi = api.router(
  // Before /{id}: these static paths are not ids.
  api.get("/tree", {
    who: "managers",
    summary: "The whole unit tree (or one subtree) in one call, as a flat list in path order",
    query: TreeQuery,
    out: UnitTree,
    problems: [400, 401, 403, 404],
    run: (ctx, { query }) => getUnitTree(ctx, query.rootId),
  }),
  api.get("/by-code/{code}", {
    who: "managers",
    summary: "The unit with this code",
    params: CodeParam,
    out: UnitOut,
    problems: [401, 403, 404],
    run: (ctx, { code }) => getUnitWithCode(ctx, code),
  }),
  api.get("/home", {
    who: "managers",
    summary: "The actor's starting unit (tenant root for admins, own unit for secretaries)",
    out: UnitView,
    problems: [401, 403, 404],
    run: async (ctx) => {
      const id = await getHomeUnitId(ctx);
      if (!id) throw notFound("Không tìm thấy đơn vị.");
      return getUnitView(ctx, id);
    },
  }),
  api.get("/{id}", {
    who: "managers",
    summary: "A unit with its ancestors and children",
    out: UnitView,
    problems: [401, 403, 404],
    call: getUnitView,
  }),
  api.post("/", {
    who: "admin",
    summary: "Create a unit under a parent",
    body: CreateUnitInput,
    out: UnitOut,
    status: 201,
    call: createUnit,
  }),
  api.patch("/{id}", {
    who: "admin",
    summary: "Rename a unit or change its code",
    body: UpdateUnitInput,
    out: UnitOut,
    call: updateUnit,
  }),
  api.post("/{id}/move", {
    who: "admin",
    summary: "Move a unit (and its subtree) under another parent",
    body: MoveUnitInput,
    out: UnitOut,
    call: moveUnit,
  }),
  statusOp("retire", "Retire a unit and its subtree", "retired"),
  statusOp("restore", "Restore a retired unit", "active"),
  api.delete("/{id}", {
    who: "admin",
    summary: "Delete an unused unit (no children, accounts or members)",
    query: VersionQuery,
    call: byVersion(deleteUnit),
  }),
);
