import { Hono } from "hono";
import { isId } from "../../domain/ids";
import { download } from "../../platform/downloads";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { runInBackground } from "./lifecycle-runner.service";
import { listExports, openExport, requestExport } from "./lifecycle-export.service";
import { ExportPage } from "./views/export-page";

export const exportPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const ctx = ctxOf(c);
    const exports = await listExports(c.env, c.get("meter"), ctx);
    const running = exports.find((e) => e.status === "pending" || e.status === "running");
    if (running) runInBackground(c, running.id);
    return page(
      c,
      "Xuất dữ liệu",
      <ExportPage slug={ctx.tenant.slug} exports={exports} done={c.req.query("done") === "1"} />,
      {
        active: "/admin/export",
        refresh: running ? 3 : undefined,
      },
    );
  })
  .post("/", async (c) => {
    const ex = await requestExport(c.env, c.get("meter"), ctxOf(c));
    runInBackground(c, ex.id);
    return seeOther(c, tenantPath(c, "/admin/export?done=1"));
  })
  .get("/:id/download", async (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound("Không tìm thấy bản xuất dữ liệu.");
    const file = await openExport(c.env, c.get("meter"), ctxOf(c), id);
    return download(c, file);
  });
