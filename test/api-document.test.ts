// What a client generator needs from the API document: a unique operationId and a security
// requirement on every operation, and schemes that exist; every tag and parameter described; the
// problems the shared middleware answers (429 everywhere, Idempotency-Key on a tenant's POSTs) and the
// RateLimit headers on every answer.
import { beforeAll, describe, expect, it } from "vitest";
import { type Who, whoMayCall } from "../src/platform/api-routes";
import { matrixRow } from "./contract-kit";
import { call } from "./harness";

type Param = { name: string; in: string; description?: string };
type Op = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Param[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
};
type Doc = {
  servers?: { url: string }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Op>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, { type?: unknown }> };
};

let doc: Doc;
const ops = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ key: `${method} ${path}`, method, path, op })),
  );

beforeAll(async () => {
  doc = await (await call("GET", "/api/v1/openapi.json")).json<Doc>();
});

describe("the API document", () => {
  it("gives every operation a unique camelCase operationId and its security", () => {
    const missing: string[] = [];
    for (const { key, op } of ops()) {
      if (!op.operationId?.match(/^[a-z]+[A-Za-z0-9]*$/)) missing.push(`${key}: operationId`);
      if (!op.security) missing.push(`${key}: security`);
      for (const req of op.security ?? [])
        for (const scheme of Object.keys(req))
          if (!doc.components.securitySchemes[scheme]) missing.push(`${key}: unknown scheme ${scheme}`);
    }
    const ids = ops().map((o) => o.op.operationId);
    expect(missing).toEqual([]);
    expect(ids.length).toBeGreaterThan(150);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths["/api/v1/auth/login"]!.post!.security).toEqual([]);
    expect(doc.paths["/api/v1/members"]!.get!.security).toEqual([{ apiKey: [] }, { session: [] }]);
    expect(doc.paths["/api/v1/units/{id}"]!.get!.operationId).toBe("getUnitsById");
  });

  it("names its server, describes every tag it uses and every parameter, and summarises every operation", () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/" })]);
    const described = new Set(doc.tags.filter((t) => t.description).map((t) => t.name));
    const missing: string[] = [];
    for (const { key, op } of ops()) {
      if (!op.summary) missing.push(`${key}: summary`);
      for (const tag of op.tags ?? []) if (!described.has(tag)) missing.push(`${key}: tag ${tag}`);
      if (!op.tags?.length) missing.push(`${key}: tags`);
      for (const p of op.parameters ?? []) if (!p.description) missing.push(`${key}: ${p.in} ${p.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("documents 429 with Retry-After and the RateLimit headers everywhere, and the body and Idempotency-Key problems", () => {
    const missing: string[] = [];
    for (const { key, method, op } of ops()) {
      const has = (s: number) => op.responses[s]?.content?.["application/problem+json"] !== undefined;
      if (!has(429) || !op.responses[429]!.headers?.["Retry-After"]) missing.push(`${key}: 429`);
      for (const [status, r] of Object.entries(op.responses))
        if (!r.headers?.RateLimit || !r.headers["RateLimit-Policy"])
          missing.push(`${key}: ${status} RateLimit`);
      if (op.parameters?.some((p) => p.in !== "header") && !has(400)) missing.push(`${key}: 400`);
      if (op.parameters?.some((p) => p.in === "path") && !has(404)) missing.push(`${key}: 404`);
      const tenant = (op.security?.length ?? 0) > 0 && !key.includes("/platform/");
      if (tenant && !has(401)) missing.push(`${key}: 401`);
      if (op.requestBody?.content["application/json"])
        for (const s of [400, 413, 415]) if (!has(s)) missing.push(`${key}: ${s}`);
      const tenantPost = method === "post" && (op.security?.length ?? 0) > 0 && !key.includes("/platform/");
      const idem = op.parameters?.some((p) => p.in === "header" && p.name === "Idempotency-Key") ?? false;
      if (idem !== tenantPost) missing.push(`${key}: Idempotency-Key ${idem}`);
      if (tenantPost && !has(422)) missing.push(`${key}: 422`);
    }
    expect(missing).toEqual([]);
    expect(Object.keys(doc.paths["/api/v1/members/import"]!.post!.requestBody!.content)).toContain(
      "multipart/form-data",
    );
    expect(Object.keys(doc.paths["/api/v1/models/{id}/files"]!.post!.requestBody!.content)).toEqual([
      "multipart/form-data",
    ]);
  });
});

/** Who an operation's description may name, from its access-matrix row (test/access-matrix.ts). */
function whoOf(allow: string[], operator: boolean | undefined): Who[] {
  if (allow.includes("public")) return ["public"];
  if (operator) return ["operator"];
  const roles = [...allow].sort().join(",");
  if (roles === "admin,member,secretary") return ["all", "person"];
  if (roles === "admin,secretary") return ["managers"];
  return roles === "admin" ? ["admin", "person-admin"] : [];
}

describe("who may call an operation", () => {
  it("is the first paragraph of its description, as the access matrix has it", () => {
    const wrong: string[] = [];
    for (const { key, method, path, op } of ops()) {
      const row = matrixRow(method, path);
      if (!row) wrong.push(`${key}: no matrix row`);
      else if (!whoOf(row.allow, row.operator).some((w) => op.description?.startsWith(whoMayCall(w, method))))
        wrong.push(`${key}: "${op.description?.split("\n")[0]}", matrix: ${row.allow.join(", ")}`);
    }
    expect(wrong).toEqual([]);
  });

  it("asks a write key for every change of a tenant's data, and a person for keys and passwords", () => {
    const wrong: string[] = [];
    for (const { key, method, path, op } of ops()) {
      if (!op.security?.length || path.startsWith("/api/v1/platform")) continue;
      const person = key === "post /api/v1/auth/logout" || key === "post /api/v1/auth/password";
      const expected =
        op.tags?.includes("api-keys") || op.tags?.includes("push") || person
          ? [{ session: [] }]
          : [{ apiKey: method === "get" ? [] : ["write"] }, { session: [] }];
      if (JSON.stringify(op.security) !== JSON.stringify(expected)) wrong.push(key);
    }
    expect(wrong).toEqual([]);
  });
});

describe("nullable fields in the API document", () => {
  it("never makes a named schema nullable, nor hides a null in an allOf that a $ref rejects", () => {
    const nullable = (s: { type?: unknown }) => Array.isArray(s.type) && s.type.includes("null");
    const wrong = Object.entries(doc.components.schemas)
      .filter(([, s]) => nullable(s))
      .map(([name]) => `component ${name}`);
    const walk = (x: unknown, at: string): void => {
      if (!x || typeof x !== "object") return;
      const all = (x as { allOf?: { $ref?: string; type?: unknown }[] }).allOf;
      if (all?.some((s) => s.$ref) && all.some(nullable)) wrong.push(at);
      for (const [k, v] of Object.entries(x)) walk(v, `${at}/${k}`);
    };
    walk(doc.paths, "#/paths");
    walk(doc.components.schemas, "#/components/schemas");
    expect(wrong, "use orNull() (src/platform/openapi.ts) for a named schema that may be null").toEqual([]);
  });
});
