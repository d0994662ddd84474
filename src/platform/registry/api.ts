// The JSON routes of a registry (a list of records a unit keeps: models, commendations, study
// conferences …), relative to its prefix: the list with filters and a cursor, its export as
// XLSX/CSV, create, read, edit, delete. A feature gives its schemas and service verbs once.
import { z } from "@hono/zod-openapi";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../env";
import type { Ctx } from "../context";
import { type DownloadFile, type SheetFormat, fileResponse } from "../files-http";
import { type Who, apiOps, byVersion } from "../api-routes";
import { binaryContent } from "../openapi";
import { cursorPage } from "../api-fields";
import { VersionQuery } from "../query-params";

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
  /** Who may read (list, export, get) and who may write (create, update, remove). */
  who: { read: Who; write: Who };
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
  const api = apiOps(o.tag);
  const ListQuery = o.schemas.query.extend({}).openapi(o.names.query);
  const List = cursorPage(o.schemas.item).openapi(o.names.list);
  const listed = api.router(
    api.get("/", {
      who: o.who.read,
      summary: o.text.list,
      query: ListQuery,
      out: List,
      run: (ctx, { query }) => o.list(ctx, query),
    }),
    api.get("/export", {
      who: o.who.read,
      summary: o.text.export,
      query: ListQuery.extend(FormatQuery.shape),
      out: sheetResponse,
      run: async (ctx, { query }) => {
        const { format, ...q } = query as { format: SheetFormat };
        return fileResponse(await o.export(ctx, q, format));
      },
    }),
  );
  for (const f of fixed) listed.route("/", f);
  return listed.route(
    "/",
    api.router(
      api.post("/", {
        who: o.who.write,
        summary: o.text.create,
        body: o.schemas.create,
        out: o.schemas.item,
        status: 201,
        call: o.create,
      }),
      api.get("/{id}", {
        who: o.who.read,
        summary: o.text.get,
        out: o.schemas.one ?? o.schemas.item,
        call: o.get,
      }),
      api.patch("/{id}", {
        who: o.who.write,
        summary: o.text.update,
        body: o.schemas.update,
        out: o.schemas.item,
        call: o.update,
      }),
      api.delete("/{id}", {
        who: o.who.write,
        summary: o.text.remove,
        query: VersionQuery,
        call: byVersion(o.remove),
      }),
    ),
  );
}
