import { describe, expect, it } from "vitest";
import { call, expectStatus, json, makeAccount, makeTenant, setCookieOf } from "../../../test/harness";
import { signedIn, underRoot, world } from "../../../test/world";
import type { AccountOut, SetupLinkOut } from "./accounts.inputs";

describe("accounts and setup links", () => {
  it("admin creates an account, the person sets a password through the link and is signed in", async () => {
    const { t, cookie } = await world();
    const cell = await underRoot(t, "cell");
    const acc = await json<AccountOut>(
      await call("POST", "/api/v1/accounts", {
        cookie,
        json: { login: "0912345678", displayName: "Nguyễn Văn An", role: "member", unitId: cell.id },
      }),
      201,
    );
    expect(acc.hasPassword).toBe(false);
    const link = await json<SetupLinkOut>(
      await call("POST", `/api/v1/accounts/${acc.id}/setup-link`, { cookie }),
      201,
    );
    expect(link.url).toContain(`/t/${t.info.slug}/setup/`);
    const page = await expectStatus(await call("GET", link.path), 200);
    expect(page).toContain("Nguyễn Văn An");
    const mismatch = await call("POST", link.path, {
      form: { password: "matkhau-moi-1", confirm: "khac-1234" },
    });
    expect(await expectStatus(mismatch, 400)).toContain("Hai mật khẩu không khớp nhau.");
    const weak = await call("POST", link.path, { form: { password: "ngan", confirm: "ngan" } });
    expect(await expectStatus(weak, 400)).toContain("ít nhất 8 ký tự");
    const done = await call("POST", link.path, {
      form: { password: "matkhau-moi-1", confirm: "matkhau-moi-1" },
    });
    expect(done.status).toBe(303);
    const session = setCookieOf(done)!;
    const me = await json<{ login: string }>(await call("GET", "/api/v1/auth/me", { cookie: session }));
    expect(me.login).toBe("0912345678");
    // Single use.
    await expectStatus(await call("GET", link.path), 410);
    const login = await call("POST", "/api/v1/auth/login", {
      json: { tenant: t.info.slug, login: "0912345678", password: "matkhau-moi-1" },
    });
    await expectStatus(login, 200);
  });

  it("a new link replaces the old unused one", async () => {
    const { t, cookie } = await world();
    const acc = await makeAccount(t, "admin", null);
    const first = await json<SetupLinkOut>(
      await call("POST", `/api/v1/accounts/${acc.id}/setup-link`, { cookie }),
      201,
    );
    const second = await json<SetupLinkOut>(
      await call("POST", `/api/v1/accounts/${acc.id}/setup-link`, { cookie }),
      201,
    );
    await expectStatus(await call("GET", first.path), 410);
    await expectStatus(await call("GET", second.path), 200);
  });

  it("disabling an account ends its sessions on the next request", async () => {
    const { t, cookie: admin } = await world();
    const m = await signedIn(t, "member", await underRoot(t, "cell"));
    const mc = m.cookie;
    await json(await call("GET", "/api/v1/auth/me", { cookie: mc }));
    await json(
      await call("PATCH", `/api/v1/accounts/${m.id}`, {
        cookie: admin,
        json: { status: "disabled", version: 1 },
      }),
    );
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: mc }), 401);
    await expectStatus(await call("GET", `/t/${t.info.slug}/`, { cookie: mc }), 401);
  });

  it("a secretary manages member accounts only inside their subtree", async () => {
    const t = await makeTenant();
    const mine = await underRoot(t, "cell");
    const other = await underRoot(t, "cell");
    const sec = await signedIn(t, "secretary", mine);
    const cookie = sec.cookie;
    const theirs = await makeAccount(t, "member", other);
    await expectStatus(await call("GET", `/api/v1/accounts/${theirs.id}`, { cookie }), 404);
    await expectStatus(await call("POST", `/api/v1/accounts/${theirs.id}/setup-link`, { cookie }), 404);
    await expectStatus(
      await call("POST", "/api/v1/accounts", {
        cookie,
        json: { login: "x-admin", displayName: "Người X", role: "admin" },
      }),
      403,
    );
    await expectStatus(
      await call("POST", "/api/v1/accounts", {
        cookie,
        json: { login: "x-member", displayName: "Người Y", role: "member", unitId: other.id },
      }),
      404,
    );
    const created = await json<AccountOut>(
      await call("POST", "/api/v1/accounts", {
        cookie,
        json: { login: "y-member", displayName: "Người Y", role: "member", unitId: mine.id },
      }),
      201,
    );
    const list = await json<{ items: AccountOut[] }>(await call("GET", "/api/v1/accounts", { cookie }));
    expect(list.items.map((a) => a.id).sort()).toEqual([created.id, sec.id].sort());
  });

  it("account pages: create with 303, login taken re-renders with 400, setup link shown once", async () => {
    const { t, cookie } = await world();
    const base = `/t/${t.info.slug}/admin/accounts`;
    const ok = await call("POST", base, {
      cookie,
      form: { displayName: "Lê Thị Bé", login: "lethibe", role: "admin" },
    });
    expect(ok.status).toBe(303);
    const again = await call("POST", base, {
      cookie,
      form: { displayName: "Lê Thị Bé", login: "lethibe", role: "admin" },
    });
    expect(await expectStatus(again, 400)).toContain("Tên đăng nhập này đã có người dùng.");
    const id = /accounts\/([0-9a-z]{16})/.exec(ok.headers.get("location")!)![1]!;
    const link = await call("POST", `${base}/${id}/setup-link`, { cookie });
    expect(await expectStatus(link, 200)).toMatch(/\/setup\/[A-Za-z0-9_-]{43}/);
  });
});
