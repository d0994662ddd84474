import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { getUnitByCode } from "../orgs";
import { CreateAccountInput, UpdateAccountInput } from "./accounts.inputs";
import { createAccount, createSetupLink, getAccount, listAccounts, updateAccount } from "./accounts.service";
import { AccountPage, AccountsList, SetupLinkPage } from "./views/accounts-views";

const ID = /^[0-9a-z]{16}$/;

async function renderList(
  c: Context<AppEnv>,
  form?: { values: Record<string, string>; errors: Record<string, string> },
) {
  const ctx = ctxOf(c);
  const cursor = c.req.query("cursor");
  const list = await listAccounts(ctx, { cursor: cursor && cursor.length <= 100 ? cursor : undefined });
  return page(c, "Tài khoản", <AccountsList ctx={ctx} list={list} form={form} />, {
    active: "/admin/accounts",
    status: form ? 400 : 200,
  });
}

async function renderAccount(
  c: Context<AppEnv>,
  id: string,
  form?: { values: Record<string, string>; errors: Record<string, string>; message?: string },
  status = 200,
) {
  const ctx = ctxOf(c);
  const account = await getAccount(ctx, id);
  return page(
    c,
    account.displayName,
    <AccountPage ctx={ctx} account={account} form={form} done={c.req.query("done")} />,
    {
      active: "/admin/accounts",
      status,
    },
  );
}

export const accountsPages = new Hono<AppEnv>()
  .get("/admin/accounts", (c) => renderList(c))
  .post("/admin/accounts", async (c) => {
    const ctx = ctxOf(c);
    const f = formStrings(await readForm(c));
    try {
      const unit = f.unitCode ? await getUnitByCode(ctx, f.unitCode, "unitCode") : null;
      const input = parseForm(CreateAccountInput, {
        login: f.login,
        displayName: f.displayName,
        role: f.role,
        unitId: unit?.id,
      });
      const account = await createAccount(ctx, input);
      return seeOther(c, tenantPath(c, `/admin/accounts/${account.id}?done=created`));
    } catch (e) {
      if (!(e instanceof ServiceError) || !e.fields) throw e;
      const errors = { ...e.fields };
      if (errors.unitId) errors.unitCode = errors.unitId;
      return renderList(c, { values: f, errors });
    }
  })
  .get("/admin/accounts/:id", (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy tài khoản.");
    return renderAccount(c, id);
  })
  .post("/admin/accounts/:id/update", async (c) => {
    const ctx = ctxOf(c);
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy tài khoản.");
    const f = formStrings(await readForm(c));
    try {
      const unit = f.unitCode ? await getUnitByCode(ctx, f.unitCode, "unitCode") : undefined;
      const input = parseForm(UpdateAccountInput, {
        displayName: f.displayName,
        role: ctx.actor.role === "admin" ? f.role : undefined,
        unitId: ctx.actor.role === "admin" ? unit?.id : undefined,
        status: f.status,
        version: Number(f.version),
      });
      await updateAccount(ctx, id, input);
      return seeOther(c, tenantPath(c, `/admin/accounts/${id}?done=updated`));
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
      return renderAccount(c, id, { values: f, errors: e.fields ?? {}, message: e.message }, e.status);
    }
  })
  .post("/admin/accounts/:id/setup-link", async (c) => {
    const ctx = ctxOf(c);
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy tài khoản.");
    const account = await getAccount(ctx, id);
    const link = await createSetupLink(ctx, id);
    const url = new URL(link.path, c.req.url).toString();
    return page(
      c,
      "Liên kết đặt mật khẩu",
      <SetupLinkPage ctx={ctx} account={account} url={url} expiresAt={link.expiresAt} />,
      {
        active: "/admin/accounts",
      },
    );
  });
