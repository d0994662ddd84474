import { cursorPage } from "../../platform/api-fields";
import { apiOps } from "../../platform/api-routes";
import {
  AccountOut,
  CreateAccountInput,
  ListAccountsQuery,
  SetupLinkOut,
  UpdateAccountInput,
} from "./accounts.inputs";
import { createAccount, createSetupLink, getAccount, listAccounts, updateAccount } from "./accounts.service";

const api = apiOps("accounts");

/** Mounted at /api/v1/accounts. */
export const accountsApi = api.router(
  api.get("/", {
    who: "managers",
    summary: "List accounts in the actor's scope (cursor pagination by login)",
    query: ListAccountsQuery,
    out: cursorPage(AccountOut),
    problems: [400, 401, 403],
    call: listAccounts,
  }),
  api.post("/", {
    who: "managers",
    summary: "Create an account (no password yet: send a setup link)",
    body: CreateAccountInput,
    out: AccountOut,
    status: 201,
    call: createAccount,
  }),
  api.get("/{id}", {
    who: "managers",
    summary: "One account",
    out: AccountOut,
    problems: [401, 403, 404],
    call: getAccount,
  }),
  api.patch("/{id}", {
    who: "managers",
    summary: "Change name, role, unit or status; disabling ends the account's sessions",
    body: UpdateAccountInput,
    out: AccountOut,
    call: updateAccount,
  }),
  api.post("/{id}/setup-link", {
    who: "managers",
    summary: "Generate a one-time link (72 h) to set the password",
    out: SetupLinkOut,
    status: 201,
    run: async (ctx, { id }, c) => {
      const link = await createSetupLink(ctx, id);
      return { ...link, url: new URL(link.path, c.req.url).toString() };
    },
  }),
);
