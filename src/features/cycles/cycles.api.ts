import { createRoute } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import {
  CloseCycleInput,
  CreateCycleInput,
  CycleListOut,
  CycleOut,
  ReopenCycleInput,
  UpdateCycleInput,
} from "./cycles.inputs";
import { closeCycle, createCycle, getCycle, listCycles, reopenCycle, updateCycle } from "./cycles.service";

const tags = ["cycles"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);

/** Mounted at /api/v1/cycles. */
export const cyclesApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary: "The tenant's yearly cycles, newest first",
      responses: { 200: jsonContent(CycleListOut), ...problemResponses(401, 403) },
    }),
    async (c) => c.json({ items: await listCycles(ctxOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: "Open the cycle of a year (deadlines, checkpoint mode, minimum items, framework, gating)",
      request: jsonBody(CreateCycleInput),
      responses: { 201: jsonContent(CycleOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createCycle(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      tags,
      summary: "A cycle",
      request: { params: IdParam },
      responses: { 200: jsonContent(CycleOut), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getCycle(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      tags,
      summary: "Change the settings of an open cycle",
      request: { params: IdParam, ...jsonBody(UpdateCycleInput) },
      responses: { 200: jsonContent(CycleOut), ...errs },
    }),
    async (c) => c.json(await updateCycle(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/close",
      tags,
      summary: "Close a cycle: every plan of its year is locked (writes answer 409)",
      request: { params: IdParam, ...jsonBody(CloseCycleInput) },
      responses: { 200: jsonContent(CycleOut), ...errs },
    }),
    async (c) => c.json(await closeCycle(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/reopen",
      tags,
      summary: "Reopen a closed cycle, with a recorded reason",
      request: { params: IdParam, ...jsonBody(ReopenCycleInput) },
      responses: { 200: jsonContent(CycleOut), ...errs },
    }),
    async (c) => c.json(await reopenCycle(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
