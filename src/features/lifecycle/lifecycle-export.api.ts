import { z } from "@hono/zod-openapi";
import { ExportOut } from "./lifecycle.outputs";
import { apiOps } from "../../platform/api-routes";
import { binaryContent } from "../../platform/openapi";
import { runInBackground } from "./lifecycle-runner.service";
import {
  type ExportView,
  getExport,
  listExports,
  openExport,
  requestExport,
} from "./lifecycle-export.service";
import { download } from "../../platform/downloads";

const api = apiOps("exports");

const active = (e: ExportView) => e.status === "pending" || e.status === "running";

export const exportApi = api.router(
  api.post("/", {
    who: "admin",
    summary: "Start exporting all of the tenant's data (zip of JSON + CSV per table); admins only",
    description: "Returns the running export if there is one. Poll GET /exports/{id} until status is done.",
    out: ExportOut,
    status: 202,
    says: "Started",
    problems: [401, 403],
    run: async (ctx, _, c) => {
      const ex = await requestExport(c.env, c.get("meter"), ctx);
      runInBackground(c, ex.id);
      return ex;
    },
  }),
  api.get("/", {
    who: "admin",
    summary: "The tenant's recent exports",
    out: z.object({ items: z.array(ExportOut) }),
    problems: [401, 403],
    run: async (ctx, _, c) => ({ items: await listExports(c.env, c.get("meter"), ctx) }),
  }),
  api.get("/{id}", {
    who: "admin",
    summary: "Progress of one export (polling it keeps the export going)",
    out: ExportOut,
    problems: [401, 403, 404],
    run: async (ctx, { id }, c) => {
      const ex = await getExport(c.env, c.get("meter"), ctx, id);
      if (active(ex)) runInBackground(c, ex.id);
      return ex;
    },
  }),
  api.get("/{id}/download", {
    who: "admin",
    summary: "Download a finished export (application/zip)",
    out: binaryContent("The zip", "application/zip"),
    problems: [401, 403, 404, 409],
    run: async (ctx, { id }, c) => download(c, await openExport(c.env, c.get("meter"), ctx, id)),
  }),
);
