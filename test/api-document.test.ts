// What a client generator needs from the API document: a unique operationId and a security
// requirement on every operation, and schemes that exist.
import { describe, expect, it } from "vitest";
import { call } from "./harness";

type Op = { operationId?: string; security?: Record<string, string[]>[] };
type Doc = {
  paths: Record<string, Record<string, Op>>;
  components: { securitySchemes: Record<string, unknown> };
};

describe("the API document", () => {
  it("gives every operation a unique camelCase operationId and its security", async () => {
    const doc = await (await call("GET", "/api/v1/openapi.json")).json<Doc>();
    const ids: string[] = [];
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!op.operationId?.match(/^[a-z]+[A-Za-z0-9]*$/)) missing.push(`${method} ${path}: operationId`);
        if (!op.security) missing.push(`${method} ${path}: security`);
        for (const req of op.security ?? [])
          for (const scheme of Object.keys(req))
            if (!doc.components.securitySchemes[scheme])
              missing.push(`${method} ${path}: unknown scheme ${scheme}`);
        ids.push(op.operationId ?? "");
      }
    }
    expect(missing).toEqual([]);
    expect(ids.length).toBeGreaterThan(150);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths["/api/v1/auth/login"]!.post!.security).toEqual([]);
    expect(doc.paths["/api/v1/members"]!.get!.security).toEqual([{ apiKey: [] }, { session: [] }]);
    expect(doc.paths["/api/v1/units/{id}"]!.get!.operationId).toBe("getUnitsById");
  });
});
