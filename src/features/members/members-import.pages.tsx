import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, notFound } from "../../platform/errors";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { CSV_TYPE, XLSX_TYPE, templateFile } from "./members-sheets.rules";
import { errorsResponse, fileResponse, importDeps, readUpload } from "./members.http";
import { cancelImport, commitImport, createImport, getImport, listImports } from "./members-import.service";
import { ImportHome, ImportJobPage } from "./views/import-views";

const ID = /^[0-9a-z]{16}$/;
const REFRESH_SECONDS = 3;

function jobId(c: Context<AppEnv>): string {
  const id = c.req.param("id") ?? "";
  if (!ID.test(id)) throw notFound("Không tìm thấy lượt nhập.");
  return id;
}

async function renderJob(c: Context<AppEnv>, id: string, message?: string, status = 200) {
  const ctx = ctxOf(c);
  const job = await getImport(ctx, id);
  const working = job.status === "parsing" || job.status === "committing";
  // Progress without JavaScript: the browser reloads the page while the job runs.
  if (working) c.header("Refresh", String(REFRESH_SECONDS));
  return page(
    c,
    "Nhập danh sách",
    <>
      {working && <meta http-equiv="refresh" content={String(REFRESH_SECONDS)} />}
      <ImportJobPage ctx={ctx} job={job} message={message} />
    </>,
    { active: "/members", status },
  );
}

/** Runs a job action: 303 back to the job page, or the page with the refusal (409). */
async function act(c: Context<AppEnv>, run: (id: string) => Promise<unknown>) {
  const id = jobId(c);
  try {
    await run(id);
    return seeOther(c, tenantPath(c, `/members/import/${id}`));
  } catch (e) {
    if (!(e instanceof ServiceError) || e.status !== 409) throw e;
    return renderJob(c, id, e.message, 409);
  }
}

export const membersImportPages = new Hono<AppEnv>()
  .get("/members/import", async (c) => {
    const ctx = ctxOf(c);
    return page(c, "Nhập danh sách", <ImportHome ctx={ctx} jobs={await listImports(ctx)} />, {
      active: "/members",
    });
  })
  .get("/members/import/template", (c) => {
    requireRole(ctxOf(c), "admin");
    const format = c.req.query("format") === "csv" ? "csv" : "xlsx";
    return fileResponse(
      templateFile(format),
      format === "csv" ? CSV_TYPE : XLSX_TYPE,
      `mau-danh-sach-dang-vien.${format}`,
    );
  })
  .post("/members/import", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin");
    try {
      const job = await createImport(ctx, importDeps(c), await readUpload(c));
      return seeOther(c, tenantPath(c, `/members/import/${job.id}`));
    } catch (e) {
      if (!(e instanceof ServiceError) || e.status !== 400) throw e;
      return page(
        c,
        "Nhập danh sách",
        <ImportHome ctx={ctx} jobs={await listImports(ctx)} errors={e.fields} />,
        {
          active: "/members",
          status: 400,
        },
      );
    }
  })
  .get("/members/import/:id", (c) => renderJob(c, jobId(c)))
  .post("/members/import/:id/commit", (c) => act(c, (id) => commitImport(ctxOf(c), importDeps(c), id)))
  .post("/members/import/:id/cancel", (c) => act(c, (id) => cancelImport(ctxOf(c), importDeps(c), id)))
  .get("/members/import/:id/errors", (c) =>
    errorsResponse(ctxOf(c), importDeps(c), jobId(c), c.req.query("format") === "xlsx" ? "xlsx" : "csv"),
  );
