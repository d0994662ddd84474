import { describe, expect, it } from "vitest";
import { demoTenant, recountDrift } from "../../test/demo-kit";
import { E } from "../../test/harness";
import { vnToday, vnYear } from "../domain/time";
import { getRotation } from "../features/meetings";
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
    // The rotation: one report given in January, dangvien.nam's turn ahead.
    const rotation = await getRotation(admin, { unitId: page.list.items[0]!.unitId });
    const nam = rotation.items.find((t) => t.memberName === "Nguyễn Hoàng Nam");
    expect(nam?.date && nam.date >= vnToday(Date.now())).toBe(true);
    expect(rotation.items.filter((t) => t.reported).map((t) => t.memberName)).toEqual(["Đặng Thị Mỹ Linh"]);
  });
});
