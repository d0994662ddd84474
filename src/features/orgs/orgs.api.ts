import { moveUnit } from "./orgs-move.service";
import { createUnit, deleteUnit, setUnitStatus, updateUnit } from "./orgs-edit.service";
import { z } from "@hono/zod-openapi";
import { apiOps, byVersion } from "../../platform/api-routes";
import { IdParam } from "../../platform/openapi";
import { VersionQuery } from "../../platform/query-params";
import { CreateUnitInput, MoveUnitInput, UnitOut, UpdateUnitInput, VersionInput } from "./orgs.inputs";
import { getHomeUnitId, getUnitView } from "./orgs.service";
import { notFound } from "../../platform/errors";

const api = apiOps("orgs");
const UnitView = z
  .object({ unit: UnitOut, ancestors: z.array(UnitOut), children: z.array(UnitOut) })
  .openapi("UnitView");

/** POST /units/{id}/<verb> taking `{ version }`: retiring and restoring. */
const statusOp = (verb: string, summary: string, status: "retired" | "active") =>
  api.post(`/{id}/${verb}`, {
    summary,
    params: IdParam,
    body: VersionInput,
    out: UnitOut,
    run: (ctx, { id, json }) => setUnitStatus(ctx, id, status, json.version),
  });

/** Mounted at /api/v1/units. */
export const orgsApi = api.router(
  api.get("/home", {
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
    summary: "A unit with its ancestors and children",
    out: UnitView,
    problems: [401, 403, 404],
    call: getUnitView,
  }),
  api.post("/", {
    summary: "Create a unit under a parent",
    body: CreateUnitInput,
    out: UnitOut,
    status: 201,
    call: createUnit,
  }),
  api.patch("/{id}", {
    summary: "Rename a unit or change its code",
    body: UpdateUnitInput,
    out: UnitOut,
    call: updateUnit,
  }),
  api.post("/{id}/move", {
    summary: "Move a unit (and its subtree) under another parent",
    body: MoveUnitInput,
    out: UnitOut,
    call: moveUnit,
  }),
  statusOp("retire", "Retire a unit and its subtree", "retired"),
  statusOp("restore", "Restore a retired unit", "active"),
  api.delete("/{id}", {
    summary: "Delete an unused unit (no children, accounts or members)",
    query: VersionQuery,
    call: byVersion(deleteUnit),
  }),
);
