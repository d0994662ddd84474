import { describe, expect, it } from "vitest";
import { call, cookieFor, d1Calls, expectStatus, json, makeAccount, makeTenant } from "../../../test/harness";
import { writeBatch } from "../../platform/batch";
import { publishSet } from "./criteria-publish.service";
import { concretiseCriterion } from "./criteria-items.service";
import { criteriaUsageStatements, resolveEffectiveCriteria } from "./criteria.service";
import { K, YEAR, makeTree, startSet } from "./criteria.fixtures";

type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Record<string, string>;
};
type Outcome = {
  setId: string;
  version: number;
  versionId: string;
  versionNumber: number;
  mode: string;
  key?: string;
};

describe("criteria API", () => {
  it("starts a set, concretises, adds, publishes; a cell reads the result with origins", async () => {
    const tree = await makeTree();
    const cookie = await cookieFor(tree.t, tree.t.adminId);
    const created = await json<{ id: string; version: number }>(
      await call("POST", "/api/v1/criteria/sets", {
        cookie,
        json: {
          unitId: tree.school.id,
          year: YEAR,
          source: "blank",
          title: "Kế hoạch 23",
          issuer: "Đảng ủy Trường",
          docNumber: "23-KH/ĐU",
          docDate: "2022-05-09",
        },
      }),
      201,
    );
    const base = `/api/v1/criteria/sets/${created.id}`;
    const c1 = await json<Outcome>(
      await call("POST", `${base}/criteria/${K.fo2}/concretise`, {
        cookie,
        json: {
          body: "chấp hành nghiêm Quy định số 37-QĐ/TW về những điều đảng viên không được làm;…",
          version: 1,
        },
      }),
    );
    const added = await json<Outcome>(
      await call("POST", `${base}/criteria`, {
        cookie,
        json: {
          group: "follower",
          title: "Giữ mối liên hệ nơi cư trú",
          body: "thực hiện Quy định số 213-QĐ/TW;…",
          version: c1.version,
        },
      }),
      201,
    );
    const pub = await json<Outcome>(
      await call("POST", `${base}/publish`, { cookie, json: { version: added.version } }),
    );
    expect(pub.mode).toBe("draft");
    const eff = await json<{
      criteria: {
        key: string;
        number: number;
        trail: { unitId: string; kind: string; docNumber: string | null }[];
      }[];
    }>(
      await call("GET", `/api/v1/criteria/units/${tree.cell.id}/effective?year=${YEAR}&group=follower`, {
        cookie,
      }),
    );
    expect(eff.criteria).toHaveLength(7);
    expect(eff.criteria.find((c) => c.key === K.fo2)!.trail.map((o) => [o.kind, o.docNumber])).toEqual([
      ["added", "62-KH/ĐUK"],
      ["concretised", "23-KH/ĐU"],
    ]);
    expect(eff.criteria.at(-1)).toMatchObject({ key: added.key, number: 7 });
    const set = await json<{ published: { number: number }; rows: unknown[] }>(
      await call("GET", base, { cookie }),
    );
    expect(set.published.number).toBe(1);
    expect(set.rows).toHaveLength(2);
    const list = await json<{
      items: { unitId: string; draft: unknown; published: { number: number; docNumber: string } | null }[];
    }>(await call("GET", `/api/v1/criteria/sets?year=${YEAR}`, { cookie }));
    expect(list.items.map((i) => [i.unitId, i.published?.docNumber, i.draft])).toEqual([
      [tree.root.id, "62-KH/ĐUK", null],
      [tree.school.id, "23-KH/ĐU", null],
    ]);
  });

  it("answers 409 problem+json when a lower level hides or deletes a core criterion", async () => {
    const tree = await makeTree();
    const cookie = await cookieFor(tree.t, tree.t.adminId);
    const setId = await startSet(tree, tree.cell.id);
    for (const res of [
      await call("POST", `/api/v1/criteria/sets/${setId}/criteria/${K.ex1}/hide`, {
        cookie,
        json: { version: 1 },
      }),
      await call("DELETE", `/api/v1/criteria/sets/${setId}/criteria/${K.ex1}?version=1`, { cookie }),
    ]) {
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const p = await json<Problem>(res, 409);
      expect(p).toMatchObject({
        status: 409,
        code: "conflict",
        type: "https://guongmau.vn/problems/conflict",
      });
      expect(p.detail).toMatch(/là tiêu chí cốt lõi do .* quy định/);
    }
    const set = await json<{ set: { version: number }; rows: unknown[] }>(
      await call("GET", `/api/v1/criteria/sets/${setId}`, { cookie }),
    );
    expect(set.set.version).toBe(1);
    expect(set.rows).toEqual([]);
  });

  it("another tenant's set is 404 with the same body as a missing one; unknown fields are 400", async () => {
    const tree = await makeTree();
    const other = await makeTenant();
    const cookie = await cookieFor(other, other.adminId);
    const strip = (s: string) => s.replace(/"requestId":"[^"]*"/, "");
    const theirs = await expectStatus(
      await call("GET", `/api/v1/criteria/sets/${tree.rootSetId}`, { cookie }),
      404,
    );
    const missing = await expectStatus(
      await call("GET", "/api/v1/criteria/sets/0000000000000000", { cookie }),
      404,
    );
    expect(strip(theirs)).toBe(strip(missing));
    await expectStatus(
      await call("PATCH", `/api/v1/criteria/sets/${tree.rootSetId}`, {
        cookie,
        json: { title: "Chiếm quyền", version: 2 },
      }),
      404,
    );
    const own = await cookieFor(tree.t, tree.t.adminId);
    const bad = await json<Problem>(
      await call("POST", `/api/v1/criteria/sets/${tree.rootSetId}/criteria`, {
        cookie: own,
        json: { group: "nhóm 3", title: "x", body: "ngắn", version: 2, tenant_id: other.info.id },
      }),
      400,
    );
    expect(Object.keys(bad.errors ?? {})).toEqual(expect.arrayContaining(["group"]));
  });

  it("checks roles: 401 without a session, 403 for a member writing, a member reads only their own", async () => {
    const tree = await makeTree();
    await expectStatus(await call("GET", "/api/v1/criteria/mine"), 401);
    const member = await makeAccount(tree.t, "member", tree.cell);
    const cookie = await cookieFor(tree.t, member.id);
    const body = { unitId: tree.cell.id, year: YEAR, source: "blank", title: "Kế hoạch", issuer: "Chi bộ" };
    await expectStatus(await call("POST", "/api/v1/criteria/sets", { cookie, json: body }), 403);
    await expectStatus(await call("GET", `/api/v1/criteria/sets/${tree.rootSetId}`, { cookie }), 403);
    await expectStatus(
      await call("GET", `/api/v1/criteria/units/${tree.group.id}/effective?year=${YEAR}`, { cookie }),
      404,
    );
    const mine = await json<{ unit: { id: string }; criteria: unknown[] }>(
      await call("GET", `/api/v1/criteria/mine?year=${YEAR}&group=exemplar`, { cookie }),
    );
    expect(mine.unit.id).toBe(tree.cell.id);
    expect(mine.criteria).toHaveLength(5);
  });

  it("a member's effective criteria cost one round trip beyond the session, five levels deep", async () => {
    const tree = await makeTree();
    for (const u of [tree.bloc, tree.school, tree.cell]) {
      const id = await startSet(tree, u.id);
      const ctx = tree.t.ctx();
      const o = await concretiseCriterion(ctx, id, K.ex1, { body: `Nội dung của ${u.name}.`, version: 1 });
      await publishSet(ctx, id, o.version);
    }
    const member = await makeAccount(tree.t, "member", tree.group);
    const cookie = await cookieFor(tree.t, member.id);
    await call("GET", "/api/v1/auth/me", { cookie });
    for (const path of [
      `/api/v1/criteria/mine?year=${YEAR}&group=exemplar`,
      `/t/${tree.t.info.slug}/criteria?year=${YEAR}&group=exemplar`,
    ]) {
      const res = await call("GET", path, { cookie });
      const text = await expectStatus(res, 200);
      expect(text).toContain("Nội dung của Chi bộ Khoa.");
      expect(d1Calls(res)).toBeLessThanOrEqual(2);
    }
  });

  it("after a plan uses the published set, PATCH drafts a new version", async () => {
    const tree = await makeTree();
    const cookie = await cookieFor(tree.t, tree.t.adminId);
    const ctx = tree.t.ctx();
    await writeBatch(
      ctx.db,
      criteriaUsageStatements(ctx, await resolveEffectiveCriteria(ctx, tree.cell.id, YEAR)),
    );
    const out = await json<Outcome>(
      await call("PATCH", `/api/v1/criteria/sets/${tree.rootSetId}/criteria/${K.ex1}`, {
        cookie,
        json: { body: "Nội dung mới cho năm sau của khung tỉnh.", version: tree.rootVersion },
      }),
    );
    expect(out).toMatchObject({ mode: "new-draft", versionNumber: 2 });
    await json(await call("GET", `/api/v1/criteria/versions/${out.versionId}`, { cookie }));
    const stale = await call("PATCH", `/api/v1/criteria/sets/${tree.rootSetId}`, {
      cookie,
      json: { title: "Tên mới", version: tree.rootVersion },
    });
    await json(stale, 409);
  });

  it("records year themes and caps a unit's focus issues at four", async () => {
    const tree = await makeTree();
    const cookie = await cookieFor(tree.t, tree.t.adminId);
    const theme = {
      year: YEAR,
      termTheme: "Học tập và làm theo về ý chí tự lực, tự cường",
      yearTheme: "Tận tâm, tận tụy với công việc",
    };
    const t1 = await json<{ version: number }>(
      await call("PUT", "/api/v1/criteria/themes", { cookie, json: theme }),
    );
    await json(
      await call("PUT", "/api/v1/criteria/themes", { cookie, json: { ...theme, yearTheme: "Đổi" } }),
      400,
    );
    await json(await call("PUT", "/api/v1/criteria/themes", { cookie, json: { ...theme, version: 9 } }), 409);
    await json(
      await call("PUT", "/api/v1/criteria/themes", { cookie, json: { ...theme, version: t1.version } }),
    );
    const ids: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const unitId = i === 1 ? tree.bloc.id : tree.school.id;
      const res = await call("POST", "/api/v1/criteria/focus-issues", {
        cookie,
        json: { unitId, year: YEAR, kind: i % 2 ? "focus" : "pressing", title: `Nội dung trọng tâm số ${i}` },
      });
      ids.push((await json<{ id: string }>(res, 201)).id);
    }
    for (let i = 0; i < 2; i++)
      await json(
        await call("POST", "/api/v1/criteria/focus-issues", {
          cookie,
          json: { unitId: tree.school.id, year: YEAR, kind: "focus", title: `Thêm nội dung ${i}` },
        }),
        i === 0 ? 201 : 409,
      );
    const list = await json<{ issues: { unitId: string }[] }>(
      await call("GET", `/api/v1/criteria/units/${tree.cell.id}/focus-issues?year=${YEAR}`, { cookie }),
    );
    expect(list.issues.map((i) => i.unitId)).toEqual([tree.bloc.id, ...Array(4).fill(tree.school.id)]);
    await expectStatus(
      await call("DELETE", `/api/v1/criteria/focus-issues/${ids[1]}?version=1`, { cookie }),
      204,
    );
  });
});
