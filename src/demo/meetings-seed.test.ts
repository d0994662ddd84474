import { vnYear } from "../domain/time";
import { describe, expect, it } from "vitest";
import { E, ctxFor, dbOf } from "../../test/harness";
import { Meter } from "../platform/meter";
import { recountAll } from "../counter-sources";
import { findTenant } from "../platform/tenancy";
import { seedDemo } from "./demo.service";

import { listMeetings } from "../features/meetings";

describe("demo seed", () => {
  it("gives tra-vinh one meeting of Chi bộ Khoa Xây dựng Đảng with a praise, counted", async () => {
    await seedDemo(E, "meetings-seed-test");
    const tenant = (await findTenant(E, new Meter(), { slug: "tra-vinh" }))!;
    const admin = ctxFor(tenant, {
      id: "seed",
      login: "admin",
      role: "admin",
      unitId: null,
      unitPath: null,
      memberId: null,
      displayName: "Quản trị",
    });
    const page = await listMeetings(admin, { year: vnYear(Date.now()) });
    expect(page.list.items.map((m) => [m.unitName, m.praiseCount, m.criticismCount])).toEqual([
      ["Chi bộ Khoa Xây dựng Đảng", 1, 0],
    ]);
    const t = { info: tenant } as Parameters<typeof dbOf>[0];
    expect((await recountAll(dbOf(t), tenant.id)).filter((d) => d.metric.startsWith("meetings."))).toEqual(
      [],
    );
  });
});
