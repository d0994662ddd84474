import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { webhookEndpoints } from "../../db/schema/tenant/webhooks";
import { E, call, cookieFor, dbOf, expectStatus, json, makeTenant } from "../../../test/harness";
import { signedIn } from "../../../test/world";
import { createApiKey } from "../api-keys";
import type { CreatedEndpointOut, EndpointOut, RotatedSecretOut } from "./webhooks.inputs";
import { secretBox } from "../../platform/secret-box";
import { createUnit } from "../orgs";
import { dispatchEvents } from "./webhooks-dispatch.service";

const BASE = "/api/v1/webhook-endpoints";
const URL_OK = "https://nhan.tinh.example/webhooks";

async function admin() {
  const t = await makeTenant();
  return { t, cookie: await cookieFor(t, t.adminId) };
}

const create = (cookie: string, body: unknown) => call("POST", BASE, { cookie, json: body });

describe("webhook endpoints API", () => {
  it("creates with a whsec_ secret shown once and sealed at rest; lists and reads without it", async () => {
    const { t, cookie } = await admin();
    const made = await json<CreatedEndpointOut>(
      await create(cookie, { url: URL_OK, eventTypes: ["plan.submitted"], description: "Cổng tỉnh" }),
      201,
    );
    expect(made.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(made).toMatchObject({ url: URL_OK, eventTypes: ["plan.submitted"], status: "active", version: 1 });
    const stored = (
      await dbOf(t).select().from(webhookEndpoints).where(eq(webhookEndpoints.id, made.id))
    )[0]!;
    expect(stored.secret.startsWith("v1:")).toBe(true);
    expect(stored.secret).not.toContain(made.secret.slice(6));
    expect(await secretBox(E).open(stored.secret)).toBe(made.secret);
    const list = await call("GET", BASE, { cookie });
    const text = await expectStatus(list, 200);
    expect(text).toContain(made.id);
    expect(text).not.toContain(made.secret);
    const one = await json<EndpointOut>(await call("GET", `${BASE}/${made.id}`, { cookie }));
    expect(one).not.toHaveProperty("secret");
  });

  it("refuses unsafe URLs, unknown types and unknown fields with 400 naming the field", async () => {
    const { cookie } = await admin();
    for (const body of [
      { url: "http://nhan.tinh.example/x" },
      { url: "https://127.0.0.1/x" },
      { url: "https://169.254.169.254/latest" },
      { url: "https://[::1]/x" },
      { url: "https://localhost/x" },
      { url: "không phải địa chỉ" },
    ]) {
      const res = await json<{ errors: Record<string, string> }>(await create(cookie, body), 400);
      expect(Object.keys(res.errors), body.url).toEqual(["url"]);
    }
    await json(await create(cookie, { url: URL_OK, eventTypes: ["plan.eaten"] }), 400);
    await json(await create(cookie, { url: URL_OK, tenantId: "khac" }), 400);
  });

  it("updates at the version read (a stale one is 409), disables, enables, rotates and deletes", async () => {
    const { cookie } = await admin();
    const made = await json<CreatedEndpointOut>(await create(cookie, { url: URL_OK }), 201);
    const patch = (body: unknown) => call("PATCH", `${BASE}/${made.id}`, { cookie, json: body });
    const upd = await json<EndpointOut>(await patch({ description: "Hệ thống tỉnh", version: 1 }));
    expect([upd.description, upd.version]).toEqual(["Hệ thống tỉnh", 2]);
    await json(await patch({ description: "Cũ", version: 1 }), 409);
    await json(await patch({ url: "https://10.0.0.1/x", version: 2 }), 400);
    const off = await json<EndpointOut>(await call("POST", `${BASE}/${made.id}/disable`, { cookie }));
    expect([off.status, off.disabledReason]).toEqual(["disabled", "manual"]);
    const on = await json<EndpointOut>(await call("POST", `${BASE}/${made.id}/enable`, { cookie }));
    expect([on.status, on.disabledReason]).toEqual(["active", null]);
    const rot = await json<RotatedSecretOut>(
      await call("POST", `${BASE}/${made.id}/rotate-secret`, { cookie }),
    );
    expect(rot.secret).not.toBe(made.secret);
    const until = Date.parse(rot.previousSecretValidUntil) - Date.now();
    expect(until).toBeGreaterThan(23.9 * 3_600_000);
    expect(until).toBeLessThanOrEqual(24 * 3_600_000);
    const after = await json<EndpointOut>(await call("GET", `${BASE}/${made.id}`, { cookie }));
    expect(after.previousSecretValidUntil).toBe(rot.previousSecretValidUntil);
    expect((await call("DELETE", `${BASE}/${made.id}`, { cookie })).status).toBe(204);
    expect((await call("GET", `${BASE}/${made.id}`, { cookie })).status).toBe(404);
  });

  it("only an admin signed in as a person: a write key, a secretary and a member get 403; B's id is 404", async () => {
    const { t, cookie } = await admin();
    const { key } = await createApiKey(t.ctx(), { name: "Khóa ghi", scopes: ["read", "write"] });
    const viaKey = await call("POST", BASE, {
      json: { url: URL_OK },
      headers: { authorization: `Bearer ${key}` },
    });
    expect(viaKey.status).toBe(403);
    expect((await call("GET", BASE, { headers: { authorization: `Bearer ${key}` } })).status).toBe(403);
    const sec = await signedIn(t, "secretary", { id: t.rootId, path: t.rootPath });
    expect((await create(sec.cookie, { url: URL_OK })).status).toBe(403);
    const b = await admin();
    const theirs = await json<CreatedEndpointOut>(await create(b.cookie, { url: URL_OK }), 201);
    const mine = await call("GET", `${BASE}/${theirs.id}`, { cookie });
    const missing = await call("GET", `${BASE}/0000000000000000`, { cookie });
    const body = async (r: Response) => {
      const { title, detail, status } = (await r.json()) as Record<string, unknown>;
      return { title, detail, status };
    };
    expect(await body(mine)).toEqual(await body(missing));
    expect(mine.status).toBe(404);
    expect((await call("DELETE", `${BASE}/${theirs.id}`, { cookie })).status).toBe(404);
  });
});

describe("webhook admin pages", () => {
  it("create shows the secret once; a bad URL re-renders with the message; edit saves and redirects", async () => {
    const { t, cookie } = await admin();
    const base = `/t/${t.info.slug}/admin/webhooks`;
    expect(await expectStatus(await call("GET", base, { cookie }), 200)).toContain("Thêm địa chỉ nhận");
    const bad = await call("POST", base, { cookie, form: { url: "http://192.168.1.2/x" } });
    expect(await expectStatus(bad, 400)).toContain("Chỉ gửi webhook tới địa chỉ https://");
    const made = await call("POST", base, {
      cookie,
      form: { url: URL_OK, description: "Cổng tỉnh", "type:plan.submitted": "1" },
    });
    const page = await expectStatus(made, 201);
    expect(page).toMatch(/whsec_[A-Za-z0-9+/=]+/);
    const row = (
      await dbOf(t).select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, t.info.id))
    )[0]!;
    expect(JSON.parse(row.eventTypes)).toEqual(["plan.submitted"]);
    const detail = await expectStatus(await call("GET", `${base}/${row.id}`, { cookie }), 200);
    expect(detail).toContain("Cổng tỉnh");
    expect(detail).not.toMatch(/whsec_/);
    const saved = await call("POST", `${base}/${row.id}`, {
      cookie,
      form: { url: URL_OK, description: "Cổng mới", version: "1" },
    });
    expect([saved.status, saved.headers.get("location")]).toEqual([303, `${base}/${row.id}?done=saved`]);
    const stale = await call("POST", `${base}/${row.id}`, { cookie, form: { url: URL_OK, version: "1" } });
    expect(await expectStatus(stale, 409)).toContain("vừa được thay đổi");
    const rotated = await expectStatus(await call("POST", `${base}/${row.id}/rotate`, { cookie }), 200);
    expect(rotated).toContain("24 giờ");
  });
});

