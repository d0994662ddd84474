import { cursorPage } from "../../platform/api-fields";
import { apiOps, byVersion } from "../../platform/api-routes";
import { VersionQuery } from "../../platform/query-params";
import * as I from "./accounts.inputs";
import { linkMember, unlinkMember } from "./accounts-links.service";
import { createAccount, createSetupLink, getAccount, listAccounts, updateAccount } from "./accounts.service";

const api = apiOps("accounts");

/** Mounted at /api/v1/accounts. */
export const accountsApi = api.router(
  api.get("/", {
    who: "managers",
    summary: "List accounts in the actor's scope (cursor pagination by login)",
    query: I.ListAccountsQuery,
    out: cursorPage(I.AccountOut),
    problems: [400, 401, 403],
    call: listAccounts,
  }),
  api.post("/", {
    who: "managers",
    summary: "Create an account (no password yet: send a setup link)",
    body: I.CreateAccountInput,
    out: I.AccountOut,
    status: 201,
    call: createAccount,
  }),
  api.get("/{id}", {
    who: "managers",
    summary: "One account",
    out: I.AccountOut,
    problems: [401, 403, 404],
    call: getAccount,
  }),
  api.patch("/{id}", {
    who: "managers",
    summary: "Change name, role, unit or status; disabling ends the account's sessions",
    body: I.UpdateAccountInput,
    out: I.AccountOut,
    call: updateAccount,
  }),
  api.put("/{id}/member", {
    who: "admin",
    summary: "Link the account to a member record (by party card number or member id)",
    description:
      "Both sides change in one write: the account's `memberId` and the member's `accountId` (a `member.updated` event). A member's account moves to the member record's unit. 400 when no such member record exists or it already has an account (one account per person); 409 when the account is already linked or its version is stale.",
    body: I.LinkMemberInput,
    out: I.AccountOut,
    call: linkMember,
  }),
  api.delete("/{id}/member", {
    who: "admin",
    summary: "Unlink the account from its member record",
    query: VersionQuery,
    out: I.AccountOut,
    call: byVersion(unlinkMember),
  }),
  api.post("/{id}/setup-link", {
    who: "managers",
    summary: "Generate a one-time link (72 h) to set the password",
    out: I.SetupLinkOut,
    status: 201,
    run: async (ctx, { id }, c) => {
      const link = await createSetupLink(ctx, id);
      return { ...link, url: new URL(link.path, c.req.url).toString() };
    },
  }),
);
