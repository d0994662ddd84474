import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/tenant/core";
import { type TestTenant, call, dbOf, expectStatus, json, makeTenant, makeUnit } from "../../../test/harness";
import { adminCookie, signedIn, underRoot } from "../../../test/world";
import { parseNow } from "../../../test/queue-kit";
import type { ApiKeyOut, CreatedApiKeyOut } from "./api-keys.inputs";
import { MAX_ACTIVE_KEYS, createApiKey } from "./api-keys.service";

async function newKey(t: TestTenant, body: Record<string, unknown>) {
  const cookie = await adminCookie(t);
  return json<CreatedApiKeyOut>(await call("POST", "/api/v1/api-keys", { cookie, json: body }), 201);
}

const bearer = (key: string, extra: Record<string, string> = {}) => ({
  headers: { authorization: `Bearer ${key}`, ...extra },
});

describe("API keys", () => {
  it("a key lists members with no cookie; the list never shows the secret; revoked, it gets 401", async () => {
    const t = await makeTenant();
    const created = await newKey(t, { name: "Cổng thông tin tỉnh", scopes: ["read"] });
    expect(created.key).toMatch(new RegExp(`^gmk_${t.info.id}_[A-Za-z0-9_-]{43}$`));
    expect(created.key.startsWith(created.prefix.replace("…", ""))).toBe(true);
    expect(created).toMatchObject({ scopes: ["read"], status: "active", unitId: null, expiresAt: null });
    expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const members = await call("GET", "/api/v1/members?limit=5", bearer(created.key));
    expect(await json<{ items: unknown[] }>(members)).toHaveProperty("items");
    await expectStatus(await call("GET", `/api/v1/units/${t.rootId}`, bearer(created.key)), 200);

    const cookie = await adminCookie(t);
    const list = await json<{ items: ApiKeyOut[] }>(await call("GET", "/api/v1/api-keys", { cookie }));
    expect(list.items.map((k) => k.id)).toEqual([created.id]);
    expect(JSON.stringify(list)).not.toContain(created.key);
    expect(list.items[0]!.lastUsedAt).not.toBeNull();

    await expectStatus(await call("DELETE", `/api/v1/api-keys/${created.id}`, { cookie }), 204);
    await expectStatus(await call("DELETE", `/api/v1/api-keys/${created.id}`, { cookie }), 204);
    const revoked = await call("GET", "/api/v1/members", bearer(created.key));
    expect((await json<{ detail: string }>(revoked, 401)).detail).toContain("đã bị thu hồi");
  });

  it("read keys cannot write; write keys can, and the audit names the key", async () => {
    const t = await makeTenant();
    const read = await newKey(t, { name: "Chỉ đọc", scopes: ["read"] });
    const write = await newKey(t, { name: "Cơ sở dữ liệu đảng viên", scopes: ["write"] });
    expect(write.scopes).toEqual(["read", "write"]);
    const unit = { parentId: t.rootId, kind: "district", code: "KEY1", name: "Đảng bộ Khóa" };
    const refused = await call("POST", "/api/v1/units", { ...bearer(read.key), json: unit });
    expect((await json<{ detail: string }>(refused, 403)).detail).toContain("chỉ có quyền đọc");
    const made = await json<{ id: string }>(
      await call("POST", "/api/v1/units", { ...bearer(write.key), json: unit }),
      201,
    );
    const audit = await dbOf(t).select().from(auditLog).where(eq(auditLog.entityId, made.id));
    expect(audit[0]?.actorLabel).toContain("Khóa API «Cơ sở dữ liệu đảng viên»");
    expect(audit[0]?.actorAccountId).toBe(write.id);
  });

  it("a bad, expired or foreign bearer is 401, never a fall-back to the cookie", async () => {
    const t = await makeTenant();
    const cookie = await adminCookie(t);
    const soon = await newKey(t, {
      name: "Sắp hết hạn",
      scopes: ["read"],
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    for (const header of ["Bearer nope", "Basic YWRtaW46eA==", `Bearer ${soon.key.slice(0, -1)}x`]) {
      const res = await call("GET", "/api/v1/members", { cookie, headers: { authorization: header } });
      expect(res.status, header).toBe(401);
    }
    const { apiKeys } = await import("../../db/schema/tenant");
    await dbOf(t)
      .update(apiKeys)
      .set({ expiresAt: Date.now() - 1 })
      .where(eq(apiKeys.id, soon.id));
    await expectStatus(await call("GET", "/api/v1/members", bearer(soon.key)), 401);
    const past = await call("POST", "/api/v1/api-keys", {
      cookie,
      json: { name: "Quá khứ", scopes: ["read"], expiresAt: new Date(Date.now() - 1000).toISOString() },
    });
    expect((await json<{ errors: Record<string, string> }>(past, 400)).errors.expiresAt).toBeDefined();
    for (const expiresAt of [Date.now() + 60_000, "01/01/2030", "2030-01-01T00:00:00"]) {
      const bad = await call("POST", "/api/v1/api-keys", {
        cookie,
        json: { name: "Sai", scopes: ["read"], expiresAt },
      });
      const { errors } = await json<{ errors: Record<string, string> }>(bad, 400);
      expect(errors.expiresAt, String(expiresAt)).toContain("RFC 3339");
    }
  });

  it("the key alone selects its tenant: another tenant's ids are 404", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    const key = (await newKey(a, { name: "Khóa A", scopes: ["write"] })).key;
    const theirs = await underRoot(b, "district");
    await expectStatus(await call("GET", `/api/v1/units/${theirs.id}`, bearer(key)), 404);
    await expectStatus(
      await call("PATCH", `/api/v1/units/${theirs.id}`, {
        ...bearer(key),
        json: { name: "Đổi tên", version: 1 },
      }),
      404,
    );
    // A cookie of B beside A's key changes nothing: the key decides.
    const bCookie = await adminCookie(b);
    await expectStatus(
      await call("GET", `/api/v1/units/${theirs.id}`, { ...bearer(key), cookie: bCookie }),
      404,
    );
  });

  it("a key limited to a unit reaches only that subtree", async () => {
    const t = await makeTenant();
    const mine = await underRoot(t, "district");
    const other = await underRoot(t, "district");
    const inside = await makeUnit(t, mine, "cell");
    const key = (await newKey(t, { name: "Huyện ủy", scopes: ["read"], unitId: mine.id })).key;
    await expectStatus(await call("GET", `/api/v1/units/${inside.id}`, bearer(key)), 200);
    await expectStatus(await call("GET", `/api/v1/units/${other.id}`, bearer(key)), 404);
  });

  it("only a signed-in admin manages keys: not a secretary, not a key", async () => {
    const t = await makeTenant();
    const sec = await signedIn(t, "secretary", await underRoot(t, "district"));
    await expectStatus(await call("GET", "/api/v1/api-keys", { cookie: sec.cookie }), 403);
    const key = (await newKey(t, { name: "Toàn quyền", scopes: ["write"] })).key;
    const res = await call("POST", "/api/v1/api-keys", {
      ...bearer(key),
      json: { name: "Khóa con", scopes: ["write"] },
    });
    expect((await json<{ detail: string }>(res, 403)).detail).toContain("không được tạo hoặc thu hồi");
    await expectStatus(await call("GET", "/api/v1/api-keys", bearer(key)), 403);
    // A key has no session to end and no password to change.
    for (const [path, body] of [
      ["/api/v1/auth/logout", {}],
      ["/api/v1/auth/password", { currentPassword: "x", newPassword: "mat-khau-moi-123" }],
    ] as const) {
      const refused = await call("POST", path, { ...bearer(key), json: body });
      expect((await json<{ detail: string }>(refused, 403)).detail).toContain("dành cho người dùng");
    }
  });

  it("a server uploads a multipart file with a key and no Origin", async () => {
    const t = await makeTenant();
    const cell = await underRoot(t, "cell");
    const key = (await newKey(t, { name: "Đồng bộ hồ sơ", scopes: ["write"] })).key;
    const form = new FormData();
    const csv = `Số thẻ đảng viên,Họ và tên,Chi bộ\nK.000001,Nguyễn Văn Khóa,${cell.code}\n`;
    form.set("file", new File([csv], "danh-sach.csv", { type: "text/csv" }));
    const res = await call("POST", "/api/v1/members/import", {
      // An empty Origin reads as none (the harness would otherwise add this site's).
      headers: { authorization: `Bearer ${key}`, origin: "" },
      body: form,
    });
    const job = await json<{ id: string; status: string }>(res, 202);
    expect(job.status).toBe("parsing");
    await parseNow(t.info.id, "members.import", job.id);
    const read = await call("GET", `/api/v1/members/import/${job.id}`, bearer(key));
    expect(await json<{ rowsValid: number }>(read)).toMatchObject({ rowsValid: 1 });
  });

  it("the admin page creates a key shown once and revokes it", async () => {
    const t = await makeTenant();
    const cookie = await adminCookie(t);
    const base = `/t/${t.info.slug}/admin/api-keys`;
    expect(await expectStatus(await call("GET", base, { cookie }), 200)).toContain("Chưa có khóa API nào.");
    const bad = await call("POST", base, {
      cookie,
      form: { name: "X", scope: "read", expires: "31/02/2027" },
    });
    const badPage = await expectStatus(bad, 400);
    expect(badPage).toContain("Ngày hết hạn không hợp lệ: cần một ngày có thật, dạng dd/mm/yyyy.");
    const made = await call("POST", base, {
      cookie,
      form: { name: "Cổng tỉnh", scope: "write", expires: "31/12/2027" },
    });
    const shown = await expectStatus(made, 201);
    const key = /gmk_[^<\s]+/.exec(shown)![0];
    await expectStatus(await call("GET", "/api/v1/members", bearer(key)), 200);
    const listed = await expectStatus(await call("GET", base, { cookie }), 200);
    expect(listed).toContain("Cổng tỉnh");
    expect(listed).toContain("31/12/2027");
    expect(listed).not.toContain(key);
    const id = /api-keys\/([0-9a-z]{16})\/revoke/.exec(listed)![1];
    const revoked = await call("POST", `${base}/${id}/revoke`, { cookie, form: {} });
    expect(revoked.status).toBe(303);
    await expectStatus(await call("GET", "/api/v1/members", bearer(key)), 401);
  });

  it("refuses a key past the tenant's limit of active keys; revoked ones do not count", async () => {
    const t = await makeTenant();
    const cookie = await adminCookie(t);
    const made = [];
    for (let i = 0; i < MAX_ACTIVE_KEYS; i++)
      made.push(await createApiKey(t.ctx(), { name: `Khóa ${i}`, scopes: ["read"] }));
    const over = await call("POST", "/api/v1/api-keys", {
      cookie,
      json: { name: "Thêm một", scopes: ["read"] },
    });
    expect((await json<{ errors: Record<string, string> }>(over, 400)).errors.name).toContain(
      `${MAX_ACTIVE_KEYS} khóa`,
    );
    await expectStatus(await call("DELETE", `/api/v1/api-keys/${made[0]!.id}`, { cookie }), 204);
    await json(
      await call("POST", "/api/v1/api-keys", { cookie, json: { name: "Thêm một", scopes: ["read"] } }),
      201,
    );
  });
});