describe("the delivery log on the admin page", () => {
  it("shows each attempt, replays one delivery and a date range (bad dates re-render the form)", async () => {
    const { t, cookie } = await admin();
    const made = await json<CreatedEndpointOut>(await create(cookie, { url: URL_OK }), 201);
    await createUnit(
      { ...t.ctx(), now: Date.now() + 1 },
      { parentId: t.rootId, kind: "district", code: "WHP1", name: "Huyện xem nhật ký" },
    );
    const drop = { send: async () => undefined, sendBatch: async () => undefined };
    await dispatchEvents({ ...t.ctx(), now: Date.now() + 2 }, drop);
    const page = `/t/${t.info.slug}/admin/webhooks/${made.id}`;
    const html = await expectStatus(await call("GET", page, { cookie }), 200);
    expect(html).toContain("unit.created");
    expect(html).toContain("Đang chờ gửi");
    const log = await json<{ items: { id: string }[] }>(
      await call("GET", `${BASE}/${made.id}/deliveries`, { cookie }),
    );
    expect(log.items).toHaveLength(1);
    const one = await call("POST", `${page}/deliveries/${log.items[0]!.id}/replay`, { cookie });
    expect([one.status, one.headers.get("location")]).toEqual([303, `${page}?done=replayed`]);
    const bad = await call("POST", `${page}/replay`, {
      cookie,
      form: { fromDate: "31/02/2026", toDate: "" },
    });
    expect(await expectStatus(bad, 400)).toContain("Ngày không hợp lệ");
    const range = await call("POST", `${page}/replay`, {
      cookie,
      form: { fromDate: "01/01/2026", toDate: "31/12/2027" },
    });
    expect(range.status).toBe(303);
    const after = await json<{ items: unknown[] }>(
      await call("GET", `${BASE}/${made.id}/deliveries`, { cookie }),
    );
    expect(after.items).toHaveLength(3);
    const upside = await call("POST", `${BASE}/${made.id}/replay`, {
      cookie,
      json: { from: "2026-12-02T00:00:00+07:00", to: "2026-12-01T00:00:00+07:00" },
    });
    expect(Object.keys((await json<{ errors: object }>(upside, 400)).errors)).toEqual(["to"]);
  });
});
