/** Fixtures of cycles and plans for the isolation suite (see test/fixtures.ts). */
import { createCycle } from "../src/features/cycles/cycles.service";
import { createMember } from "../src/features/members/members.service";
import { writePlan } from "../src/features/plans/plans-write.service";
import { subscribeDevice } from "../src/features/push/push.service";
import { type TestTenant, makeUnit } from "./harness";

/** A browser's push subscription as PushSubscription.toJSON() gives it (the key is RFC 8291's example). */
export const PUSH_SUBSCRIPTION = {
  endpoint: "https://push.example.net/send/thiet-bi-mau",
  expirationTime: null,
  keys: {
    p256dh: "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4",
    auth: "BTBZMqHH6r4Tts7J_aSIgg",
  },
};

export const PLANS_FIXTURES: Record<string, (t: TestTenant) => Promise<string>> = {
  /** A device of the tenant's admin that receives Web Push. */
  pushDevice: async (t) =>
    (await subscribeDevice(t.ctx(), PUSH_SUBSCRIPTION, { enabled: true, publicKey: "khoa", local: false }))
      .id,
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
