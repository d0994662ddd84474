import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { CSV_TYPE, XLSX_TYPE, templateFile } from "./members-sheets.rules";
import { errorsResponse, fileResponse, importDeps, readUpload } from "./members.http";
import { cancelImport, commitImport, createImport, getImport, listImports } from "./members-import.service";
import { ImportJobOut } from "./members.outputs";

const tags = ["members"];
const errs = problemResponses(400, 401, 403, 404, 409);
const Format = z.object({
  format: z.enum(["csv", "xlsx"], { error: "Định dạng là csv hoặc xlsx." }).optional(),
});
const fileContent = {
  description: "The file",
  content: {
    [CSV_TYPE]: { schema: z.string() },
    [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) },
  },
};

/** Roster import: template, upload → preview, commit, progress, rejected rows (admins). */
export const membersImportApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/members/import/template",
      tags,
      summary: "The roster template (XLSX with a help sheet, or CSV)",
      request: { query: Format },
      responses: { 200: fileContent, ...problemResponses(400, 401, 403) },
    }),
    async (c) => {
      requireRole(ctxOf(c), "admin");
      const format = c.req.valid("query").format ?? "xlsx";
      return fileResponse(
        templateFile(format),
        format === "csv" ? CSV_TYPE : XLSX_TYPE,
        `mau-danh-sach-dang-vien.${format}`,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/members/import",
      tags,
      summary:
        "Upload a roster (XLSX or CSV: UTF-8 with or without BOM, comma or semicolon) as the raw body or multipart field `file`. Nothing is written yet: the job shows the preview (errors per row). Large files are read in the background; poll GET /members/import/{id}.",
      request: {
        query: z.object({ fileName: z.string().max(200).optional() }),
        body: {
          content: {
            "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) },
            [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) },
            "text/csv": { schema: z.string() },
          },
          required: true,
        },
      },
      responses: {
        202: jsonContent(ImportJobOut, "Accepted: parsed (status ready/failed) or parsing"),
        ...errs,
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      requireRole(ctx, "admin");
      return c.json(await createImport(ctx, importDeps(c), await readUpload(c)), 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/members/imports",
      tags,
      summary: "The latest roster imports",
      responses: {
        200: jsonContent(z.object({ items: z.array(ImportJobOut) })),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => c.json({ items: await listImports(ctxOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/members/import/{id}",
      tags,
      summary: "An import: status, preview errors, progress of the commit (rowsDone of rowsValid)",
      request: { params: IdParam },
      responses: { 200: jsonContent(ImportJobOut), ...problemResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getImport(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/members/import/{id}/commit",
      tags,
      summary:
        "Write the good rows (upsert by card number; importing twice changes nothing). Large imports continue in the background.",
      request: { params: IdParam },
      responses: { 202: jsonContent(ImportJobOut, "Accepted"), ...errs },
    }),
    async (c) => c.json(await commitImport(ctxOf(c), importDeps(c), c.req.valid("param").id), 202),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/members/import/{id}/cancel",
      tags,
      summary: "Drop an import that was not committed",
      request: { params: IdParam },
      responses: { 200: jsonContent(ImportJobOut), ...errs },
    }),
    async (c) => c.json(await cancelImport(ctxOf(c), importDeps(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/members/import/{id}/errors",
      tags,
      summary: "The rejected rows with a reason column, to fix and import again",
      request: { params: IdParam, query: Format },
      responses: { 200: fileContent, ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      errorsResponse(ctxOf(c), importDeps(c), c.req.valid("param").id, c.req.valid("query").format ?? "csv"),
  );
