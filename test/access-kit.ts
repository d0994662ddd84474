/**
 * Calling a matrix row (test/access-matrix.ts) as a client would: its path filled with fixture ids,
 * its sample body or form sent the way the route expects; and what a role's answer must be.
 */
import type { Role } from "../src/platform/context";
import { newId, newToken } from "../src/platform/ids";
import type { RouteSpec } from "./access-matrix";
import { call } from "./harness";

/** Fixture ids by kind (see test/fixtures.ts). */
export type Ids = Record<string, string>;

/** The path, JSON body and form of a row, with `:param`s and `@kind` values taken from `ids`. */
export function fill(
  spec: RouteSpec,
  slug: string,
  ids: Ids,
): { path: string; body: unknown; form?: Record<string, string> } {
  let path = spec.path.replace(":slug", slug).replace(":token", newToken(32));
  for (const [param, kind] of Object.entries(spec.ids ?? {}))
    path = path.replace(`:${param}`, ids[kind] ?? newId());
  if (spec.query) path += `?${spec.query.replace(/@(\w+)/g, (_, kind: string) => ids[kind] ?? newId())}`;
  const sub = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sub)
      : typeof v === "string" && v.startsWith("@")
        ? (ids[v.slice(1)] ?? newId())
        : v;
  const body =
    spec.body && typeof spec.body === "object"
      ? Object.fromEntries(Object.entries(spec.body as Record<string, unknown>).map(([k, v]) => [k, sub(v)]))
      : spec.body;
  const form = spec.form
    ? Object.fromEntries(Object.entries(spec.form).map(([k, v]) => [k, String(sub(v))]))
    : undefined;
  return { path, body, form };
}

/** Sends a row to the Worker, as `cookie` if given (or with other `headers`: an API key). */
export async function send(
  spec: RouteSpec,
  slug: string,
  ids: Ids,
  cookie?: string,
  headers?: Record<string, string>,
) {
  const { path, body, form } = fill(spec, slug, ids);
  const isApi = path.startsWith("/api/");
  return call(spec.method, path, {
    cookie,
    headers,
    json: isApi && spec.method !== "GET" && spec.method !== "DELETE" ? (body ?? {}) : undefined,
    form: !isApi && spec.method !== "GET" ? (form ?? {}) : undefined,
  });
}

/** A role's answer is right: an allowed role is never refused (401/403) nor fails (5xx); another gets 403. */
export function roleAnswerOk(spec: RouteSpec, role: Role, status: number): boolean {
  return spec.allow.includes(role) ? status !== 401 && status !== 403 && status < 500 : status === 403;
}
