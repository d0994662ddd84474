import { describe, expect, it } from "vitest";
import { demoTenant, recountDrift } from "../../test/demo-kit";
import { E } from "../../test/harness";
import { vnYear } from "../domain/time";
import { listMeetings } from "../features/meetings";
import { seedDemo } from "./demo.service";

describe("demo seed", () => {
  it("gives tra-vinh one meeting of Chi bộ Khoa Xây dựng Đảng with a praise, counted", async () => {
    await seedDemo(E, "meetings-seed-test");
    const { admin } = await demoTenant("tra-vinh");
    const page = await listMeetings(admin, { year: vnYear(Date.now()) });
    expect(page.list.items.map((m) => [m.unitName, m.praiseCount, m.criticismCount])).toEqual([
      ["Chi bộ Khoa Xây dựng Đảng", 1, 0],
    ]);
    expect(await recountDrift("tra-vinh", "meetings.")).toEqual([]);
  });
});
