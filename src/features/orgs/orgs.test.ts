import { moveUnit } from "./orgs-move.service";
import { createUnit, updateUnit } from "./orgs-edit.service";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, units } from "../../db/schema/tenant/core";
import { call, d1Calls, dbOf, expectStatus, json, makeTenant, makeUnit } from "../../../test/harness";
import { signedIn, underRoot, world } from "../../../test/world";
import type { UnitOut } from "./orgs.inputs";

type View = { unit: UnitOut; ancestors: UnitOut[]; children: UnitOut[] };

describe("org tree service", () => {
  it("creates a subtree with materialised paths and an audit row in the same batch", async () => {
    const t = await makeTenant();
    const ctx = t.ctx();
    const district = await createUnit(ctx, {
      parentId: t.rootId,
      kind: "district",
      code: "H1",
      name: "Đảng bộ huyện Cầu Kè",
    });
    const cell = await createUnit(ctx, {
      parentId: district.id,
      kind: "cell",
      code: "H1-C1",
      name: "Chi bộ ấp 1",
    });
    expect(cell.path).toBe(`${t.rootPath}${district.id}/${cell.id}/`);
    expect(cell.depth).toBe(2);
    const audit = await dbOf(t).select().from(auditLog).where(eq(auditLog.entityId, cell.id));
    expect(audit.map((a) => a.action)).toEqual(["unit.create"]);
    expect(JSON.parse(audit[0]!.afterJson!).name).toBe("Chi bộ ấp 1");
  });

  it("moves a whole subtree and refuses a move under its own descendant", async () => {
    const t = await makeTenant();
    const ctx = t.ctx();
    const a = await createUnit(ctx, { parentId: t.rootId, kind: "district", code: "A", name: "Huyện A" });
    const b = await createUnit(ctx, { parentId: t.rootId, kind: "district", code: "B", name: "Huyện B" });
    const g = await createUnit(ctx, { parentId: a.id, kind: "grassroots", code: "A-G", name: "Xã A1" });
    const c = await createUnit(ctx, { parentId: g.id, kind: "cell", code: "A-G-C", name: "Chi bộ ấp" });
    await expect(moveUnit(ctx, a.id, { parentId: g.id, version: 1 })).rejects.toMatchObject({ status: 409 });
    await moveUnit(ctx, g.id, { parentId: b.id, version: g.version });
    const [moved] = await dbOf(t).select().from(units).where(eq(units.id, c.id));
    expect(moved!.path).toBe(`${t.rootPath}${b.id}/${g.id}/${c.id}/`);
    expect(moved!.depth).toBe(3);
  });

  it("lets exactly one of two racing updates win", async () => {
    const t = await makeTenant();
    const ctx = t.ctx();
    const u = await createUnit(ctx, { parentId: t.rootId, kind: "district", code: "R", name: "Huyện R" });
    const results = await Promise.allSettled([
      updateUnit(t.ctx(), u.id, { name: "Huyện R một", version: 1 }),
      updateUnit(t.ctx(), u.id, { name: "Huyện R hai", version: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const audit = await dbOf(t).select().from(auditLog).where(eq(auditLog.entityId, u.id));
    expect(audit.filter((a) => a.action === "unit.update")).toHaveLength(1);
  });
});

describe("org tree API", () => {
  it("creates, renames, retires and deletes; stale versions and duplicate codes are refused", async () => {
    const { t, cookie } = await world();
    const created = await json<UnitOut>(
      await call("POST", "/api/v1/units", {
        cookie,
        json: { parentId: t.rootId, kind: "district", code: "D1", name: "Huyện Trà Cú" },
      }),
      201,
    );
    const dup = await json<{ errors: Record<string, string> }>(
      await call("POST", "/api/v1/units", {
        cookie,
        json: { parentId: t.rootId, kind: "district", code: "D1", name: "Khác" },
      }),
      400,
    );
    expect(dup.errors.code).toMatch(/đã được dùng/);
    const renamed = await json<UnitOut>(
      await call("PATCH", `/api/v1/units/${created.id}`, {
        cookie,
        json: { name: "Huyện Trà Cú mới", version: 1 },
      }),
    );
    expect(renamed.version).toBe(2);
    await expectStatus(
      await call("PATCH", `/api/v1/units/${created.id}`, { cookie, json: { name: "X Y", version: 1 } }),
      409,
    );
    const child = await makeUnit(t, { id: created.id, path: created.path, depth: 1 }, "grassroots");
    const blocked = await json<{ detail: string }>(
      await call("DELETE", `/api/v1/units/${created.id}?version=2`, { cookie }),
      409,
    );
    expect(blocked.detail).toMatch(/chỉ có thể giải thể/);
    await json(await call("POST", `/api/v1/units/${created.id}/retire`, { cookie, json: { version: 2 } }));
    const view = await json<View>(await call("GET", `/api/v1/units/${created.id}`, { cookie }));
    expect(view.children.find((c) => c.id === child.id)?.status).toBe("retired");
    await expectStatus(await call("DELETE", `/api/v1/units/${child.id}?version=1`, { cookie }), 204);
  });

  it("rejects bad input with field errors and unknown fields with 400", async () => {
    const { t, cookie } = await world();
    const bad = await json<{ errors: Record<string, string> }>(
      await call("POST", "/api/v1/units", {
        cookie,
        json: { parentId: t.rootId, kind: "castle", code: "a b", name: "" },
      }),
      400,
    );
    expect(Object.keys(bad.errors).sort()).toEqual(["code", "kind", "name"]);
    const rank = await json<{ errors: Record<string, string> }>(
      await call("POST", "/api/v1/units", {
        cookie,
        json: { parentId: t.rootId, kind: "province", code: "P2", name: "Tỉnh khác" },
      }),
      400,
    );
    expect(rank.errors.kind).toBeDefined();
    await expectStatus(
      await call("POST", "/api/v1/units", {
        cookie,
        json: { parentId: t.rootId, kind: "cell", code: "C", name: "Chi bộ", status: "retired" },
      }),
      400,
    );
  });

  it("keeps a secretary inside their subtree (404 outside) and out of admin verbs (403)", async () => {
    const t = await makeTenant();
    const mine = await underRoot(t, "district");
    const other = await underRoot(t, "district");
    const { cookie } = await signedIn(t, "secretary", mine);
    await json(await call("GET", `/api/v1/units/${mine.id}`, { cookie }));
    await expectStatus(await call("GET", `/api/v1/units/${other.id}`, { cookie }), 404);
    await expectStatus(
      await call("PATCH", `/api/v1/units/${mine.id}`, { cookie, json: { name: "Đổi tên", version: 1 } }),
      403,
    );
  });
});

describe("org tree pages", () => {
  it("creates a unit with 303, re-renders field errors with 400, costs ≤ 2 round trips", async () => {
    const { t, cookie } = await world();
    const base = `/t/${t.info.slug}/admin/units/${t.rootId}`;
    await call("GET", base, { cookie });
    const view = await call("GET", base, { cookie });
    const html = await expectStatus(view, 200);
    expect(html).toContain("Thêm đơn vị trực thuộc");
    expect(d1Calls(view)).toBeLessThanOrEqual(2);
    const ok = await call("POST", `${base}/children`, {
      cookie,
      form: { kind: "district", code: "TP", name: "Thành phố Trà Vinh" },
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toMatch(/\/admin\/units\/[0-9a-z]{16}\?done=create$/);
    const bad = await call("POST", `${base}/children`, {
      cookie,
      form: { kind: "district", code: "TP", name: "X" },
    });
    const text = await expectStatus(bad, 400);
    expect(text).toContain("Tên cần ít nhất 2 ký tự.");
    const dup = await call("POST", `${base}/children`, {
      cookie,
      form: { kind: "district", code: "TP", name: "Huyện khác" },
    });
    expect(await expectStatus(dup, 400)).toContain("Mã đơn vị này đã được dùng");
  });

  it("refuses a cross-site form post", async () => {
    const { t, cookie } = await world();
    const res = await call("POST", `/t/${t.info.slug}/admin/units/${t.rootId}/children`, {
      cookie,
      form: { kind: "district", code: "X", name: "Huyện X" },
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
  });
});
