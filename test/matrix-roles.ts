/** Who may call a route, as the matrix rows name it, and the builder of a row. */
import type { RouteSpec, Who } from "./access-matrix";

export const ALL: Who[] = ["admin", "secretary", "member"];
export const MANAGERS: Who[] = ["admin", "secretary"];
export const ADMIN: Who[] = ["admin"];
export const PUBLIC: Who[] = ["public"];

/** Where the JSON API and a tenant's pages are mounted. */
export const api = "/api/v1";
export const pg = "/t/:slug";

/** One row of the matrix: `row("POST", path, MANAGERS, { ids, body })`. */
export function row(
  method: RouteSpec["method"],
  path: string,
  allow: Who[],
  extra: Omit<Partial<RouteSpec>, "method" | "path" | "allow"> = {},
): RouteSpec {
  return { method, path, allow, ...extra };
}

/** The read and upload routes of an import pipeline under the API's `base` (the job's id is a `kind`). */
export function importRows(base: string, allow: Who[], kind: string): RouteSpec[] {
  const job = { ids: { id: kind } };
  return [
    row("GET", `${base}/import/template`, allow),
    row("POST", `${base}/import`, allow),
    row("GET", `${base}/imports`, allow, { list: true }),
    row("GET", `${base}/import/:id`, allow, job),
    row("GET", `${base}/import/:id/errors`, allow, job),
  ];
}
