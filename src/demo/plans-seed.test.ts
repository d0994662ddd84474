import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoTenant, recountDrift } from "../../test/demo-kit";
import { E } from "../../test/harness";
import { units } from "../db/schema/tenant/core";
import { vnYear } from "../domain/time";
import { listCycles } from "../features/cycles";
import { getDashboard } from "../features/plans";
import { seedDemo } from "./demo.service";

describe("demo seed", () => {
  it("opens the year on both demo tenants; tra-vinh has one confirmed plan and the rest not started", async () => {
    await seedDemo(E, "plans-seed-test");
    const year = vnYear(Date.now());
    for (const slug of ["tra-vinh", "kon-tum"]) {
      const { tenant, admin, db } = await demoTenant(slug);
      const cycles = await listCycles(admin);
      expect(cycles.map((c) => [c.year, c.status])).toEqual([[year, "open"]]);
      expect(await recountDrift(slug, "plan.")).toEqual([]);
      if (slug !== "tra-vinh") continue;
      const school = (
        await db
          .select()
          .from(units)
          .where(and(eq(units.tenantId, tenant.id), eq(units.code, "TV-TCT")))
      )[0]!;
      const d = await getDashboard(admin, { year, unitId: school.id });
      expect(d.total.exemplar).toMatchObject({ members: 23, confirmed: 1, notStarted: 22 });
      expect(d.total.follower).toMatchObject({ members: 16, notStarted: 16 });
    }
  });
});
