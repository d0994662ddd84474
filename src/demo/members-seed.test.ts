import { describe, expect, it } from "vitest";
import { E } from "../../test/harness";
import { demoTenant } from "../../test/demo-kit";
import { seedDemo } from "./demo.service";
import { DEMO_TENANTS } from "./demo-data";
import { listMembers, getOwnMember } from "../features/members";

describe("demo seed", () => {
  it("creates every demo person's record: tra-vinh has 23 people in group 1 and 16 in group 2; demo accounts are linked", async () => {
    await seedDemo(E, "members-seed-test");
    const { tenant, admin } = await demoTenant("tra-vinh", "seed-admin");
    const exemplar = await listMembers(admin, { group: "exemplar", limit: 1 });
    const follower = await listMembers(admin, { group: "follower", limit: 1 });
    expect([exemplar.total, follower.total]).toEqual([23, 16]);
    const demo = DEMO_TENANTS.find((d) => d.slug === "tra-vinh")!;
    const nam = demo.accounts.find((a) => a.login === "dangvien.nam")!;
    const row = await E.DB_POOL_1.prepare(
      "SELECT id, member_id FROM accounts WHERE tenant_id = ? AND login = ?",
    )
      .bind(tenant.id, nam.login)
      .first<{ id: string; member_id: string | null }>();
    expect(row?.member_id).toBeTruthy();
    const own = await getOwnMember({ ...admin, actor: { ...admin.actor, memberId: row!.member_id } });
    expect(own).toMatchObject({ cardNumber: nam.card, fullName: "Nguyễn Hoàng Nam", accountId: row!.id });
  });
});
