// Reading the path and query parameters every page shares: an id that is not one is a missing
// page (404), a year outside 2000–2100 is no year (the service's default: this year).
import type { Context } from "hono";
import { isId } from "../domain/ids";
import type { AppEnv } from "../env";
import { invalid, notFound } from "./errors";

/** ?year= when it is a plausible year, else undefined. */
export function yearParam(c: Context<AppEnv>): number | undefined {
  const y = Number(c.req.query("year"));
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : undefined;
}

/** The path parameter `name` when it is an id, else 404 with `message`. */
export function idParam(c: Context<AppEnv>, message?: string, name = "id"): string {
  const id = c.req.param(name) ?? "";
  if (!isId(id)) throw notFound(message);
  return id;
}

/** ?name= when it is an id, else undefined. */
export function idQuery(c: Context<AppEnv>, name: string): string | undefined {
  const v = c.req.query(name);
  return isId(v) ? v : undefined;
}

/** Cursors are opaque: base64url of the sort values of the last row of a page. */
export function encodeCursor(v: string[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(v));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replaceAll("=", "");
}

/** The sort values of a cursor (undefined for none); a cursor that is not one is a 400. */
export function decodeCursor(s: string | undefined): [string, string, string] | undefined {
  if (!s) return undefined;
  try {
    const raw = atob(s.replaceAll("-", "+").replaceAll("_", "/"));
    const v = JSON.parse(new TextDecoder().decode(Uint8Array.from(raw, (c) => c.charCodeAt(0))));
    if (Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === "string" || typeof x === "number"))
      return v.map(String) as [string, string, string];
  } catch {}
  throw invalid({ cursor: "Con trỏ trang không hợp lệ." });
}

/** The first value of the cursor of a list by `updatedSince`, whose order is (updatedAt, id). */
export const SINCE = "~since";

/** `decodeCursor`, refusing (400) a cursor made for the list's other order. */
export function decodeListCursor(
  s: string | undefined,
  bySince: boolean,
): [string, string, string] | undefined {
  const c = decodeCursor(s);
  if (c && (c[0] === SINCE) !== bySince) throw invalid({ cursor: "Con trỏ trang không hợp lệ." });
  return c;
}
