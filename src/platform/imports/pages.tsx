// The HTML pages of one or more importers, relative to the prefix they are mounted at: the home
// (template, upload, latest jobs), a job's preview and progress, commit, cancel, the error file.
import { Hono } from "hono";
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../../env";
import { isId } from "../../domain/ids";
import { type ImportTexts, ImportHome, ImportJobPage } from "../../ui/import-views";
import type { Ctx } from "../context";
import { ServiceError, notFound } from "../errors";
import { page, seeOther, submitForm, tenantPath } from "../pages";
import { ctxOf, requireRole } from "../tenant-context";
import { type DownloadFile, type SheetFormat, fileResponse, formatOf } from "../files-http";
import { acceptUpload, errorsFile, importDeps } from "./http";
import { IMPORT_404, cancelImport, commitImport, getImport, listImports } from "./jobs";
import type { AnyImportSpec } from "./spec";

export interface ImportPagesOptions {
  /** The importers served here by the `kind` of the form and the query; the first is the default. */
  kinds: Record<string, AnyImportSpec>;
  /** The pages' path in the tenant ("/members/import") and the nav entry they belong to. */
  path: string;
  active: string;
  texts(ctx: Ctx): ImportTexts;
  /** The template card: how to fill the file, links to `${base}/template?kind=…`. */
  intro(ctx: Ctx, base: string, kind: string): Child;
  /** Fields before the file (which importer), when there are several. */
  fields?(kind: string): Child;
  kindLabel?(kind: string): string;
  columnLabel(kind: string, column: string): string;
  template(ctx: Ctx, kind: string, format: SheetFormat): DownloadFile;
}

const REFRESH_SECONDS = 3;

export function importPages(o: ImportPagesOptions) {
  const entries = Object.entries(o.kinds);
  const specs = entries.map(([, s]) => s);
  const choose = (kind: string | undefined) => entries.find(([k]) => k === kind) ?? entries[0]!;
  const keyOf = (jobKind: string) => entries.find(([, s]) => s.kind === jobKind)?.[0] ?? jobKind;
  const base = (c: Context<AppEnv>) => tenantPath(c, o.path);
  const jobId = (c: Context<AppEnv>) => {
    const id = c.req.param("id") ?? "";
    if (!isId(id)) throw notFound(IMPORT_404);
    return id;
  };

  async function home(c: Context<AppEnv>, kind: string, errors?: Record<string, string>, status = 200) {
    const ctx = ctxOf(c);
    const body = (
      <ImportHome
        base={base(c)}
        texts={o.texts(ctx)}
        jobs={await listImports(ctx, specs)}
        intro={o.intro(ctx, base(c), kind)}
        fields={o.fields?.(kind)}
        kindLabel={o.kindLabel && ((k) => o.kindLabel!(keyOf(k)))}
        errors={errors}
      />
    );
    return page(c, o.texts(ctx).pageTitle, body, { active: o.active, status });
  }

  async function job(c: Context<AppEnv>, id: string, message?: string, status = 200) {
    const ctx = ctxOf(c);
    const view = await getImport(ctx, specs, id);
    const working = view.status === "parsing" || view.status === "committing";
    // Progress without JavaScript: the browser reloads the page while the job runs.
    if (working) c.header("Refresh", String(REFRESH_SECONDS));
    const body = (
      <>
        {working && <meta http-equiv="refresh" content={String(REFRESH_SECONDS)} />}
        <ImportJobPage
          base={base(c)}
          texts={o.texts(ctx)}
          job={view}
          now={ctx.now}
          columnLabel={(column) => o.columnLabel(keyOf(view.kind), column)}
          message={message}
        />
      </>
    );
    return page(c, o.texts(ctx).pageTitle, body, { active: o.active, status });
  }

  /** A job action: 303 back to the job, or the job with the refusal (409). */
  const act =
    (run: (ctx: Ctx, c: Context<AppEnv>, id: string) => Promise<unknown>) => (c: Context<AppEnv>) => {
      const id = jobId(c);
      return submitForm(
        c,
        async () => {
          await run(ctxOf(c), c, id);
          return seeOther(c, `${base(c)}/${id}`);
        },
        (s) => job(c, id, s.message, 409),
        [409],
      );
    };

  return new Hono<AppEnv>()
    .get("/", (c) => home(c, choose(c.req.query("kind"))[0]))
    .get("/template", (c) => {
      const ctx = ctxOf(c);
      const [kind, spec] = choose(c.req.query("kind"));
      requireRole(ctx, ...spec.roles);
      return fileResponse(o.template(ctx, kind, formatOf(c.req.query("format"), "xlsx")));
    })
    .post("/", async (c) => {
      // The form is read as it arrives (the file streams to storage), not parsed whole first.
      const fields: Record<string, string> = {};
      try {
        const created = await acceptUpload(c, (f) => choose(f.kind)[1], fields);
        return seeOther(c, `${base(c)}/${created.id}`);
      } catch (e) {
        if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 413)) throw e;
        return home(c, choose(fields.kind)[0], e.fields ?? {}, e.status);
      }
    })
    .get("/:id", (c) => job(c, jobId(c)))
    .post(
      "/:id/commit",
      act((ctx, c, id) => commitImport(ctx, specs, importDeps(c), id)),
    )
    .post(
      "/:id/cancel",
      act((ctx, c, id) => cancelImport(ctx, specs, importDeps(c), id)),
    )
    .get("/:id/errors", async (c) =>
      fileResponse(
        await errorsFile(ctxOf(c), specs, importDeps(c), jobId(c), formatOf(c.req.query("format"), "csv")),
      ),
    );
}
