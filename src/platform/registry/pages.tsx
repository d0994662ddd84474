// The HTML routes of a registry, relative to its prefix: the list (filters from the query, a bad
// filter dropped with a notice), its export, create, a record's page, its edit and its delete. Every
// form posts → service → 303, or the page again with the typed values and the errors.
import { Hono } from "hono";
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { isId } from "../../domain/ids";
import type { AppEnv } from "../../env";
import type { Ctx } from "../context";
import { ServiceError, notFound } from "../errors";
import { type DownloadFile, type SheetFormat, fileResponse, formatOf } from "../files-http";
import { type FormState, page, seeOther, submitForm, tenantPath } from "../pages";
import { ctxOf } from "../tenant-context";

/** A page's title and content. */
export interface PageBody {
  title: string;
  body: Child;
}

/** Which form of a record page came back, with what was typed and the errors. */
export type Panel = FormState & { form: string };

/** Query parameters of a list page: invalid ones are dropped with a notice instead of failing. */
export function listParams<T>(
  c: Context<AppEnv>,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
): { q: T; params: Record<string, string>; notice: string | undefined } {
  const raw = Object.fromEntries(
    Object.entries(c.req.query()).filter(([k, v]) => v !== "" && k !== "done" && k !== "format"),
  );
  const r = schema.safeParse(raw);
  return r.success
    ? { q: r.data as T, params: raw, notice: undefined }
    : { q: {} as T, params: {}, notice: "Bộ lọc không hợp lệ nên đã được bỏ qua." };
}

type Query = { safeParse(v: unknown): { success: boolean; data?: unknown } };
// biome-ignore lint/suspicious/noExplicitAny: each registry's own query type
type Any = any;
const STATUSES = [400, 409, 413, 415];

export interface RegistryPagesOptions {
  /** The registry's path in the tenant ("/commendations") and its nav entry. */
  path: string;
  active: string;
  notFound: string;
  query: Query;
  /** The list page; `form` is a refused create when the list holds the create form. */
  listPage(
    ctx: Ctx,
    list: ReturnType<typeof listParams<Any>>,
    c: Context<AppEnv>,
    form?: FormState,
  ): Promise<PageBody>;
  export(ctx: Ctx, q: Any, format: SheetFormat): Promise<DownloadFile>;
  /** A record's page; `panel` is the form that came back, `done` what was just done. */
  recordPage(ctx: Ctx, id: string, panel: Panel | undefined, done: string | undefined): Promise<PageBody>;
  /** Create from the form's fields (the new record's id). With `newPage`, GET /new shows the form. */
  create?(ctx: Ctx, fields: Record<string, string>): Promise<{ id: string }>;
  newPage?(ctx: Ctx, query: Record<string, string>, form?: FormState): Promise<PageBody>;
  update(ctx: Ctx, id: string, fields: Record<string, string>): Promise<unknown>;
  remove(ctx: Ctx, id: string, version: number): Promise<void>;
  /** Where a delete leads (default: the list). */
  deleted?: string;
}

export function registryPages(o: RegistryPagesOptions) {
  const show = async (c: Context<AppEnv>, p: Promise<PageBody>, status = 200) => {
    const { title, body } = await p;
    return page(c, title, body, { active: o.active, status });
  };
  const list = (c: Context<AppEnv>, form?: FormState, status = 200) => {
    const ctx = ctxOf(c);
    return show(c, o.listPage(ctx, listParams(c, o.query), c, form), status);
  };
  const r = new Hono<AppEnv>()
    .get("/", (c) => list(c))
    .get("/export", async (c) => {
      const { q, notice } = listParams(c, o.query);
      if (notice) throw new ServiceError("bad_request", notice);
      return fileResponse(await o.export(ctxOf(c), q, formatOf(c.req.query("format"), "xlsx")));
    });
  const create = o.create;
  if (o.newPage) {
    const newPage = o.newPage;
    r.get("/new", (c) => show(c, newPage(ctxOf(c), c.req.query())));
  }
  if (create)
    r.post("/", (c) =>
      submitForm(
        c,
        async (f) => seeOther(c, tenantPath(c, `${o.path}/${(await create(ctxOf(c), f)).id}?done=created`)),
        (s, status) => (o.newPage ? show(c, o.newPage(ctxOf(c), s.values, s), status) : list(c, s, status)),
      ),
    );
  r.get("/:id", (c) =>
    show(c, o.recordPage(ctxOf(c), recordId(c, o.notFound), undefined, c.req.query("done"))),
  );
  r.post(
    "/:id/update",
    recordForm(o, "update", async (ctx, id, f) => {
      await o.update(ctx, id, f);
      return `${o.path}/${id}?done=update`;
    }),
  );
  r.post(
    "/:id/delete",
    recordForm(o, "delete", async (ctx, id, f) => {
      await o.remove(ctx, id, Number(f.version));
      return o.deleted ?? o.path;
    }),
  );
  return r;
}

function recordId(c: Context<AppEnv>, message: string): string {
  const id = c.req.param("id") ?? "";
  if (!isId(id)) throw notFound(message);
  return id;
}

/**
 * A form of a record page: `run` does it and names the page to go to (303); a refusal shows the
 * record page again with the form `form` open, its values and its errors.
 */
export function recordForm(
  o: Pick<RegistryPagesOptions, "active" | "notFound" | "recordPage">,
  form: string,
  run: (ctx: Ctx, id: string, fields: Record<string, string>, c: Context<AppEnv>) => Promise<string>,
) {
  return (c: Context<AppEnv>) => {
    const id = recordId(c, o.notFound);
    return submitForm(
      c,
      async (f) => seeOther(c, tenantPath(c, await run(ctxOf(c), id, f, c))),
      async (s, status) => {
        const { title, body } = await o.recordPage(ctxOf(c), id, { ...s, form }, undefined);
        return page(c, title, body, { active: o.active, status });
      },
      STATUSES,
    );
  };
}
