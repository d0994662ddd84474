// Route definitions of a feature's JSON API in one line each: the feature's tag, a summary, the
// request, the success response and the problem responses, as createRoute() documents them.
import { type RouteConfig, createRoute } from "@hono/zod-openapi";
import { jsonContent, problemResponses } from "./openapi";

type Request = NonNullable<RouteConfig["request"]>;

/** The problems of a read, and of a write (a stale version or an illegal state: 409; a body: 415). */
export const READ_PROBLEMS = [400, 401, 403, 404];
export const WRITE_PROBLEMS = [400, 401, 403, 404, 409, 415];

interface Spec<R extends Request, S extends object> {
  summary: string;
  request?: R;
  /** The JSON body of the success response (none: a 204 with `description`). */
  out?: S;
  status?: 200 | 201 | 204;
  description?: string;
  problems: number[];
}

/** A route builder per method for the feature tagged `tag`. */
export function apiRoutes(tag: string) {
  const tags = [tag];
  const route =
    <M extends RouteConfig["method"]>(method: M) =>
    <P extends string, R extends Request, S extends object>(path: P, s: Spec<R, S>) => {
      const ok = s.out ? jsonContent(s.out, s.description) : { description: s.description ?? "OK" };
      return createRoute({
        method,
        path,
        tags,
        summary: s.summary,
        request: s.request as R,
        responses: { [s.status ?? 200]: ok, ...problemResponses(...s.problems) },
      });
    };
  return {
    get: route("get"),
    post: route("post"),
    put: route("put"),
    patch: route("patch"),
    delete: route("delete"),
  };
}
