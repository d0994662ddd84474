// What every operation of the API document owes to the middleware rather than to its route, added
// once to the built document: the operationId and security, the problems the shared middleware
// answers (429 everywhere, 400/413/415 on JSON bodies, Idempotency-Key on a tenant's POSTs), the
// RateLimit headers of every answer and the description of each parameter a route left undescribed.
import { PROBLEM_TEXT } from "./openapi";

/** Operations of a person only: an API key has no password or session of its own. */
const PERSON = new Set(["post /api/v1/auth/logout", "post /api/v1/auth/password"]);
/** Features only a person's session uses: API keys, and the devices that receive Web Push. */
const SESSION_TAGS = ["api-keys", "push"];
/** Operations anyone may call: no credential. */
const PUBLIC = new Set(["post /api/v1/auth/login", "get /api/v1/signup/challenge", "post /api/v1/signup"]);
/** A tenant's operations: a person's session, or an API key; one that changes data needs a `write` key. */
const READ = [{ apiKey: [] }, { session: [] }];
const WRITE = [{ apiKey: ["write"] }, { session: [] }];
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
const PROBLEM = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
const RETRY_AFTER = {
  description: "Seconds to wait before trying again",
  schema: { type: "integer", minimum: 1 },
};
const IDEMPOTENCY_KEY = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "1–255 printable ASCII characters chosen by the client. The same key with the same request within 24 hours replays the first success (header `Idempotent-Replayed: true`) and writes nothing; with another request → 422; while the first is still running → 409.",
  schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
};
const REPLAYED = {
  description: "`true` when this answer is the replay of an earlier request with the same Idempotency-Key",
  schema: { type: "string", enum: ["true"] },
};

/** On every answer of the API (platform/rate-limit.ts; draft-ietf-httpapi-ratelimit-headers). */
const RATE_LIMIT_HEADERS = {
  "RateLimit-Policy": {
    description:
      'The caller\'s rate-limit policy: bucket, quota `q` and window `w` in seconds, e.g. `"key";q=600;w=60`',
    schema: { type: "string" },
  },
  RateLimit: {
    description:
      'Where the caller stands: requests left `r` and seconds `t` until the window ends, e.g. `"key";r=598;t=41`',
    schema: { type: "string" },
  },
};

const RATE_LIMIT_REFS = Object.fromEntries(
  Object.keys(RATE_LIMIT_HEADERS).map((h) => [h, { $ref: `#/components/headers/${h}` }]),
);

/** Descriptions of parameters by `in:name`, for the routes that did not write their own. */
const PARAMS: Record<string, string> = {
  "path:id": "The resource's id (16 characters, 0-9 and a-z)",
  "path:fileId": "The file's id",
  "path:jobId": "The job's id",
  "path:remarkId": "The remark's id",
  "path:code": "The unit's code",
  "query:version": "The version the caller read (a stale one → 409)",
  "query:unitId": "The unit whose subtree is listed (default: the caller's own scope)",
  "query:cursor": "The `nextCursor` of the previous page; none for the first page",
  "query:limit": "Items per page",
  "query:page": "Page number, from 1",
  "query:before": "Only entries older than this one (the `id` of the last entry of the previous page)",
  "query:year": "The year (default: the current year in Vietnam)",
  "query:format": "File format of the download",
  "query:fileName": "The file's name, when the file is sent as the raw body",
  "query:q": "Search text (without diacritics is fine)",
  "query:memberId": "Only those of this member",
  "query:modelId": "Only those of this model",
  "query:figure": "The figure whose people are listed",
};

type Obj = Record<string, unknown>;
type Param = { name: string; in: string; description?: string; schema?: Obj };

function problem(responses: Obj, status: number, description = PROBLEM_TEXT[status]!, extra?: Obj): void {
  const have = responses[status] as { description: string; headers?: Obj } | undefined;
  if (have) {
    if (!have.description.includes(description))
      have.description = `${have.description}; ${description[0]!.toLowerCase()}${description.slice(1)}`;
    if (extra?.headers) have.headers = { ...have.headers, ...(extra.headers as Obj) };
    return;
  }
  responses[status] = { description, ...extra, content: PROBLEM };
}

/** `operationId` from the method and the path (`get /api/v1/units/{id}/move` → `getUnitsByIdMove`). */
function operationName(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1\//, "")
    .split("/")
    .filter(Boolean)
    .map((w) => (w.startsWith("{") ? `by-${w.slice(1, -1)}` : w));
  const name = words
    .join("-")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
  return `${method}${name}`;
}

function describeParams(params: Param[]): void {
  for (const p of params) {
    p.description ??=
      (p.schema?.description as string | undefined) ??
      PARAMS[`${p.in}:${p.name}`] ??
      (p.in === "query" ? `Only rows whose \`${p.name}\` is this value` : undefined);
  }
}

function finishOperation(method: string, path: string, op: Obj): void {
  op.operationId ??= operationName(method, path);
  const isPublic = PUBLIC.has(`${method} ${path}`);
  const platform = path.startsWith("/api/v1/platform");
  op.security ??= isPublic
    ? []
    : platform
      ? [{ operatorSession: [] }]
      : SESSION_TAGS.some((t) => (op.tags as string[] | undefined)?.includes(t)) ||
          PERSON.has(`${method} ${path}`)
        ? [{ session: [] }] // keys never manage keys, nor register phones, sign out or change a password
        : method === "get"
          ? READ
          : WRITE;
  const responses = op.responses as Obj;
  problem(responses, 429, undefined, { headers: { "Retry-After": RETRY_AFTER } });
  // Every path and query parameter has a schema a value can fail: 400 with the field named.
  if (((op.parameters as Param[] | undefined) ?? []).some((p) => p.in === "path" || p.in === "query"))
    problem(responses, 400);
  const content = (op.requestBody as { content?: Obj } | undefined)?.content ?? {};
  if (content["application/json"]) {
    for (const status of [400, 413, 415]) problem(responses, status);
  }
  if (method === "post" && !isPublic && !platform) {
    op.parameters = [...((op.parameters as Param[] | undefined) ?? []), IDEMPOTENCY_KEY];
    problem(responses, 400, "Malformed Idempotency-Key");
    problem(
      responses,
      409,
      "A request with the same Idempotency-Key is still running, or its answer (a file) was not kept for replay",
    );
    problem(responses, 422);
    for (const [status, r] of Object.entries(responses))
      if (status.startsWith("2")) (r as Obj).headers = { "Idempotent-Replayed": REPLAYED };
  }
  for (const r of Object.values(responses) as Obj[])
    r.headers = { ...(r.headers as Obj), ...RATE_LIMIT_REFS };
  describeParams((op.parameters as Param[] | undefined) ?? []);
}

/** Completes each operation of the document built from the routes (see the header of this file). */
export function finish<D extends { paths?: object; components?: object }>(doc: D): D {
  const components = (doc.components ?? {}) as Obj;
  components.headers = { ...(components.headers as Obj), ...RATE_LIMIT_HEADERS };
  (doc as Obj).components = components;
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const method of METHODS) {
      const op = item[method] as Obj | undefined;
      if (op) finishOperation(method, path, op);
    }
  }
  return doc;
}
