import { beforeAll, describe, expect, it } from "vitest";
import { cookieFor, makeAccount, makeTenant, makeUnit, type TestTenant } from "../../../test/harness";
import { FIXTURES } from "../../../test/fixtures";
import { type Ids, roleAnswerOk, send } from "../../../test/access-kit";
import { NOTEBOOK_ROUTES } from "../../../test/notebook-matrix";
import { newId } from "../../platform/ids";

// The matrix rows of this feature, checked on their own (the shared suite checks every route).
const KINDS = ["unit", "member", "meeting", "meetingRemark", "notebookEntry", "evaluation"];
let a: TestTenant;
let aIds: Ids;
const others: { t: TestTenant; ids: Ids }[] = [];
let cookies: Record<"admin" | "secretary" | "member", string>;

async function make(t: TestTenant): Promise<Ids> {
  const ids: Ids = {};
  for (const k of KINDS) ids[k] = await FIXTURES[k]!(t);
  return ids;
}

beforeAll(async () => {
  a = await makeTenant({ binding: "DB_POOL_1" });
  aIds = await make(a);
  for (const binding of ["DB_POOL_1", "DB_DEDICATED_1"]) {
    const t = await makeTenant({ binding });
    others.push({ t, ids: await make(t) });
  }
  const district = await makeUnit(a, { id: a.rootId, path: a.rootPath, depth: 0 }, "district");
  const sec = await makeAccount(a, "secretary", { id: a.rootId, path: a.rootPath });
  const mem = await makeAccount(a, "member", district);
  cookies = {
    admin: await cookieFor(a, a.adminId),
    secretary: await cookieFor(a, sec.id),
    member: await cookieFor(a, mem.id),
  };
});

describe("notebook, meetings and evaluations: route × role", () => {
  it("anonymous → 401; roles not allowed → 403; allowed roles never 401/403/5xx", async () => {
    const wrong: string[] = [];
    for (const spec of NOTEBOOK_ROUTES()) {
      const anon = await send(spec, a.info.slug, aIds);
      if (anon.status !== 401) wrong.push(`anonymous ${spec.method} ${spec.path} → ${anon.status}`);
      for (const role of ["member", "secretary", "admin"] as const) {
        const res = await send(spec, a.info.slug, aIds, cookies[role]);
        if (!roleAnswerOk(spec, role, res.status))
          wrong.push(
            `${role} ${spec.method} ${spec.path} → ${res.status} ${(await res.text()).slice(0, 160)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it("another tenant's ids answer 404 like missing ones; lists never show them; A's session on B's pages is none", async () => {
    const wrong: string[] = [];
    const strip = (s: string) => s.replace(/"requestId":"[^"]*"|Mã yêu cầu: [^<]*/g, "");
    for (const { t: b, ids: bIds } of others) {
      for (const spec of NOTEBOOK_ROUTES()) {
        const role = (["admin", "secretary", "member"] as const).find((r) => spec.allow.includes(r))!;
        if (spec.ids || JSON.stringify(spec.body ?? spec.form ?? {}).includes("@")) {
          const res = await send(spec, a.info.slug, bIds, cookies[role]);
          const text = await res.text();
          const missing = await send(
            spec,
            a.info.slug,
            Object.fromEntries(KINDS.map((k) => [k, newId()])),
            cookies[role],
          );
          if (res.status !== 404) wrong.push(`${spec.method} ${spec.path} with B's ids → ${res.status}`);
          else if (strip(await missing.text()) !== strip(text))
            wrong.push(`${spec.method} ${spec.path}: B's id ≠ missing id`);
        }
        if (spec.list) {
          const text = await (await send(spec, a.info.slug, aIds, cookies[role])).text();
          for (const id of Object.values(bIds))
            if (text.includes(id)) wrong.push(`${spec.path} lists B's ${id}`);
        }
        if (spec.path.startsWith("/t/:slug")) {
          const res = await send(spec, b.info.slug, bIds, cookies[role]);
          if (res.status !== 401) wrong.push(`${spec.method} ${spec.path} on B's pages → ${res.status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
