import { createRoute, z } from "@hono/zod-openapi";
import { ExportOut } from "./lifecycle.outputs";
import { IdParam, apiRouter, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import { runInBackground } from "./lifecycle-runner.service";
import {
  type ExportView,
  getExport,
  listExports,
  openExport,
  requestExport,
} from "./lifecycle-export.service";
import { download } from "../../platform/downloads";

const tags = ["exports"];

const active = (e: ExportView) => e.status === "pending" || e.status === "running";

export const exportApi = apiRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: "Start exporting all of the tenant's data (zip of JSON + CSV per table); admins only",
      description: "Returns the running export if there is one. Poll GET /exports/{id} until status is done.",
      responses: { 202: jsonContent(ExportOut, "Started"), ...problemResponses(401, 403) },
    }),
    async (c) => {
      const ex = await requestExport(c.env, c.get("meter"), ctxOf(c));
      runInBackground(c, ex.id);
      return c.json(ex, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary: "The tenant's recent exports",
      responses: { 200: jsonContent(z.object({ items: z.array(ExportOut) })), ...problemResponses(401, 403) },
    }),
    async (c) => c.json({ items: await listExports(c.env, c.get("meter"), ctxOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      tags,
      summary: "Progress of one export (polling it keeps the export going)",
      request: { params: IdParam },
      responses: { 200: jsonContent(ExportOut), ...problemResponses(401, 403, 404) },
    }),
    async (c) => {
      const ex = await getExport(c.env, c.get("meter"), ctxOf(c), c.req.valid("param").id);
      if (active(ex)) runInBackground(c, ex.id);
      return c.json(ex, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/download",
      tags,
      summary: "Download a finished export (application/zip)",
      request: { params: IdParam },
      responses: {
        200: {
          description: "The zip",
          content: { "application/zip": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...problemResponses(401, 403, 404, 409),
      },
    }),
    async (c) => {
      const file = await openExport(c.env, c.get("meter"), ctxOf(c), c.req.valid("param").id);
      return download(c, file) as never;
    },
  );
