/** Fixtures of cycles and plans for the isolation suite (see test/fixtures.ts). */
import { createCycle } from "../src/features/cycles/cycles.service";
import { createMember } from "../src/features/members/members.service";
import { writePlan } from "../src/features/plans/plans-write.service";
import { type TestTenant, makeUnit } from "./harness";

export const PLANS_FIXTURES: Record<string, (t: TestTenant) => Promise<string>> = {
  cycle: async (t) => (await createCycle(t.ctx(), { year: 2031 })).id,
  /** A draft plan of 2029, entered by the admin on a member's behalf. */
  plan: async (t) => {
    const cell = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "cell");
    const m = await createMember(t.ctx(), {
      cardNumber: `PL.${cell.id.slice(0, 8).toUpperCase()}`,
      fullName: "Đảng viên Kế Hoạch",
      unitId: cell.id,
    });
    await createCycle(t.ctx(), { year: 2029 });
    return (
      await writePlan(t.ctx(), m.id, {
        content: { registration: "Đăng ký mẫu", items: [] },
        submit: false,
        year: 2029,
      })
    ).id;
  },
};
