import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Hook } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { ServiceError } from "./errors";

/** Validation failures become one problem+json 400 with an `errors` map (field path → message). */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every input type
export const validationHook: Hook<any, AppEnv, any, any> = (result) => {
  if (result.success) return;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "body";
    if (fields[key]) continue;
    fields[key] =
      issue.code === "unrecognized_keys"
        ? `Trường không được phép: ${(issue as { keys?: string[] }).keys?.join(", ")}.`
        : issue.code === "invalid_type" && (issue as { input?: unknown }).input === undefined
          ? "Trường này là bắt buộc."
          : issue.message;
  }
  throw new ServiceError("validation", "Dữ liệu nhập chưa hợp lệ.", fields);
};

/** A router for one feature's JSON API (OpenAPI-described, shared validation hook). */
export function apiRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

/** What each problem status means, in the API document. */
export const PROBLEM_TEXT: Record<number, string> = {
  400: "Invalid input (problem+json with `errors`)",
  401: "Not signed in",
  403: "Role not allowed",
  404: "Not found in this tenant or outside the actor's scope",
  409: "Illegal state transition or stale version",
  410: "Expired or used",
  413: "Body or file too large (JSON bodies: 1 MB)",
  415: "Content type not accepted (JSON bodies: application/json only)",
  422: "Idempotency-Key already used for another request",
  429: "Too many requests: wait `Retry-After` seconds",
};

/** Standard problem+json responses for route definitions. */
export function problemResponses(...statuses: number[]) {
  const out: Record<number, { description: string; content: Record<string, { schema: object }> }> = {};
  for (const s of statuses) {
    out[s] = {
      description: PROBLEM_TEXT[s] ?? "Error",
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
  }
  return out;
}

/** `{ description, content: { application/json: schema } }` for a response. */
export function jsonContent<T extends object>(schema: T, description = "OK") {
  return { description, content: { "application/json": { schema } } };
}

/** A download's response: bytes of one of `types`. */
export function binaryContent(description: string, ...types: string[]) {
  const schema = z.string().openapi({ format: "binary" });
  return { description, content: Object.fromEntries(types.map((t) => [t, { schema }])) };
}

/**
 * An upload's request body: a multipart form with the file in field `file` (and `types` as raw bytes,
 * when the route also takes those). Plain JSON Schema, not zod, so no validator reads the body: the
 * handler does.
 */
export function uploadBody(description: string, ...types: string[]) {
  const bytes = { schema: { type: "string" as const, format: "binary" } };
  const form = {
    schema: { type: "object" as const, required: ["file"], properties: { file: bytes.schema } },
  };
  return {
    description,
    required: true,
    content: { "multipart/form-data": form, ...Object.fromEntries(types.map((t) => [t, bytes])) },
  };
}

/** A required JSON request body. */
export function jsonBody<T extends object>(schema: T) {
  return { body: { content: { "application/json": { schema } }, required: true } };
}

/**
 * A registered (named) schema, or null: `anyOf: [$ref, null]` in the document. `.nullable()` on a
 * registered schema documents it wrongly: the component itself turns nullable (so every operation
 * returning it claims it may answer null) or the use becomes an `allOf` that rejects null.
 */
export function orNull<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()]);
}

/** `{ id }`: what a create answers when the new row's id is all the caller needs. */
export const IdOut = z.object({ id: z.string() });

/** Path parameter `id` in the tenant's id format. */
export const IdParam = z.object({
  id: z
    .string()
    .regex(/^[0-9a-z]{16}$/, "Mã định danh không hợp lệ.")
    .openapi({ param: { name: "id", in: "path" }, example: "0h4k2m9q8r7s6t5v" }),
});
