// The JSON routes of an importer, relative to the feature's prefix: template, upload → preview,
// the latest jobs, a job, commit, cancel, the rejected rows. A feature mounts them beside its own.
import { createRoute, z } from "@hono/zod-openapi";
import { type Who, whoMayCall } from "../api-routes";
import type { Ctx } from "../context";
import { IdParam, apiRouter, jsonContent, problemResponses, uploadBody } from "../openapi";
import { ctxOf, requireRole } from "../tenant-context";
import { CSV_TYPE, type DownloadFile, type SheetFormat, XLSX_TYPE, fileResponse } from "../files-http";
import { wireOf } from "../api-wire";
import { acceptUpload, errorsFile, importDeps } from "./http";
import { cancelImport, commitImport, getImport, listImports } from "./jobs";
import type { ImportJobView } from "./outputs";
import type { AnyImportSpec } from "./spec";

export interface ImportApiOptions {
  spec: AnyImportSpec;
  tag: string;
  /** The job's schema (importJobSchema) and how a job fills its `errors`. */
  schema: z.ZodType;
  errors(view: ImportJobView): unknown[];
  template(ctx: Ctx, format: SheetFormat): DownloadFile;
  /** What a file holds and what makes a second import change nothing, for the summaries. */
  what: string;
  idempotent: string;
}

const Format = (fallback: SheetFormat) =>
  z.object({
    format: z
      .enum(["csv", "xlsx"], { error: "Định dạng là csv hoặc xlsx." })
      .default(fallback)
      .openapi({ param: { in: "query" } }),
  });
const fileContent = {
  description: "XLSX (spreadsheetml) or CSV (UTF-8 with BOM)",
  content: {
    [CSV_TYPE]: { schema: z.string() },
    [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) },
  },
};

/** The routes under `/import` and `/imports` of the router they are mounted on. */
export function importApi(o: ImportApiOptions) {
  const { spec, tag } = o;
  const tags = [tag];
  const specs = [spec];
  const errs = problemResponses(400, 401, 403, 404, 409);
  const who: Who = spec.roles.includes("secretary") ? "managers" : "admin";
  const wire = wireOf(o.schema);
  const out = (v: ImportJobView) => {
    const { kind: _k, preview: _p, ...rest } = v;
    return wire({ ...rest, errors: o.errors(v) }) as never;
  };
  return apiRouter()
    .openapi(
      createRoute({
        method: "get",
        description: whoMayCall(who, "get"),
        path: "/import/template",
        tags,
        summary: `The import template of ${o.what} (XLSX with help, or CSV)`,
        request: { query: Format("xlsx") },
        responses: { 200: fileContent, ...problemResponses(400, 401, 403) },
      }),
      async (c) => {
        const ctx = ctxOf(c);
        requireRole(ctx, ...spec.roles);
        return fileResponse(o.template(ctx, c.req.valid("query").format));
      },
    )
    .openapi(
      createRoute({
        method: "post",
        description: whoMayCall(who, "post"),
        path: "/import",
        tags,
        summary: `Upload ${o.what} (XLSX or CSV UTF-8) as multipart field \`file\` or as the raw body (\`?fileName=\`). Nothing is written yet: the file is read in the background into a preview (errors per row); poll GET …/import/{id}, then commit.`,
        request: {
          query: z.object({ fileName: z.string().max(200).optional() }),
          body: uploadBody(
            "The file: in field `file` of a multipart form, or as the raw body",
            "application/octet-stream",
            XLSX_TYPE,
            "text/csv",
          ),
        },
        responses: {
          202: jsonContent(o.schema, "Accepted: the job, `parsing` until the queue has read the file"),
          ...errs,
          ...problemResponses(413),
        },
      }),
      async (c) => {
        requireRole(ctxOf(c), ...spec.roles);
        return c.json(out(await acceptUpload(c, spec)), 202);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        description: whoMayCall(who, "get"),
        path: "/imports",
        tags,
        summary: `The latest imports of ${o.what} (an admin sees all, others their own)`,
        responses: {
          200: jsonContent(z.object({ items: z.array(o.schema) })),
          ...problemResponses(401, 403),
        },
      }),
      async (c) => c.json({ items: (await listImports(ctxOf(c), specs)).map(out) }, 200),
    )
    .openapi(
      createRoute({
        method: "get",
        description: whoMayCall(who, "get"),
        path: "/import/{id}",
        tags,
        summary: "An import: status, preview errors, progress of the commit (rowsDone of rowsValid)",
        request: { params: IdParam },
        responses: { 200: jsonContent(o.schema), ...problemResponses(401, 403, 404) },
      }),
      async (c) => c.json(out(await getImport(ctxOf(c), specs, c.req.valid("param").id)), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        description: whoMayCall(who, "post"),
        path: "/import/{id}/commit",
        tags,
        summary: `Write the good rows (${o.idempotent}; importing twice changes nothing). Large imports continue in the background.`,
        request: { params: IdParam },
        responses: { 202: jsonContent(o.schema, "Accepted"), ...errs },
      }),
      async (c) =>
        c.json(out(await commitImport(ctxOf(c), specs, importDeps(c), c.req.valid("param").id)), 202),
    )
    .openapi(
      createRoute({
        method: "post",
        description: whoMayCall(who, "post"),
        path: "/import/{id}/cancel",
        tags,
        summary: "Drop an import that was not committed",
        request: { params: IdParam },
        responses: { 200: jsonContent(o.schema), ...errs },
      }),
      async (c) =>
        c.json(out(await cancelImport(ctxOf(c), specs, importDeps(c), c.req.valid("param").id)), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        description: whoMayCall(who, "get"),
        path: "/import/{id}/errors",
        tags,
        summary: "The rejected rows with a reason column, to fix and import again",
        request: { params: IdParam, query: Format("csv") },
        responses: { 200: fileContent, ...problemResponses(400, 401, 403, 404, 409) },
      }),
      async (c) =>
        fileResponse(
          await errorsFile(
            ctxOf(c),
            specs,
            importDeps(c),
            c.req.valid("param").id,
            c.req.valid("query").format,
          ),
        ),
    );
}
