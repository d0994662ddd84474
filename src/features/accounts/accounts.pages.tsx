import type { Context } from "hono";
import { isId } from "../../domain";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { type FormState, pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { listWithCreate } from "../../platform/admin-lists";
import { ctxOf } from "../../platform/tenant-context";
import { getUnitByCode } from "../orgs";
import { CreateAccountInput, LinkMemberInput, UpdateAccountInput } from "./accounts.inputs";
import { linkMember, unlinkMember } from "./accounts-links.service";
import { createAccount, createSetupLink, getAccount, listAccounts, updateAccount } from "./accounts.service";
import { AccountPage, AccountsList, SetupLinkPage } from "./views/accounts-views";

const ACTIVE = "/admin/accounts";
const showPage = pageUnder(ACTIVE);

async function renderList(c: Context<AppEnv>, form?: FormState) {
  const ctx = ctxOf(c);
  const cursor = c.req.query("cursor");
  const list = await listAccounts(ctx, { cursor: cursor && cursor.length <= 100 ? cursor : undefined });
  return showPage(c, "Tài khoản", <AccountsList ctx={ctx} list={list} form={form} />, form ? 400 : 200);
}

async function renderAccount(
  c: Context<AppEnv>,
  id: string,
  form?: FormState,
  status = 200,
  which: "update" | "link" = "update",
) {
  const ctx = ctxOf(c);
  const account = await getAccount(ctx, id);
  const forms = which === "link" ? { linkForm: form } : { form };
  return showPage(
    c,
    account.displayName,
    <AccountPage ctx={ctx} account={account} {...forms} done={c.req.query("done")} />,
    status,
  );
}

function accountId(c: Context<AppEnv>): string {
  const id = c.req.param("id");
  if (!isId(id)) throw notFound("Không tìm thấy tài khoản.");
  return id;
}

/** Mounted at /t/:slug/admin/accounts. */
export const accountsPages = listWithCreate(
  renderList,
  async (c, ctx, f) => {
    const unit = f.unitCode ? await getUnitByCode(ctx, f.unitCode, "unitCode") : null;
    const input = parseForm(CreateAccountInput, {
      ...pickFields(f, "login", "displayName", "role", "cardNumber"),
      unitId: unit?.id,
    });
    const account = await createAccount(ctx, input);
    return seeOther(c, tenantPath(c, `/admin/accounts/${account.id}?done=created`));
  },
  [400],
  // The unit is typed as a code: its error shows there.
  ({ values, errors }) => ({
    values,
    errors: errors.unitId ? { ...errors, unitCode: errors.unitId } : errors,
  }),
)
  .get("/:id", (c) => renderAccount(c, accountId(c)))
  .post("/:id/update", (c) => {
    const ctx = ctxOf(c);
    const id = accountId(c);
    return submitForm(
      c,
      async (f) => {
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
      },
      (state, status) => renderAccount(c, id, state, status),
    );
  })
  .post("/:id/link", (c) => {
    const ctx = ctxOf(c);
    const id = accountId(c);
    return submitForm(
      c,
      async (f) => {
        await linkMember(
          ctx,
          id,
          parseForm(LinkMemberInput, { ...pickFields(f, "cardNumber"), version: Number(f.version) }),
        );
        return seeOther(c, tenantPath(c, `/admin/accounts/${id}?done=linked`));
      },
      (state, status) => renderAccount(c, id, state, status, "link"),
    );
  })
  .post("/:id/unlink", (c) => {
    const ctx = ctxOf(c);
    const id = accountId(c);
    return submitForm(
      c,
      async (f) => {
        await unlinkMember(ctx, id, Number(f.version));
        return seeOther(c, tenantPath(c, `/admin/accounts/${id}?done=unlinked`));
      },
      (state, status) => renderAccount(c, id, state, status, "link"),
    );
  })
  .post("/:id/setup-link", async (c) => {
    const ctx = ctxOf(c);
    const id = accountId(c);
    const account = await getAccount(ctx, id);
    const link = await createSetupLink(ctx, id);
    const url = new URL(link.path, c.req.url).toString();
    return showPage(
      c,
      "Liên kết đặt mật khẩu",
      <SetupLinkPage ctx={ctx} account={account} url={url} expiresAt={link.expiresAt} />,
    );
  });
