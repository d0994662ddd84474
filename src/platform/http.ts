import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ServiceError } from "./errors";
import { Meter } from "./meter";
import { normaliseDeep } from "./text";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Request id, D1 meter, Server-Timing, security headers and no-store on every response. */
export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const incoming = c.req.header("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  c.set("requestId", requestId);
  c.set("meter", new Meter());
  await next();
  const h = c.res.headers;
  h.set("X-Request-Id", requestId);
  h.append("Server-Timing", c.get("meter").header());
  h.set("X-Content-Type-Options", "nosniff");
  h.set("Referrer-Policy", "same-origin");
  h.set("X-Frame-Options", "DENY");
  h.set("Cross-Origin-Opener-Policy", "same-origin");
  h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (!h.has("Content-Security-Policy")) {
    h.set(
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
  }
  if (new URL(c.req.url).protocol === "https:")
    h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  if (!h.has("Cache-Control")) h.set("Cache-Control", "no-store");
};

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function mediaType(c: Context): string {
  return (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * Form posts must come from this origin (Origin, or Sec-Fetch-Site when Origin is absent). A JSON route
 * of the API takes no form body at all (jsonBodies answers 415), so only its upload routes need this.
 */
export const csrfForms: MiddlewareHandler<AppEnv> = async (c, next) => {
  const jsonOnly = c.req.path.startsWith("/api/") && !UPLOAD_PATH.test(c.req.path);
  // A browser never sends a bearer credential on its own (cookies it does): nothing to forge.
  const bearer = c.req.path.startsWith("/api/") && /^Bearer\s/i.test(c.req.header("authorization") ?? "");
  if (UNSAFE.has(c.req.method) && FORM_TYPES.includes(mediaType(c)) && !jsonOnly && !bearer) {
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    const self = new URL(c.req.url).origin;
    const ok = origin ? origin === self : site === "same-origin" || site === "none";
    if (!ok)
      throw new ServiceError(
        "forbidden",
        "Yêu cầu bị từ chối vì không xuất phát từ trang của hệ thống (CSRF).",
      );
  }
  await next();
};

/** Paths under /api that take uploads rather than JSON. */
export const UPLOAD_PATH = /\/(import|files|upload)(\/|$)/;
/** The largest body an upload path takes (413 above). */
export const UPLOAD_MAX_BYTES = 50 * 1024 * 1024;
/**
 * An import's upload (API or page): its body is streamed to storage and counted against the
 * importer's own limit as it arrives (imports/upload.ts), so it needs no body limit in front.
 */
export const streamedUpload = (method: string, path: string) =>
  method === "POST" && /\/import\/?$/.test(path);

/** JSON API bodies: other content types → 415, malformed JSON → 400, strings NFC-normalised. */
export const jsonBodies: MiddlewareHandler<AppEnv> = async (c, next) => {
  const hasBody = UNSAFE.has(c.req.method) && (c.req.header("content-length") !== "0" || mediaType(c) !== "");
  if (hasBody && !UPLOAD_PATH.test(c.req.path)) {
    const type = mediaType(c);
    if (type !== "application/json" && !(type === "" && c.req.header("content-length") === undefined)) {
      throw new ServiceError("unsupported_media_type", "Chỉ chấp nhận dữ liệu dạng application/json.");
    }
    if (type === "application/json") {
      const text = await c.req.text();
      let parsed: unknown = {};
      if (text.trim() !== "") {
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new ServiceError("bad_request", "Dữ liệu JSON không hợp lệ.");
        }
      }
      const normalised = normaliseDeep(parsed);
      // Validators read the cached body: hand them the normalised value.
      (c.req as unknown as { bodyCache: Record<string, unknown> }).bodyCache = {
        json: Promise.resolve(normalised),
      };
    }
  }
  await next();
};

/** Reads a urlencoded or multipart form with every string NFC-normalised. */
export async function readForm(c: Context): Promise<Record<string, string | File | (string | File)[]>> {
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string | File | (string | File)[]> = {};
  for (const [k, v] of Object.entries(body)) {
    out[k] = Array.isArray(v)
      ? v.map((x) => (typeof x === "string" ? normaliseDeep(x, k) : x))
      : typeof v === "string"
        ? normaliseDeep(v, k)
        : v;
  }
  return out;
}

/** Form fields as plain strings (files and repeated values dropped to their first string). */
export function formStrings(form: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string") out[k] = first;
  }
  return out;
}
