// Registering and removing the devices that receive Web Push: API, pages, access and bad input; the
// service worker and page script as the Worker serves them.
import { createApiKey } from "../api-keys";
import { describe, expect, it } from "vitest";
import { call, json, makeTenant } from "../../../test/harness";
import { makePerson, makeSchool } from "../../../test/plans-kit";
import { phone, pushOnEnv } from "../../../test/push-kit";
import { adminCookie } from "../../../test/world";
import type { PushDevicesOut } from "./push.inputs";

const API = "/api/v1/push/subscriptions";

async function world() {
  const { env } = await pushOnEnv();
  const t = await makeTenant();
  const s = await makeSchool(t);
  const a = await makePerson(t, s.cell1, false);
  const b = await makePerson(t, s.cell1, false);
  return { env, t, a, b };
}

describe("push devices", () => {
  it("a member registers two devices, sees them, re-registers one (no copy) and removes one", async () => {
    const w = await world();
    const r = { cookie: w.a.cookie, env: w.env };
    const one = phone();
    const two = phone("https://web.push.apple.com/QGx9-thiet-bi");
    const d1 = await json<{ id: string; pushService: string }>(
      await call("POST", API, { ...r, json: one.subscription }),
      201,
    );
    expect(d1.pushService).toBe("push.example.net");
    await json(
      await call("POST", API, { ...r, json: { ...two.subscription, label: "iPhone của tôi" } }),
      201,
    );
    const again = await json<{ id: string }>(await call("POST", API, { ...r, json: one.subscription }), 201);
    expect(again.id).toBe(d1.id);
    const list = await json<PushDevicesOut>(await call("GET", API, r));
    expect(list).toMatchObject({ enabled: true, publicKey: w.env.VAPID_PUBLIC_KEY });
    expect(list.items.map((d) => d.label).sort()).toEqual([
      expect.stringMatching(/^Thiết bị đăng ký ngày \d\d\/\d\d\/\d{4}$/),
      "iPhone của tôi",
    ]);
    // Another member cannot see or remove them; a device signed in by someone else moves to them.
    expect(
      (await json<PushDevicesOut>(await call("GET", API, { cookie: w.b.cookie, env: w.env }))).items,
    ).toEqual([]);
    await json(await call("DELETE", `${API}/${d1.id}`, { cookie: w.b.cookie, env: w.env }), 404);
    await json(await call("POST", API, { cookie: w.b.cookie, env: w.env, json: two.subscription }), 201);
    expect((await json<PushDevicesOut>(await call("GET", API, r))).items.map((d) => d.id)).toEqual([d1.id]);
    expect((await call("DELETE", `${API}/${d1.id}`, r)).status).toBe(204);
    expect((await json<PushDevicesOut>(await call("GET", API, r))).items).toEqual([]);
    await json(await call("DELETE", `${API}/${d1.id}`, r), 404);
  });

  it("refuses bad subscriptions with a Vietnamese reason, API keys, and registering while push is off", async () => {
    const w = await world();
    const r = { cookie: w.a.cookie, env: w.env };
    const sub = phone().subscription;
    const bad = async (body: unknown) =>
      await json<{ errors?: Record<string, string>; detail: string }>(
        await call("POST", API, { ...r, json: body }),
        400,
      );
    expect((await bad({ ...sub, endpoint: "http://push.example.net/x" })).errors?.endpoint).toBe(
      "Chỉ gửi thông báo tới địa chỉ https://.",
    );
    expect((await bad({ ...sub, endpoint: "https://10.0.0.7/x" })).errors?.endpoint).toMatch(
      /địa chỉ nội bộ/,
    );
    expect((await bad({ ...sub, endpoint: "https://push-server/x" })).errors?.endpoint).toMatch(
      /tên máy nội bộ/,
    );
    expect((await bad({ ...sub, keys: { ...sub.keys, auth: "QUJD" } })).errors?.["keys.auth"]).toBe(
      "Khóa auth phải dài 16 byte.",
    );
    const offCurve = `B${"A".repeat(86)}`;
    expect((await bad({ ...sub, keys: { ...sub.keys, p256dh: offCurve } })).errors?.["keys.p256dh"]).toMatch(
      /P-256/,
    );
    expect((await bad({ ...sub, keys: { ...sub.keys, p256dh: "khóa!" } })).errors?.["keys.p256dh"]).toMatch(
      /base64url/,
    );
    await bad({ ...sub, tenantId: w.t.info.id });
    await bad({ endpoint: sub.endpoint });
    // Push off (no VAPID keys): the list says so, registering is refused.
    const off = await json<PushDevicesOut>(await call("GET", API, { cookie: w.a.cookie }));
    expect(off).toEqual({ enabled: false, publicKey: null, items: [] });
    const refused = await json<{ detail: string }>(
      await call("POST", API, { cookie: w.a.cookie, json: sub }),
      400,
    );
    expect(refused.detail).toMatch(/chưa được cấu hình/);
    // An API key has no phone; nobody signed in gets 401.
    const { key } = await createApiKey(w.t.ctx(), { name: "Khóa", scopes: ["read", "write"] });
    const auth = { authorization: `Bearer ${key}` };
    await json(await call("GET", API, { headers: auth, env: w.env }), 403);
    await json(await call("POST", API, { headers: auth, env: w.env, json: sub }), 403);
    await json(await call("GET", API, { env: w.env }), 401);
  });

  it("pages: the opt-in on the notification centre, the device list with a remove button that works without JavaScript", async () => {
    const w = await world();
    const base = `/t/${w.t.info.slug}/notifications`;
    const offPage = await (await call("GET", base, { cookie: w.a.cookie })).text();
    expect(offPage).toContain("chưa được cấu hình để gửi thông báo tới điện thoại");
    expect(offPage).not.toContain("/static/push.js");
    const onPage = await (await call("GET", base, { cookie: w.a.cookie, env: w.env })).text();
    expect(onPage).toContain(`data-push-key="${w.env.VAPID_PUBLIC_KEY}"`);
    expect(onPage).toContain("Nhận thông báo trên điện thoại");
    expect(onPage).toContain('<script src="/static/push.js" defer');
    const made = await json<{ id: string }>(
      await call("POST", API, {
        cookie: w.a.cookie,
        env: w.env,
        json: { ...phone().subscription, label: "Điện thoại Android" },
      }),
      201,
    );
    const devices = await (await call("GET", `${base}/devices`, { cookie: w.a.cookie, env: w.env })).text();
    expect(devices).toContain("Điện thoại Android");
    expect(devices).toContain(`${base}/devices/${made.id}/delete`);
    const other = await call("POST", `${base}/devices/${made.id}/delete`, { cookie: w.b.cookie, form: {} });
    expect(other.status).toBe(404);
    const removed = await call("POST", `${base}/devices/${made.id}/delete`, { cookie: w.a.cookie, form: {} });
    expect([removed.status, removed.headers.get("location")]).toEqual([303, `${base}/devices?done=removed`]);
    const after = await (await call("GET", `${base}/devices?done=removed`, { cookie: w.a.cookie })).text();
    expect(after).toContain("Đã gỡ thiết bị");
    expect(after).toContain("Chưa có thiết bị nào nhận thông báo của đồng chí.");
    const admin = await call("GET", `${base}/devices`, { cookie: await adminCookie(w.t) });
    expect(admin.status).toBe(200);
  });

  it("serves the service worker at the root with its scope, and the page script", async () => {
    const sw = await call("GET", "/sw.js");
    expect(sw.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(sw.headers.get("service-worker-allowed")).toBe("/");
    expect(sw.headers.get("cache-control")).toBe("no-cache");
    const text = await sw.text();
    expect(text).toContain('addEventListener("push"');
    expect(text).toContain("showNotification");
    const page = await call("GET", "/static/push.js");
    expect(page.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await page.text()).toContain("/api/v1/push/subscriptions");
  });
});
