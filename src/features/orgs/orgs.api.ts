import { moveUnit } from "./orgs-move.service";
import { createUnit, deleteUnit, setUnitStatus, updateUnit } from "./orgs-edit.service";
import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { VersionQuery } from "../../platform/query-params";
import { ctxOf } from "../../platform/tenant-context";
import { CreateUnitInput, MoveUnitInput, UnitOut, UpdateUnitInput, VersionInput } from "./orgs.inputs";
import { getHomeUnitId, getUnitView } from "./orgs.service";
import { notFound } from "../../platform/errors";

const tags = ["orgs"];
const UnitView = z
  .object({ unit: UnitOut, ancestors: z.array(UnitOut), children: z.array(UnitOut) })
  .openapi("UnitView");
const errs = problemResponses(400, 401, 403, 404, 409, 415);

/** POST /units/{id}/<verb> taking `{ version }`: retiring and restoring. */
function statusRoute(verb: string, summary: string) {
  return createRoute({
    method: "post",
    path: `/{id}/${verb}`,
    tags,
    summary,
    request: { params: IdParam, ...jsonBody(VersionInput) },
    responses: { 200: jsonContent(UnitOut), ...errs },
  });
}

/** Mounted at /api/v1/units. */
export const orgsApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/home",
      tags,
      summary: "The actor's starting unit (tenant root for admins, own unit for secretaries)",
      responses: { 200: jsonContent(UnitView), ...problemResponses(401, 403, 404) },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const id = await getHomeUnitId(ctx);
      if (!id) throw notFound("Không tìm thấy đơn vị.");
      return c.json(await getUnitView(ctx, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      tags,
      summary: "A unit with its ancestors and children",
      request: { params: IdParam },
      responses: { 200: jsonContent(UnitView), ...problemResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getUnitView(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: "Create a unit under a parent",
      request: jsonBody(CreateUnitInput),
      responses: { 201: jsonContent(UnitOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createUnit(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      tags,
      summary: "Rename a unit or change its code",
      request: { params: IdParam, ...jsonBody(UpdateUnitInput) },
      responses: { 200: jsonContent(UnitOut), ...errs },
    }),
    async (c) => c.json(await updateUnit(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/move",
      tags,
      summary: "Move a unit (and its subtree) under another parent",
      request: { params: IdParam, ...jsonBody(MoveUnitInput) },
      responses: { 200: jsonContent(UnitOut), ...errs },
    }),
    async (c) => c.json(await moveUnit(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(statusRoute("retire", "Retire a unit and its subtree"), async (c) =>
    c.json(
      await setUnitStatus(ctxOf(c), c.req.valid("param").id, "retired", c.req.valid("json").version),
      200,
    ),
  )
  .openapi(statusRoute("restore", "Restore a retired unit"), async (c) =>
    c.json(
      await setUnitStatus(ctxOf(c), c.req.valid("param").id, "active", c.req.valid("json").version),
      200,
    ),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      tags,
      summary: "Delete an unused unit (no children, accounts or members)",
      request: {
        params: IdParam,
        query: VersionQuery,
      },
      responses: { 204: { description: "Deleted" }, ...errs },
    }),
    async (c) => {
      await deleteUnit(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
      return c.body(null, 204);
    },
  );
