import { type Context, Hono } from "hono";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { runInBackground } from "./background";
import { listExports, openExport, requestExport } from "./export.service";
import { ExportPage } from "./views/export-view";

const ID = /^[0-9a-z]{16}$/;

/** The zip as a download (no-store like every authenticated response). */
export function zipResponse(
  c: Context<AppEnv>,
  file: { body: ReadableStream; size: number; fileName: string },
) {
  return c.body(file.body, 200, {
    "Content-Type": "application/zip",
    "Content-Length": String(file.size),
    "Content-Disposition": `attachment; filename="${file.fileName}"`,
  });
}

export const exportPages = new Hono<AppEnv>()
  .get("/admin/export", async (c) => {
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
  .post("/admin/export", async (c) => {
    const ex = await requestExport(c.env, c.get("meter"), ctxOf(c));
    runInBackground(c, ex.id);
    return seeOther(c, tenantPath(c, "/admin/export?done=1"));
  })
  .get("/admin/export/:id/download", async (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy bản xuất dữ liệu.");
    return zipResponse(c, await openExport(c.env, c.get("meter"), ctxOf(c), id));
  });
