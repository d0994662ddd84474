import { describe, expect, it } from "vitest";
import { E, call, expectStatus } from "../../test/harness";
import { demoTenant, recountDrift } from "../../test/demo-kit";
import { seedDemo } from "./demo.service";
import { exemplarFiguresWithChildren } from "../features/recognition";

describe("demo seed", () => {
  it("gives kon-tum and tra-vinh models, commendations and conferences, counted, and kon-tum a public page", async () => {
    await seedDemo(E, "exemplars-seed-test");
    const year = new Date().getUTCFullYear();
    for (const slug of ["kon-tum", "tra-vinh"]) {
      const { admin } = await demoTenant(slug);
      const f = await exemplarFiguresWithChildren(admin, { root: true }, year);
      expect(f.unit.models.total).toBeGreaterThanOrEqual(2);
      expect(await recountDrift(slug, "exemplars.")).toEqual([]);
    }
    const { admin } = await demoTenant("kon-tum");
    const last = await exemplarFiguresWithChildren(admin, { root: true }, year - 1);
    expect(last.unit.commendations.central.collective).toBe(1);
    expect(last.unit.conferences.online).toEqual({ count: 1, sites: 75, participants: 10930 });
    const html = await expectStatus(await call("GET", "/t/kon-tum/guong-nguoi-tot"), 200);
    expect(html).toContain("Tiết kiệm, hỗ trợ vốn vay làm ăn kinh tế");
    expect(html).not.toContain("Sinh hoạt tư tưởng trong buổi chào cờ");
  });
});
