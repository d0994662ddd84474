import { describe, expect, it } from "vitest";
import { changeEvents } from "../../db/schema/tenant/events";
import { timeIdFloor, newTimeId } from "../../platform/ids";
import { call, cookieFor, dbOf, json, makeTenant } from "../../../test/harness";
import { planWorld, planVerb, submitPlan } from "../../../test/plans-kit";
import { createApiKey } from "../api-keys";
import { createMember, setMemberStatus, transferMember } from "../members";
import type { EventPageOut } from "./webhooks-feed.inputs";
import { listEvents, pruneEvents, SETTLE_MS } from "./webhooks-feed.service";

const feed = async (auth: { cookie?: string; key?: string }, query = "") =>
  json<EventPageOut>(
    await call("GET", `/api/v1/events${query}`, {
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
      ...(auth.key ? { headers: { authorization: `Bearer ${auth.key}` } } : {}),
    }),
  );
const types = (p: EventPageOut) => p.items.map((e) => e.type);

describe("the change feed", () => {
  it("a submitted plan appears as plan.submitted with its public fields; a confirmation follows it", async () => {
    const w = await planWorld();
    const admin = await cookieFor(w.t, w.t.adminId);
    const p = await submitPlan(w.leader.cookie);
    await planVerb(`/api/v1/plans/${p.id}/confirm`, w.sec1.cookie, p.version);
    const page = await feed({ cookie: admin }, "?types=plan.submitted,plan.confirmed");
    expect(types(page)).toEqual(["plan.submitted", "plan.confirmed"]);
    const [sub, conf] = page.items;
    expect(sub).toMatchObject({
      resource: { type: "plan", id: p.id },
      unitId: w.s.cell1.id,
      data: { id: p.id, status: "submitted", memberId: w.leader.memberId },
    });
    expect(sub!.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(sub!.data).not.toHaveProperty("items");
    // Instants inside `data` are RFC 3339, as everywhere in the API.
    const instants = Object.entries(sub!.data as Record<string, unknown>).filter(([k]) => k.endsWith("At"));
    expect(instants.length).toBeGreaterThan(0);
    for (const [, v] of instants)
      if (v !== null) expect(v).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(conf!.data).toMatchObject({ status: "confirmed" });
    expect(sub!.id < conf!.id).toBe(true);
    // The whole feed starts with the cycle of the world and holds no other tenant's events.
    expect(types(await feed({ cookie: admin }))).toContain("cycle.opened");
  });

  it("member changes write their events; each names the member's unit", async () => {
    const w = await planWorld();
    const ctx = w.t.ctx();
    const m = await createMember(ctx, {
      cardNumber: "EV0001",
      fullName: "Trần Văn Sự Kiện",
      unitId: w.s.cell1.id,
    });
    const moved = await transferMember(ctx, m.id, {
      unitId: w.s.cell2.id,
      date: "2026-01-02",
      reason: "Chuyển công tác",
      version: m.version,
    });
    await setMemberStatus(ctx, m.id, {
      status: "transferred_out",
      date: "2026-02-03",
      reason: "Chuyển ra ngoài đảng bộ",
      version: moved.version,
    });
    const page = await listEvents(ctx, {
      types: ["member.created", "member.transferred", "member.status_changed"],
    });
    const mine = page.items.filter((e) => e.resource.id === m.id);
    expect(mine.map((e) => [e.type, e.unitId])).toEqual([
      ["member.created", w.s.cell1.id],
      ["member.transferred", w.s.cell2.id],
      ["member.status_changed", w.s.cell2.id],
    ]);
    expect(mine[2]!.data).toMatchObject({ id: m.id, status: "transferred_out" });
  });

  it("a key limited to a unit reads its subtree's events and the tenant-wide ones, never a sibling's", async () => {
    const w = await planWorld();
    await submitPlan(w.leader.cookie); // cell 1
    await submitPlan(w.other.cookie); // cell 2
    const key = async (unitId: string) =>
      (await createApiKey(w.t.ctx(), { name: `Khóa ${unitId}`, scopes: ["read"], unitId })).key;
    const cell2 = await feed({ key: await key(w.s.cell2.id) });
    expect(types(cell2).filter((x) => x === "plan.submitted")).toHaveLength(1);
    expect(cell2.items.find((e) => e.type === "plan.submitted")!.unitId).toBe(w.s.cell2.id);
    expect(types(cell2)).toContain("cycle.opened");
    const school = await feed({ key: await key(w.s.school.id) });
    expect(types(school).filter((x) => x === "plan.submitted")).toHaveLength(2);
    const sec = await feed({ cookie: w.sec1.cookie });
    expect(sec.items.filter((e) => e.type === "plan.submitted").map((e) => e.unitId)).toEqual([w.s.cell1.id]);
  });

  it("tenant B never reads tenant A's events", async () => {
    const a = await planWorld();
    await submitPlan(a.leader.cookie);
    const b = await makeTenant();
    const page = await feed({ cookie: await cookieFor(b, b.adminId) });
    expect(page.items).toEqual([]);
    const aIds = (await listEvents(a.t.ctx(), {})).items.map((e) => e.id);
    expect(aIds.length).toBeGreaterThan(0);
    expect((await listEvents(b.ctx(), { after: undefined })).items.some((e) => aIds.includes(e.id))).toBe(
      false,
    );
  });

  it("bad parameters are 400 with a clear message; a member is refused; no credential is 401", async () => {
    const w = await planWorld();
    const admin = await cookieFor(w.t, w.t.adminId);
    for (const [q, text] of [
      ["?types=plan.submitted,plan.eaten", "plan.eaten"],
      ["?after=xyz", "Con trỏ"],
      ["?limit=0", "từ 1 đến 200"],
      ["?limit=201", "từ 1 đến 200"],
    ] as const) {
      const res = await call("GET", `/api/v1/events${q}`, { cookie: admin });
      expect(await res.text(), q).toContain(text);
      expect(res.status, q).toBe(400);
    }
    expect((await call("GET", "/api/v1/events", { cookie: w.leader.cookie })).status).toBe(403);
    expect((await call("GET", "/api/v1/events")).status).toBe(401);
  });

  it("the cursor stays behind the last seconds, pages in order, and the cron prunes what is past 30 days", async () => {
    const w = await planWorld();
    await submitPlan(w.leader.cookie);
    const ctx = w.t.ctx();
    const fresh = await listEvents(ctx, { limit: 1 });
    expect(fresh.items).toHaveLength(1);
    expect(fresh.nextCursor).toBeNull();
    const later = { ...ctx, now: ctx.now + SETTLE_MS + 1000 };
    const all = await listEvents(later, {});
    const first = await listEvents(later, { limit: 1 });
    const rest = await listEvents(later, { after: first.nextCursor! });
    expect([...first.items, ...rest.items].map((e) => e.id)).toEqual(all.items.map((e) => e.id));
    expect((await listEvents(later, { after: all.nextCursor! })).items).toEqual([]);

    const old = ctx.now - 31 * 86_400_000;
    await dbOf(w.t)
      .insert(changeEvents)
      .values({
        id: newTimeId(old),
        tenantId: w.t.info.id,
        type: "unit.updated",
        occurredAt: old,
        unitId: null,
        unitPath: null,
        resourceType: "unit",
        resourceId: w.t.rootId,
        dataJson: "{}",
      });
    expect((await listEvents(later, {})).items).toHaveLength(all.items.length + 1);
    await pruneEvents(ctx);
    const kept = (await listEvents(later, {})).items;
    expect(kept.map((e) => e.id)).toEqual(all.items.map((e) => e.id));
    expect(kept.every((e) => e.id >= timeIdFloor(old))).toBe(true);
  });
});
