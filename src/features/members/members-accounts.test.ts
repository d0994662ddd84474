import { describe, expect, it } from "vitest";
import { call, cookieFor, expectStatus, json, makeAccount, setCookieOf } from "../../../test/harness";
import type { BulkAccountsOut, MemberDetailOut, MemberOut } from "./members.outputs";
import { rosterWorld } from "./members.fixtures";

async function members(w: Awaited<ReturnType<typeof rosterWorld>>, cell: number, cards: string[]) {
  const out: MemberOut[] = [];
  for (const [i, card] of cards.entries()) {
    const res = await call("POST", "/api/v1/members", {
      cookie: w.cookie,
      json: { cardNumber: card, fullName: `Nguyễn Văn Số ${i + 1}`, unitId: w.cells[cell]!.id },
    });
    out.push(await json<MemberOut>(res, 201));
  }
  return out;
}

describe("accounts for members", () => {
  it("creates accounts and one-time links for a subtree in one go, links them, and the link signs the member in", async () => {
    const w = await rosterWorld();
    const [one] = await members(w, 0, ["79.000001", "79.000002"]);
    await members(w, 1, ["79/000003"]);
    await makeAccount(w.t, "member", w.cells[0]!, { login: "79.000002" });
    const res = await call("POST", "/api/v1/members/accounts", {
      cookie: w.cookie,
      json: { unitId: w.school.id },
    });
    const out = await json<BulkAccountsOut>(res, 201);
    expect(out.remaining).toBe(0);
    // 79.000002's login belongs to an account of no member record (most likely theirs): no second account.
    expect(out.slips.map((s) => s.login).sort()).toEqual(["79-000003", "79.000001"]);
    expect(out.skipped).toEqual([expect.objectContaining({ login: "79.000002", reason: "login_unlinked" })]);
    const slip = out.slips.find((s) => s.login === "79.000001")!;
    expect(slip.url).toMatch(new RegExp(`^http://localhost/t/${w.t.info.slug}/setup/[A-Za-z0-9_-]{43}$`));
    const again = await json<BulkAccountsOut>(
      await call("POST", "/api/v1/members/accounts", { cookie: w.cookie, json: { unitId: w.school.id } }),
      201,
    );
    expect(again.slips).toEqual([]);

    const pending = await json<BulkAccountsOut>(
      await call("POST", "/api/v1/members/accounts", {
        cookie: w.cookie,
        json: { unitId: w.cells[0]!.id, include: "pending" },
      }),
      201,
    );
    expect(pending.slips.map((s) => s.login)).toEqual(["79.000001"]);
    await expectStatus(await call("GET", slip.path), 410);
    const fresh = pending.slips.find((s) => s.login === "79.000001")!;
    await expectStatus(await call("GET", fresh.path), 200);
    const set = await call("POST", fresh.path, {
      form: { password: "mat-khau-moi-123", confirm: "mat-khau-moi-123" },
    });
    expect(set.status).toBe(303);
    const me = await json<MemberDetailOut>(
      await call("GET", "/api/v1/members/me", { cookie: setCookieOf(set)! }),
    );
    expect(me.member.id).toBe(one!.id);
    expect(me.accountLogin).toBe("79.000001");
  });

  it("prints one slip per member with an inline SVG QR code and no inline styles", async () => {
    const w = await rosterWorld();
    await members(w, 0, ["80.1", "80.2"]);
    const sec = await cookieFor(w.t, (await makeAccount(w.t, "secretary", w.cells[0]!)).id);
    const form = await expectStatus(
      await call("GET", `/t/${w.t.info.slug}/members/accounts?unitId=${w.cells[0]!.id}`, { cookie: sec }),
      200,
    );
    expect(form).toContain(`value="${w.cells[0]!.code}"`);
    const res = await call("POST", `/t/${w.t.info.slug}/members/accounts`, {
      cookie: sec,
      form: { unitCode: w.cells[0]!.code },
    });
    const html = await expectStatus(res, 200);
    expect(html.match(/<section class="slip">/g)).toHaveLength(2);
    expect(html.match(/<svg [^>]*viewBox/g)).toHaveLength(2);
    expect(html).toContain("Nguyễn Văn Số 1");
    expect(html).not.toMatch(/style="/);
    const other = await call("POST", `/t/${w.t.info.slug}/members/accounts`, {
      cookie: sec,
      form: { unitCode: w.cells[1]!.code },
    });
    expect(await expectStatus(other, 400)).toContain("Không tìm thấy đơn vị có mã này");
    await expectStatus(
      await call("POST", "/api/v1/members/accounts", { cookie: sec, json: { unitId: w.cells[1]!.id } }),
      404,
    );
  });
});
