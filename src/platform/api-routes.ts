// The routes of a feature's JSON API, each declared once: its path, its summary, what it takes (path
// parameters, query, JSON body), what it answers and the service verb behind it. From that come the
// route as createRoute() documents it (tag, request, success and problem responses) and its handler:
// validate → `run(ctx, input)` → JSON with the status, an empty 204, or the Response `run` made.
import { type RouteConfig, createRoute, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../env";
import type { Ctx } from "./context";
import { wireOf } from "./api-wire";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "./openapi";
import { ctxOf } from "./tenant-context";

/** The problems of a read, and of a write (a stale version or an illegal state: 409; a body: 415). */
export const READ_PROBLEMS = [400, 401, 403, 404];
export const WRITE_PROBLEMS = [400, 401, 403, 404, 409, 415];

type C = Context<AppEnv>;
type Method = RouteConfig["method"];
/** A response documented as is (a download): `{ description, content }`. */
type Raw = { description: string; content: Record<string, unknown> };
type Val<T> = T extends z.ZodType ? z.output<T> : undefined;
type Params<T> = T extends z.ZodType ? z.output<T> : unknown;
/** What a route answers: the body its schema describes, a Response for a download, nothing for a 204. */
type Answer<S> = S extends z.ZodType ? z.input<S> : S extends Raw ? Response : unknown;
/** The path parameters when the route names none: `IdParam` for a path with `{id}`. */
type DefaultParams<P extends string> = P extends `${string}{id}${string}` ? typeof IdParam : undefined;

/** The arguments a verb takes after the context: the path's `id`, then the body or else the query. */
type IdArg<P> = P extends z.ZodType ? (z.output<P> extends { id: string } ? [id: string] : []) : [];
type InArg<Q, B> = B extends z.ZodType
  ? [json: z.output<B>]
  : Q extends z.ZodType
    ? [query: z.output<Q>]
    : [];
export type VerbArgs<P, Q, B> = [...IdArg<P>, ...InArg<Q, B>];

/** What `run` receives besides the context: the path parameters, `query` and `json`. */
export type OpInput<P, Q, B> = Params<P> & { query: Val<Q>; json: Val<B> };

/** Who may call an operation, as its description says first (test/api-document.test.ts holds it to the access matrix). */
export type Who = "public" | "person" | "all" | "managers" | "admin" | "person-admin" | "operator";

const WHO: Record<Who, string> = {
  public: "Anyone: no credential is needed.",
  person: "Any signed-in person, for their own session and account.",
  all: "Every role: an admin reaches the whole tenant, a secretary their subtree, a member only their own records.",
  managers: "Tenant admins (the whole tenant) and secretaries (their subtree); members get 403.",
  admin: "Tenant admins only; secretaries and members get 403.",
  "person-admin": "Tenant admins signed in as a person; API keys get 403.",
  operator: "Operators only (the operator session); anyone else gets 404.",
};
const KEYED: Who[] = ["all", "managers", "admin"];

/** An operation's description: who may call it and with which API key, then `more`. */
export function whoMayCall(who: Who, method: string, more?: string): string {
  const key = !KEYED.includes(who)
    ? ""
    : method === "get"
      ? " An API key acts as an admin, or as the secretary of its unit; a `read` key is enough."
      : " An API key acts as an admin, or as the secretary of its unit, and needs the `write` scope.";
  return [`${WHO[who]}${key}`, more].filter(Boolean).join("\n\n");
}

export interface OpSpec<X, P, Q, B, S> {
  /** Who may call it: the first words of its description. */
  who: Who;
  summary: string;
  /** The operation's longer description. */
  description?: string;
  /** Path parameters (default: `IdParam` when the path has `{id}`). */
  params?: P;
  query?: Q;
  body?: B;
  /** A request body the route reads itself (an upload: `uploadBody()`), documented as is. */
  upload?: { description: string; content: Record<string, unknown>; required?: boolean };
  /** The JSON body of the success response, or a Raw response; none: a 204. */
  out?: S;
  status?: 200 | 201 | 202;
  /** The success response's description (default: OK, Created or Deleted). */
  says?: string;
  /** Problem statuses (default: READ_PROBLEMS for a GET, the feature's write problems otherwise). */
  problems?: number[];
  /** The service verb, called as `verb(ctx, ...VerbArgs)`: `(ctx, id, json)`, `(ctx, query)` … */
  call?: (ctx: X, ...args: VerbArgs<P, Q, B>) => Promise<Answer<S>>;
  /** Any other answer, from all the inputs (and the request `c` for its URL or cookies). */
  run?: (ctx: X, input: OpInput<P, Q, B>, c: C) => Promise<Answer<S>> | Answer<S>;
}

/** A route and its handler, ready for `router.openapi()`. */
export interface Op {
  route: RouteConfig;
  handler: (c: C) => Promise<Response>;
}

export interface ApiOptions<X> {
  /** The context a verb takes (default: the tenant's `ctxOf`). */
  ctx?: (c: C) => X;
  /** Problems of a GET, and of every other method. */
  reads?: number[];
  writes?: number[];
}

/** `[id?, json ?? query?]` of an input, as VerbArgs orders them. */
function verbArgs(input: { id?: string; query?: unknown; json?: unknown }, body: unknown, query: unknown) {
  const args: unknown[] = input.id === undefined ? [] : [input.id];
  if (body) args.push(input.json);
  else if (query) args.push(input.query);
  return args;
}

/** A verb taking the version the caller read, for a route whose query or body is `{ version }`. */
export const byVersion =
  <X, R>(verb: (ctx: X, id: string, version: number) => Promise<R>) =>
  (ctx: X, id: string, input: { version: number }) =>
    verb(ctx, id, input.version);

const isSchema = (s: unknown): s is z.ZodType => typeof s === "object" && s !== null && "_zod" in s;

function successResponse(out: unknown, status: number, says: string | undefined) {
  if (isSchema(out)) return jsonContent(out, says ?? (status === 201 ? "Created" : "OK"));
  return (out as Raw | undefined) ?? { description: says ?? "Deleted" };
}

/** The route builders and the router of the feature tagged `tag`. */
export function apiOps<X = Ctx>(tag: string, o: ApiOptions<X> = {}) {
  const tags = [tag];
  const ctx = o.ctx ?? (ctxOf as unknown as (c: C) => X);
  const op =
    (method: Method) =>
    <const Path extends string, P = DefaultParams<Path>, Q = undefined, B = undefined, S = undefined>(
      path: Path,
      s: OpSpec<X, P, Q, B, S>,
    ): Op => {
      const params = (s.params ?? (path.includes("{id}") ? IdParam : undefined)) as z.ZodType | undefined;
      const request = {
        ...(params ? { params } : {}),
        ...(s.query ? { query: s.query } : {}),
        ...(s.body ? jsonBody(s.body as unknown as z.ZodType) : {}),
        ...(s.upload ? { body: s.upload } : {}),
      };
      const status = s.out ? (s.status ?? 200) : 204;
      const problems =
        s.problems ?? (method === "get" ? (o.reads ?? READ_PROBLEMS) : (o.writes ?? WRITE_PROBLEMS));
      const route = createRoute({
        method,
        path,
        tags,
        summary: s.summary,
        description: whoMayCall(s.who, method, s.description),
        request: (Object.keys(request).length ? request : undefined) as RouteConfig["request"],
        responses: {
          [status]: successResponse(s.out, status, s.says),
          ...problemResponses(...problems),
        } as RouteConfig["responses"],
      });
      const wire = isSchema(s.out) ? wireOf(s.out) : undefined;
      const handler = async (c: C) => {
        const valid = (t: string) => (c.req.valid as (t: string) => unknown)(t);
        const input = {
          ...(params ? (valid("param") as object) : {}),
          query: s.query ? valid("query") : undefined,
          json: s.body ? valid("json") : undefined,
        } as OpInput<P, Q, B>;
        const answer = s.call
          ? await s.call(ctx(c), ...(verbArgs(input, s.body, s.query) as VerbArgs<P, Q, B>))
          : await s.run?.(ctx(c), input, c);
        if (status === 204) return c.body(null, 204);
        return wire ? c.json(wire(answer) as object, status as 200) : (answer as Response);
      };
      return { route, handler };
    };
  return {
    get: op("get"),
    post: op("post"),
    put: op("put"),
    patch: op("patch"),
    delete: op("delete"),
    /** A router answering `ops` in order (a fixed path before `/{id}`). */
    router: (...ops: Op[]) => {
      const r = apiRouter();
      // biome-ignore lint/suspicious/noExplicitAny: each op's handler was typed against its own route
      for (const x of ops) r.openapi(x.route, x.handler as any);
      return r;
    },
  };
}
