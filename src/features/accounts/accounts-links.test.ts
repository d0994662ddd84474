import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { planWorld, submitPlan } from "../../../test/plans-kit";
import { call, dbOf, expectStatus, json, makeAccount, makeTenant, setCookieOf } from "../../../test/harness";
import { adminCookie, signedIn, underRoot, world } from "../../../test/world";
import { accounts } from "../../db/schema/tenant/core";
import { members } from "../../db/schema/tenant/members";
import { type BulkAccountsOut, type MemberOut, createMember } from "../members";
import type { AccountOut } from "./accounts.inputs";

const idOf = (res: Response) => /accounts\/([0-9a-z]{16})/.exec(res.headers.get("location")!)![1]!;

describe("accounts meet member records", () => {
  it("a secretary made by the onboarding step with a card number is linked, signs in and registers a plan", async () => {
    const { t, s } = await planWorld();
    const cookie = await adminCookie(t);
    const m = await createMember(t.ctx(), {
      cardNumber: "84.100200",
      fullName: "Trần Thị Bí Thư",
      unitId: s.cell1.id,
      partyPositions: ["cell_secretary"],
    });
    const base = `/t/${t.info.slug}/admin/accounts`;
    // The onboarding step's link leads to this form; the unit comes from the member record.
    const made = await call("POST", base, {
      cookie,
      form: {
        displayName: "Trần Thị Bí Thư",
        login: "bithu.mot",
        role: "secretary",
        cardNumber: "84.100200",
      },
    });
    expect(made.status).toBe(303);
    const id = idOf(made);
    const page = await expectStatus(await call("GET", made.headers.get("location")!, { cookie }), 200);
    expect(page).toContain("gắn với hồ sơ đảng viên Trần Thị Bí Thư");
    const acc = await json<AccountOut>(await call("GET", `/api/v1/accounts/${id}`, { cookie }));
    expect(acc).toMatchObject({ memberId: m.id, unitId: s.cell1.id, memberCardNumber: "84.100200" });
    const member = await json<{ member: MemberOut }>(
      await call("GET", `/api/v1/members/${m.id}`, { cookie }),
    );
    expect(member.member.accountId).toBe(id);

    const link = await call("POST", `${base}/${id}/setup-link`, { cookie });
    const setup = /\/t\/[^"<\s]+\/setup\/[A-Za-z0-9_-]{43}/.exec(await expectStatus(link, 200))![0];
    const done = await call("POST", setup, {
      form: { password: "matkhau-bi-thu-1", confirm: "matkhau-bi-thu-1" },
    });
    const own = setCookieOf(done)!;
    const plan = await submitPlan(own);
    expect(plan.status).toBe("submitted");

    // The bulk tool gives no second account, and says whom it skipped.
    const out = await json<BulkAccountsOut>(
      await call("POST", "/api/v1/members/accounts", { cookie, json: { unitId: s.cell1.id } }),
      201,
    );
    expect(out.slips.map((x) => x.memberId)).not.toContain(m.id);
    expect(out.skipped).toContainEqual(
      expect.objectContaining({ memberId: m.id, login: "bithu.mot", reason: "has_account" }),
    );
    expect(out.skippedCount).toBe(out.skipped.length);
  });

  it("says so when the card matches no member record, or one that has an account; nothing typed is lost", async () => {
    const { t, cookie } = await world();
    const cell = await underRoot(t);
    await createMember(t.ctx(), { cardNumber: "85.1", fullName: "Lê Văn Có", unitId: cell.id });
    const base = `/t/${t.info.slug}/admin/accounts`;
    const form = { displayName: "Người Lạ", login: "nguoi.la", role: "secretary", cardNumber: "85.999" };
    const none = await expectStatus(await call("POST", base, { cookie, form }), 400);
    expect(none).toContain("Không có hồ sơ đảng viên nào mang số thẻ này");
    expect(none).toContain('value="nguoi.la"');
    const first = await call("POST", base, {
      cookie,
      form: { ...form, login: "le.van.co", cardNumber: "85.1" },
    });
    expect(first.status).toBe(303);
    const twice = await expectStatus(
      await call("POST", base, { cookie, form: { ...form, login: "le.van.co.2", cardNumber: "85.1" } }),
      400,
    );
    expect(twice).toContain("Lê Văn Có đã có tài khoản «le.van.co»");
    // Without a card, the account page says it is not linked.
    const plain = await call("POST", base, { cookie, form: { ...form, role: "admin", cardNumber: "" } });
    const page = await expectStatus(await call("GET", plain.headers.get("location")!, { cookie }), 200);
    expect(page).toContain("chưa gắn với hồ sơ đảng viên nào");
  });

  it("an admin links and unlinks an account by card number, both sides and an event, one account per person", async () => {
    const { t, cookie } = await world();
    const cell = await underRoot(t);
    const m = await createMember(t.ctx(), { cardNumber: "86.1", fullName: "Phạm Văn Gắn", unitId: cell.id });
    const acc = await makeAccount(t, "member", await underRoot(t), { login: "pham.gan" });
    const path = `/api/v1/accounts/${acc.id}/member`;
    const linked = await json<AccountOut>(
      await call("PUT", path, { cookie, json: { cardNumber: "86.1", version: 1 } }),
    );
    // A member's account moves to the cell of its record.
    expect(linked).toMatchObject({ memberId: m.id, memberName: "Phạm Văn Gắn", unitId: cell.id, version: 2 });
    const [row] = await dbOf(t).select().from(members).where(eq(members.id, m.id));
    expect(row!.accountId).toBe(acc.id);
    const feed = await json<{ items: { type: string; resource: { id: string } }[] }>(
      await call("GET", "/api/v1/events", { cookie }),
    );
    expect(feed.items.filter((e) => e.type === "member.updated").map((e) => e.resource.id)).toContain(m.id);

    // Already linked: 409; another account for the same person: 400 naming the login.
    await expectStatus(await call("PUT", path, { cookie, json: { memberId: m.id, version: 2 } }), 409);
    const other = await makeAccount(t, "secretary", cell);
    const again = await expectStatus(
      await call("PUT", `/api/v1/accounts/${other.id}/member`, {
        cookie,
        json: { memberId: m.id, version: 1 },
      }),
      400,
    );
    expect(again).toContain("pham.gan");
    // The database refuses a second account for one member record even without the service.
    await expect(
      dbOf(t).update(accounts).set({ memberId: m.id }).where(eq(accounts.id, other.id)),
    ).rejects.toThrow();

    await expectStatus(await call("DELETE", `${path}?version=1`, { cookie }), 409);
    const un = await json<AccountOut>(await call("DELETE", `${path}?version=2`, { cookie }));
    expect(un.memberId).toBeNull();
    const [after] = await dbOf(t).select().from(members).where(eq(members.id, m.id));
    expect(after!.accountId).toBeNull();
    await expectStatus(await call("DELETE", `${path}?version=3`, { cookie }), 409);
    // Bad input: both or neither of card and id; an unknown card.
    await expectStatus(await call("PUT", path, { cookie, json: { version: 3 } }), 400);
    await expectStatus(
      await call("PUT", path, { cookie, json: { cardNumber: "86.1", memberId: m.id, version: 3 } }),
      400,
    );
    await expectStatus(await call("PUT", path, { cookie, json: { cardNumber: "86.404", version: 3 } }), 400);

    // The page: link by card, the account page names the record, unlink.
    const base = `/t/${t.info.slug}/admin/accounts/${acc.id}`;
    const bad = await expectStatus(
      await call("POST", `${base}/link`, { cookie, form: { cardNumber: "86.404", version: "3" } }),
      400,
    );
    expect(bad).toContain("Không có hồ sơ đảng viên nào mang số thẻ này");
    const ok = await call("POST", `${base}/link`, { cookie, form: { cardNumber: "86.1", version: "3" } });
    expect(ok.status).toBe(303);
    const shown = await expectStatus(await call("GET", ok.headers.get("location")!, { cookie }), 200);
    expect(shown).toContain("Đã gắn tài khoản với hồ sơ đảng viên.");
    expect(shown).toContain("Phạm Văn Gắn");
    const off = await call("POST", `${base}/unlink`, { cookie, form: { version: "4" } });
    expect(off.status).toBe(303);
  });

  it("only admins link; a secretary's card reaches only their subtree; another tenant's account is 404", async () => {
    const t = await makeTenant();
    const mine = await underRoot(t);
    const theirs = await underRoot(t);
    await createMember(t.ctx(), { cardNumber: "87.1", fullName: "Người Ngoài", unitId: theirs.id });
    await createMember(t.ctx(), { cardNumber: "87.2", fullName: "Người Trong", unitId: mine.id });
    const sec = await signedIn(t, "secretary", mine);
    const acc = await makeAccount(t, "member", mine);
    const body = { cardNumber: "87.2", version: 1 };
    await expectStatus(
      await call("PUT", `/api/v1/accounts/${acc.id}/member`, { cookie: sec.cookie, json: body }),
      403,
    );
    await expectStatus(
      await call("DELETE", `/api/v1/accounts/${acc.id}/member?version=1`, { cookie: sec.cookie }),
      403,
    );
    const outside = await expectStatus(
      await call("POST", "/api/v1/accounts", {
        cookie: sec.cookie,
        json: { login: "ngoai", displayName: "Người Ngoài", role: "member", cardNumber: "87.1" },
      }),
      400,
    );
    expect(outside).toContain("Không có hồ sơ đảng viên nào");
    const inside = await json<AccountOut>(
      await call("POST", "/api/v1/accounts", {
        cookie: sec.cookie,
        json: { login: "trong", displayName: "Người Trong", role: "member", cardNumber: "87.2" },
      }),
      201,
    );
    expect(inside.unitId).toBe(mine.id);
    const other = await world();
    await expectStatus(
      await call("PUT", `/api/v1/accounts/${acc.id}/member`, { cookie: other.cookie, json: body }),
      404,
    );
  });
});
