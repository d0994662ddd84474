// A password link must never let a secretary take over an account: only never-activated member
// accounts get a first link from a secretary; resets of accounts in use are the admin's, and the
// member is told.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accounts, auditLog, setupTokens } from "../../db/schema/tenant/core";
import { call, cookieFor, dbOf, expectStatus, json, makeAccount, makeTenant } from "../../../test/harness";
import { makePerson, makeSchool, secretaryOf } from "../../../test/plans-kit";
import type { SetupLinkOut } from "./accounts.inputs";

const TAKEN = "Tài khoản này đã được kích hoạt; chỉ quản trị đơn vị được đặt lại mật khẩu.";

describe("password links cannot become take-overs", () => {
  it("a secretary gets 403 for an active member account and another secretary's, 201 for a new one", async () => {
    const t = await makeTenant();
    const { school, cell1 } = await makeSchool(t);
    const sec = await secretaryOf(t, school);
    const member = await makePerson(t, cell1, false);
    const otherSecretary = await makeAccount(t, "secretary", cell1);
    const fresh = await makeAccount(t, "member", cell1);
    await dbOf(t).update(accounts).set({ passwordHash: null }).where(eq(accounts.id, fresh.id));

    const api = await call("POST", `/api/v1/accounts/${member.account.id}/setup-link`, {
      cookie: sec.cookie,
    });
    expect(await expectStatus(api, 403)).toContain(TAKEN);
    const page = await call("POST", `/t/${t.info.slug}/admin/accounts/${member.account.id}/setup-link`, {
      cookie: sec.cookie,
      form: {},
    });
    expect(await expectStatus(page, 403)).toContain(TAKEN);
    await expectStatus(
      await call("POST", `/api/v1/accounts/${otherSecretary.id}/setup-link`, { cookie: sec.cookie }),
      403,
    );
    await expectStatus(
      await call("POST", `/api/v1/accounts/${sec.account.id}/setup-link`, { cookie: sec.cookie }),
      403,
    );
    const tokens = await dbOf(t).select().from(setupTokens).where(eq(setupTokens.tenantId, t.info.id));
    expect(tokens).toEqual([]);

    await json<SetupLinkOut>(
      await call("POST", `/api/v1/accounts/${fresh.id}/setup-link`, { cookie: sec.cookie }),
      201,
    );
    // The member's session is untouched by the refused attempts.
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: member.cookie }), 200);
  });

  it("an admin's reset of an active account is audited, tells the member, and ends their sessions when used", async () => {
    const t = await makeTenant();
    const { cell1 } = await makeSchool(t);
    const member = await makePerson(t, cell1, false);
    const admin = await cookieFor(t, t.adminId);
    const link = await json<SetupLinkOut>(
      await call("POST", `/api/v1/accounts/${member.account.id}/setup-link`, { cookie: admin }),
      201,
    );
    const audit = await dbOf(t)
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, t.info.id), eq(auditLog.entityId, member.account.id)));
    expect(audit.map((a) => a.action)).toContain("account.password_reset");

    const inbox = await json<{ items: { title: string; body: string; kind: string }[] }>(
      await call("GET", "/api/v1/notifications", { cookie: member.cookie }),
    );
    const notice = inbox.items.find((n) => n.kind === "account.reset");
    expect(notice?.title).toBe("Mật khẩu của đồng chí đã được đặt lại");
    expect(notice?.body).toContain("đã được đặt lại bởi");

    const done = await call("POST", link.path, {
      form: { password: "matkhau-moi-9", confirm: "matkhau-moi-9" },
    });
    expect(done.status).toBe(303);
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: member.cookie }), 401);
  });
});
