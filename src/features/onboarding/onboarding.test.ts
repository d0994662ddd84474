import { vnYear } from "../../domain/time";
import { describe, expect, it } from "vitest";
import { criteriaSetVersions } from "../../db/schema/tenant/criteria";
import { cycles } from "../../db/schema/tenant/cycles";
import { newId } from "../../platform/ids";
import { call, d1Calls, dbOf, expectStatus, json, makeAccount, makeTenant } from "../../../test/harness";
import { adminCookie, signedIn, underRoot, world } from "../../../test/world";
import { makeUnverifiedTenant } from "../../../test/platform-kit";

type State = {
  steps: { key: string; done: boolean; href: string }[];
  done: number;
  complete: boolean;
  hidden: boolean;
};

async function publishCriteria(t: Awaited<ReturnType<typeof makeTenant>>) {
  const now = Date.now();
  await dbOf(t)
    .insert(criteriaSetVersions)
    .values({
      id: newId(),
      tenantId: t.info.id,
      setId: newId(),
      unitId: t.rootId,
      year: vnYear(now),
      number: 1,
      status: "published",
      title: "Khung tiêu chí",
      issuer: "Ban Thường vụ",
      createdAt: now,
      updatedAt: now,
    });
}

async function openCycle(t: Awaited<ReturnType<typeof makeTenant>>) {
  const now = Date.now();
  const y = vnYear(now);
  await dbOf(t)
    .insert(cycles)
    .values({
      id: newId(),
      tenantId: t.info.id,
      year: y,
      exemplarDeadline: `${y}-01-20`,
      followerDeadline: `${y}-01-31`,
      midyearFrom: `${y}-06-15`,
      midyearTo: `${y}-07-15`,
      annualFrom: `${y}-11-15`,
      annualTo: `${y}-12-15`,
      createdAt: now,
      updatedAt: now,
    });
}

describe("onboarding checklist", () => {
  it("shows a new admin the four steps with their links, in the home page's one read batch", async () => {
    const t = await makeUnverifiedTenant();
    const cookie = await adminCookie(t);
    await call("GET", `/t/${t.info.slug}/`, { cookie });
    const res = await call("GET", `/t/${t.info.slug}/`, { cookie });
    const html = await expectStatus(res, 200);
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    expect(html).toContain("Bắt đầu sử dụng: đã xong 0/4 bước");
    for (const path of ["/admin/criteria", "/admin/units", "/admin/accounts", "/admin/cycles"])
      expect(html).toContain(`href="/t/${t.info.slug}${path}"`);
    expect(html).toContain("tối đa 300 đảng viên");
  });

  it("ticks each step as it is done and disappears when all are", async () => {
    const { t, cookie } = await world();
    const state = async () => json<State>(await call("GET", "/api/v1/onboarding", { cookie }));
    const done = async () => Object.fromEntries((await state()).steps.map((s) => [s.key, s.done]));
    expect(await done()).toEqual({ criteria: false, tree: false, secretaries: false, cycle: false });
    const district = await underRoot(t, "district");
    await makeAccount(t, "member", district);
    expect(await done()).toEqual({ criteria: false, tree: true, secretaries: false, cycle: false });
    await makeAccount(t, "secretary", district);
    await publishCriteria(t);
    expect(await done()).toEqual({ criteria: true, tree: true, secretaries: true, cycle: false });
    expect(await expectStatus(await call("GET", `/t/${t.info.slug}/`, { cookie }), 200)).toContain(
      "đã xong 3/4 bước",
    );
    await openCycle(t);
    expect((await state()).complete).toBe(true);
    expect(await expectStatus(await call("GET", `/t/${t.info.slug}/`, { cookie }), 200)).not.toContain(
      "Bắt đầu sử dụng",
    );
  });

  it("is for admins; another tenant's rows never count", async () => {
    const t = await makeTenant();
    const other = await makeTenant();
    await makeAccount(other, "secretary", { id: other.rootId, path: other.rootPath });
    const sec = await signedIn(t, "secretary", { id: t.rootId, path: t.rootPath });
    await expectStatus(await call("GET", "/api/v1/onboarding", { cookie: sec.cookie }), 403);
    await expectStatus(await call("GET", "/api/v1/onboarding"), 401);
    const home = await expectStatus(await call("GET", `/t/${t.info.slug}/`, { cookie: sec.cookie }), 200);
    expect(home).not.toContain("Bắt đầu sử dụng");
    const s = await json<State>(
      await call("GET", "/api/v1/onboarding", { cookie: await adminCookie(other) }),
    );
    expect(s.steps.find((x) => x.key === "secretaries")?.done).toBe(true);
    const mine = await json<State>(await call("GET", "/api/v1/onboarding", { cookie: await adminCookie(t) }));
    expect(mine.steps.find((x) => x.key === "secretaries")?.done).toBe(true);
    const fresh = await makeTenant();
    const theirs = await json<State>(
      await call("GET", "/api/v1/onboarding", { cookie: await adminCookie(fresh) }),
    );
    expect(theirs.done).toBe(0);
  });

  it("can be hidden by the admin (303), once", async () => {
    const { t, cookie } = await world();
    const res = await call("POST", `/t/${t.info.slug}/onboarding/hide`, { cookie, form: {} });
    await expectStatus(res, 303);
    expect(res.headers.get("location")).toBe(`/t/${t.info.slug}/`);
    expect(await expectStatus(await call("GET", `/t/${t.info.slug}/`, { cookie }), 200)).not.toContain(
      "Bắt đầu sử dụng",
    );
    expect((await json<State>(await call("GET", "/api/v1/onboarding", { cookie }))).hidden).toBe(true);
    await expectStatus(await call("POST", "/api/v1/onboarding/hide", { cookie }), 409);
  });
});
