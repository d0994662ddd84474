import { describe, expect, it } from "vitest";
import { E, call, ctxFor, dbOf, expectStatus } from "../../test/harness";
import { Meter } from "../platform/meter";
import { recountAll } from "../counter-sources";
import { findTenant } from "../platform/tenancy";
import { seedDemo } from "./demo.service";
import { exemplarFiguresWithChildren } from "../features/recognition";

describe("demo seed", () => {
  it("gives kon-tum and tra-vinh models, commendations and conferences, counted, and kon-tum a public page", async () => {
    await seedDemo(E, "exemplars-seed-test");
    const year = new Date().getUTCFullYear();
    for (const slug of ["kon-tum", "tra-vinh"]) {
      const tenant = (await findTenant(E, new Meter(), { slug }))!;
      const admin = ctxFor(tenant, {
        id: "seed",
        login: "admin",
        role: "admin",
        unitId: null,
        unitPath: null,
        memberId: null,
        displayName: "Quản trị",
      });
      const f = await exemplarFiguresWithChildren(admin, { root: true }, year);
      expect(f.unit.models.total).toBeGreaterThanOrEqual(2);
      const t = { info: tenant } as Parameters<typeof dbOf>[0];
      expect((await recountAll(dbOf(t), tenant.id)).filter((d) => d.metric.startsWith("exemplars."))).toEqual(
        [],
      );
    }
    const kt = (await findTenant(E, new Meter(), { slug: "kon-tum" }))!;
    const admin = ctxFor(kt, {
      id: "seed",
      login: "admin",
      role: "admin",
      unitId: null,
      unitPath: null,
      memberId: null,
      displayName: "Quản trị",
    });
    const last = await exemplarFiguresWithChildren(admin, { root: true }, year - 1);
    expect(last.unit.commendations.central.collective).toBe(1);
    expect(last.unit.conferences.online).toEqual({ count: 1, sites: 75, participants: 10930 });
    const html = await expectStatus(await call("GET", "/t/kon-tum/guong-nguoi-tot"), 200);
    expect(html).toContain("Tiết kiệm, hỗ trợ vốn vay làm ăn kinh tế");
    expect(html).not.toContain("Sinh hoạt tư tưởng trong buổi chào cờ");
  });
});
