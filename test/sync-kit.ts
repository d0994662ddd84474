/** Test helpers of the lists' incremental sync: `?updatedSince=` with the cursor loop. */
import { expect } from "vitest";
import { call, json } from "./harness";

type Page<T> = { items: T[]; nextCursor: string | null };

/** The instant as `?updatedSince=` takes it. */
export const since = (at: number | string) =>
  encodeURIComponent(typeof at === "number" ? new Date(at).toISOString() : at);

/** The first page of `path?updatedSince=…&limit=…`, then `between()` runs, then the rest of the pages. */
export async function pageThrough<T>(
  cookie: string,
  path: string,
  between: (first: T[]) => Promise<void>,
): Promise<{ first: T[]; all: T[] }> {
  const get = async (cursor: string | null) =>
    json<Page<T>>(await call("GET", cursor ? `${path}&cursor=${cursor}` : path, { cookie }));
  const first = await get(null);
  await between(first.items);
  const all = [...first.items];
  let cursor = first.nextCursor;
  while (cursor) {
    const next = await get(cursor);
    all.push(...next.items);
    cursor = next.nextCursor;
  }
  return { first: first.items, all };
}

/** A bad `updatedSince` on `path` is a 400 problem naming the parameter in Vietnamese. */
export async function expectBadSince(cookie: string, path: string) {
  for (const bad of ["hôm qua", "2026-12-01", "1733200000000"]) {
    const res = await call(
      "GET",
      `${path}${path.includes("?") ? "&" : "?"}updatedSince=${encodeURIComponent(bad)}`,
      {
        cookie,
      },
    );
    const body = await json<{ detail: string; errors: Record<string, string> }>(res, 400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(body.errors.updatedSince, bad).toContain("RFC 3339 kèm múi giờ");
  }
}
