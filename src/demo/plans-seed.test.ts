import { vnYear } from "../domain/time";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { units } from "../db/schema/tenant/core";
import { E, ctxFor, dbOf } from "../../test/harness";
import { Meter } from "../platform/meter";
import { recountAll } from "../counter-sources";
import { findTenant } from "../platform/tenancy";
import { seedDemo } from "./demo.service";

import { listCycles } from "../features/cycles";
import { getDashboard } from "../features/plans";

describe("demo seed", () => {
  it("opens the year on both demo tenants; tra-vinh has one confirmed plan and the rest not started", async () => {
    await seedDemo(E, "plans-seed-test");
    const year = vnYear(Date.now());
    for (const slug of ["tra-vinh", "kon-tum"]) {
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
      const cycles = await listCycles(admin);
      expect(cycles.map((c) => [c.year, c.status])).toEqual([[year, "open"]]);
      const t = { info: tenant } as Parameters<typeof dbOf>[0];
      expect((await recountAll(dbOf(t), tenant.id)).filter((d) => d.metric.startsWith("plan."))).toEqual([]);
      if (slug !== "tra-vinh") continue;
      const school = (
        await dbOf(t)
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
