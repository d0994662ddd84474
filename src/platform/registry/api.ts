// The JSON routes of a registry (a list of records a unit keeps: models, commendations, study
// conferences …), relative to its prefix: the list with filters and a cursor, its export as
// XLSX/CSV, create, read, edit, delete. A feature gives its schemas and service verbs once.
import { createRoute, z } from "@hono/zod-openapi";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../env";
import type { Ctx } from "../context";
import { type DownloadFile, type SheetFormat, fileResponse } from "../files-http";
import { IdParam, apiRouter, binaryContent, jsonBody, jsonContent, problemResponses } from "../openapi";
import { cursorPage } from "../api-fields";
import { VersionQuery } from "../query-params";
import { ctxOf } from "../tenant-context";

/** `?format=` of an export: xlsx (default) or csv. */
export const FormatQuery = z.object({
  format: z
    .enum(["xlsx", "csv"], { error: "Định dạng là xlsx hoặc csv." })
    .default("xlsx")
    .openapi({ param: { in: "query" } }),
});

/** OpenAPI description of an XLSX/CSV download. */
export const sheetResponse = binaryContent(
  "XLSX (spreadsheetml) or CSV (UTF-8 with BOM)",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text/csv; charset=utf-8",
);

/** `?version=` of a delete: the version the caller read. */
export { VersionQuery };

// biome-ignore lint/suspicious/noExplicitAny: the schemas of every registry
type Schema = z.ZodObject<any>;
// biome-ignore lint/suspicious/noExplicitAny: the inputs of every registry
type Any = any;

export interface RegistryApiOptions {
  tag: string;
  /** The OpenAPI names of the list query and of a page of the list. */
  names: { query: string; list: string };
  schemas: { query: Schema; item: z.ZodType; one?: z.ZodType; create: z.ZodType; update: z.ZodType };
  /** The summary of each route. */
  text: { list: string; export: string; create: string; get: string; update: string; remove: string };
  list(ctx: Ctx, q: Any): Promise<{ items: unknown[]; nextCursor: string | null }>;
  export(ctx: Ctx, q: Any, format: SheetFormat): Promise<DownloadFile>;
  create(ctx: Ctx, input: Any): Promise<unknown>;
  get(ctx: Ctx, id: string): Promise<unknown>;
  update(ctx: Ctx, id: string, input: Any): Promise<unknown>;
  remove(ctx: Ctx, id: string, version: number): Promise<void>;
}

/**
 * The registry's routes: the list and its export, then `fixed` (routes of fixed paths, such as an
 * import, that must come before `/{id}`), then create and the record's routes. Routes under
 * `/{id}/…` may follow on the returned router.
 */
export function registryApi(o: RegistryApiOptions, ...fixed: OpenAPIHono<AppEnv>[]) {
  const tags = [o.tag];
  const errs = problemResponses(400, 401, 403, 404, 409, 415);
  const reads = problemResponses(400, 401, 403, 404);
  const ListQuery = o.schemas.query.extend({}).openapi(o.names.query);
  const List = cursorPage(o.schemas.item).openapi(o.names.list);
  const listed = apiRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/",
        tags,
        summary: o.text.list,
        request: { query: ListQuery },
        responses: { 200: jsonContent(List), ...reads },
      }),
      async (c) => c.json((await o.list(ctxOf(c), c.req.valid("query"))) as never, 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/export",
        tags,
        summary: o.text.export,
        request: { query: ListQuery.extend(FormatQuery.shape) },
        responses: { 200: sheetResponse, ...reads },
      }),
      async (c) => {
        const { format, ...q } = c.req.valid("query") as { format: SheetFormat };
        return fileResponse(await o.export(ctxOf(c), q, format)) as never;
      },
    );
  for (const f of fixed) listed.route("/", f);
  return listed
    .openapi(
      createRoute({
        method: "post",
        path: "/",
        tags,
        summary: o.text.create,
        request: jsonBody(o.schemas.create),
        responses: { 201: jsonContent(o.schemas.item, "Created"), ...errs },
      }),
      async (c) => c.json((await o.create(ctxOf(c), c.req.valid("json"))) as never, 201),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/{id}",
        tags,
        summary: o.text.get,
        request: { params: IdParam },
        responses: { 200: jsonContent(o.schemas.one ?? o.schemas.item), ...reads },
      }),
      async (c) => c.json((await o.get(ctxOf(c), c.req.valid("param").id)) as never, 200),
    )
    .openapi(
      createRoute({
        method: "patch",
        path: "/{id}",
        tags,
        summary: o.text.update,
        request: { params: IdParam, ...jsonBody(o.schemas.update) },
        responses: { 200: jsonContent(o.schemas.item), ...errs },
      }),
      async (c) =>
        c.json((await o.update(ctxOf(c), c.req.valid("param").id, c.req.valid("json"))) as never, 200),
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/{id}",
        tags,
        summary: o.text.remove,
        request: { params: IdParam, query: VersionQuery },
        responses: { 204: { description: "Deleted" }, ...errs },
      }),
      async (c) => {
        await o.remove(ctxOf(c), c.req.valid("param").id, c.req.valid("query").version);
        return c.body(null, 204);
      },
    );
}
