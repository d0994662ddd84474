/**
 * The "done when", as a new committee would live it: sign up, get signed in, walk the
 * checklist, invite a secretary; hit the unverified cap; an operator verifies; later the tenant
 * moves from the pool to a dedicated database and every page shows the same data.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tenants } from "../../db/schema/control";
import { newId } from "../../platform/ids";
import { forgetTenant } from "../../platform/tenancy";
import { call, expectStatus, json, setCookieOf } from "../../../test/harness";
import { challengeOf, control, makeOperator, solve } from "../../../test/platform-kit";

describe("a committee's first weeks", () => {
  it("signs up, onboards, invites a secretary, is verified and moved without losing anything", async () => {
    const slug = `hanh-trinh-${newId().slice(0, 6)}`;
    const form = await expectStatus(await call("GET", "/dang-ky"), 200);
    const ch = challengeOf(form);
    const signup = await call("POST", "/dang-ky", {
      form: {
        name: "Đảng ủy Khối các cơ quan tỉnh Vĩnh Long",
        kind: "Đảng ủy Khối",
        province: "Vĩnh Long",
        slug,
        contactName: "Nguyễn Thị Hoa",
        contactPhone: "+84 913 456 789",
        adminLogin: "quantri",
        password: "matkhau-2025",
        passwordConfirm: "matkhau-2025",
        challengeToken: ch.token,
        challengeAnswer: solve(ch.question),
      },
      headers: { "cf-connecting-ip": `203.0.113.${newId()}` },
    });
    await expectStatus(signup, 303);
    const admin = setCookieOf(signup)!;
    expect(await expectStatus(await call("GET", `/t/${slug}/`, { cookie: admin }), 200)).toContain(
      "đã xong 0/4 bước",
    );

    // Step 2: the tree.
    const root = (
      await json<{ unit: { id: string } }>(await call("GET", "/api/v1/units/home", { cookie: admin }))
    ).unit;
    const school = await json<{ id: string }>(
      await call("POST", "/api/v1/units", {
        cookie: admin,
        json: { parentId: root.id, kind: "grassroots", code: "TRUONG", name: "Đảng bộ Trường Chính trị" },
      }),
      201,
    );
    const cell = await json<{ id: string; code: string }>(
      await call("POST", "/api/v1/units", {
        cookie: admin,
        json: { parentId: school.id, kind: "cell", code: "CB-1", name: "Chi bộ Khoa Xây dựng Đảng" },
      }),
      201,
    );

    // Step 3: a secretary, invited with a one-time link.
    const created = await call("POST", `/t/${slug}/admin/accounts`, {
      cookie: admin,
      form: { login: "bithu.cb1", displayName: "Trần Văn Bình", role: "secretary", unitCode: cell.code },
    });
    await expectStatus(created, 303);
    const accountPath = created.headers.get("location")!.split("?")[0]!;
    const link = await expectStatus(
      await call("POST", `${accountPath}/setup-link`, { cookie: admin, form: {} }),
      200,
    );
    const setup = /\/t\/[a-z0-9-]+\/setup\/[A-Za-z0-9_-]{43}/.exec(link)![0];
    const done = await call("POST", setup, { form: { password: "bithu-2025", confirm: "bithu-2025" } });
    await expectStatus(done, 303);
    const secretary = setCookieOf(done)!;
    expect(await expectStatus(await call("GET", `/t/${slug}/`, { cookie: admin }), 200)).toContain(
      "đã xong 2/4 bước",
    );

    // The unverified cap (lowered to 1 here so the test stays small): a clear refusal, nothing added.
    const tenantId = (await control().select().from(tenants).where(eq(tenants.slug, slug)))[0]!.id;
    await control().update(tenants).set({ memberCap: 1 }).where(eq(tenants.id, tenantId));
    forgetTenant();
    const member = (card: string, fullName: string) =>
      call("POST", "/api/v1/members", {
        cookie: admin,
        json: { cardNumber: card, fullName, unitId: cell.id },
      });
    await expectStatus(await member("VL.0001", "Lê Văn An"), 201);
    const refused = await member("VL.0002", "Phạm Thị Bé");
    expect((await json<{ detail: string }>(refused, 409)).detail).toContain("chưa được xác minh");

    // An operator verifies it: the cap goes.
    const op = await makeOperator();
    await expectStatus(
      await call("POST", `/platform/tenants/${tenantId}/verify`, { cookie: op.cookie, form: {} }),
      303,
    );
    await expectStatus(await member("VL.0002", "Phạm Thị Bé"), 201);

    // Later: from the pool to a dedicated database. Same pages, same sessions.
    const pages = [
      [admin, `/t/${slug}/`],
      [admin, `/t/${slug}/admin/units/${school.id}`],
      [admin, `/t/${slug}/admin/accounts`],
      [admin, `/t/${slug}/members`],
      [secretary, `/t/${slug}/`],
      [secretary, `/t/${slug}/admin/units/${cell.id}`],
    ] as const;
    const render = async () => {
      const out: string[] = [];
      for (const [cookie, path] of pages)
        out.push(await expectStatus(await call("GET", path, { cookie }), 200));
      return out;
    };
    await render();
    const before = await render();
    for (let i = 0; i < 20; i++) {
      const job = await json<{ status: string }>(
        await call("POST", `/api/v1/platform/tenants/${tenantId}/move`, {
          cookie: op.cookie,
          json: { binding: "DB_DEDICATED_1", drainSeconds: 0 },
        }),
      );
      if (job.status === "done") break;
      expect(job.status).not.toBe("failed");
    }
    expect((await control().select().from(tenants).where(eq(tenants.id, tenantId)))[0]!.dbBinding).toBe(
      "DB_DEDICATED_1",
    );
    expect(await render()).toEqual(before);
  });
});
