// The API document's contract with what the API answers: every GET operation of the document is
// called on a tenant with real data (a fixture of every kind of id), and each JSON answer is
// validated against the schema the document gives for it. A GET the test cannot call, an answer
// other than the documented success, or a body the schema rejects fails it.
import { beforeAll, describe, expect, it } from "vitest";
import { newToken } from "../src/platform/ids";
import {
  type ContractWorld,
  type Doc,
  type Operation,
  callerOf,
  contractWorld,
  matrixRow,
  validatorOf,
} from "./contract-kit";
import { call } from "./harness";

/**
 * The GET operations that answer a file, not JSON: there is no body schema to hold them to, so the
 * content type they answer must be one the document lists for them.
 */
const DOWNLOADS = new Set([
  "/api/v1/members/export",
  "/api/v1/members/import/template",
  "/api/v1/members/import/{id}/errors",
  "/api/v1/models/export",
  "/api/v1/models/import/template",
  "/api/v1/models/import/{id}/errors",
  "/api/v1/models/{id}/files/{fileId}",
  "/api/v1/commendations/export",
  "/api/v1/commendations/import/template",
  "/api/v1/commendations/import/{id}/errors",
  "/api/v1/conferences/export",
  "/api/v1/exports/{id}/download",
  "/api/v1/reports/units/{id}/figures/export",
  "/api/v1/reports/units/{id}/people/export",
  "/api/v1/reports/documents/{id}/docx",
]);
const mediaType = (t: string) => t.split(";")[0]!.trim().toLowerCase();

let doc: Doc;
let w: ContractWorld;

beforeAll(async () => {
  doc = await (await call("GET", "/api/v1/openapi.json")).json<Doc>();
  w = await contractWorld();
}, 120_000);

/** The URL of a GET: path parameters from the world's fixtures, the row's query, required ones filled. */
function urlOf(path: string, op: Operation, rowQuery: string | undefined, rowIds: Record<string, string>) {
  let url = path;
  for (const p of op.parameters ?? []) {
    if (p.in !== "path") continue;
    const kind = rowIds[p.name];
    url = url.replace(`{${p.name}}`, (kind && w.ids[kind]) || newToken(8));
  }
  // `@kind` in the row's query names a fixture, as in the access suite.
  const query = new URLSearchParams(
    (rowQuery ?? "").replace(/@(\w+)/g, (_, kind: string) => w.ids[kind] ?? ""),
  );
  // The matrix names a unit no tenant has where only the role check matters: ask for a real one.
  if (query.has("unitId")) query.set("unitId", w.t.rootId);
  for (const p of op.parameters ?? []) {
    if (p.in !== "query" || !p.required || query.has(p.name)) continue;
    const s = p.schema ?? {};
    const value = Array.isArray(s.enum) ? s.enum[0] : p.name === "unitId" ? w.t.rootId : undefined;
    if (value !== undefined) query.set(p.name, String(value));
  }
  const q = query.toString();
  return q ? `${url}?${q}` : url;
}

describe("the API document's contract", () => {
  it("describes every GET answer: each one called on real data, each JSON body valid", {
    timeout: 60_000,
  }, async () => {
    const wrong: string[] = [];
    let validated = 0;
    const gets = Object.entries(doc.paths).flatMap(([path, item]) =>
      item.get ? [[path, item.get] as const] : [],
    );
    for (const [path, op] of gets) {
      const row = matrixRow("get", path);
      if (!row) {
        wrong.push(`${path}: no matrix row to call it with`);
        continue;
      }
      const url = urlOf(path, op, row.query, row.ids ?? {});
      const res = await call("GET", url, { cookie: w.cookies[callerOf(row)] });
      const success = Object.keys(op.responses).find((s) => s.startsWith("2"))!;
      const type = res.headers.get("content-type") ?? "";
      if (String(res.status) !== success) {
        wrong.push(`${url} as ${callerOf(row)} → ${res.status}: ${(await res.text()).slice(0, 300)}`);
        continue;
      }
      const content = op.responses[success]!.content ?? {};
      if (DOWNLOADS.has(path)) {
        if (!Object.keys(content).some((t) => mediaType(t) === mediaType(type)))
          wrong.push(`${url}: answered ${type}, documented ${Object.keys(content).join(", ")}`);
        await res.arrayBuffer();
        continue;
      }
      const schema = content["application/json"]?.schema;
      if (!schema || !type.startsWith("application/json")) {
        wrong.push(`${url}: ${type} answered, schema ${schema ? "JSON" : "none"} documented`);
        continue;
      }
      const body = await res.json();
      const result = validatorOf(doc, schema).validate(body);
      validated++;
      if (!result.valid)
        wrong.push(
          `${url}: ${result.errors
            .filter((e) => e.keyword !== "$ref" && e.keyword !== "properties")
            .slice(0, 4)
            .map((e) => `${e.instanceLocation} ${e.error}`)
            .join(" | ")}`,
        );
    }
    expect(wrong).toEqual([]);
    expect(validated + DOWNLOADS.size).toBe(gets.length);
  });
});
