import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import {
  AccountOut,
  CreateAccountInput,
  ListAccountsQuery,
  SetupLinkOut,
  UpdateAccountInput,
} from "./accounts.inputs";
import { createAccount, createSetupLink, getAccount, listAccounts, updateAccount } from "./accounts.service";

const tags = ["accounts"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);

/** Mounted at /api/v1/accounts. */
export const accountsApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary: "List accounts in the actor's scope (cursor pagination by login)",
      request: { query: ListAccountsQuery },
      responses: {
        200: jsonContent(z.object({ items: z.array(AccountOut), nextCursor: z.string().nullable() })),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await listAccounts(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: "Create an account (no password yet: send a setup link)",
      request: jsonBody(CreateAccountInput),
      responses: { 201: jsonContent(AccountOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createAccount(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      tags,
      summary: "One account",
      request: { params: IdParam },
      responses: { 200: jsonContent(AccountOut), ...problemResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getAccount(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      tags,
      summary: "Change name, role, unit or status; disabling ends the account's sessions",
      request: { params: IdParam, ...jsonBody(UpdateAccountInput) },
      responses: { 200: jsonContent(AccountOut), ...errs },
    }),
    async (c) => c.json(await updateAccount(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/setup-link",
      tags,
      summary: "Generate a one-time link (72 h) to set the password",
      request: { params: IdParam },
      responses: { 201: jsonContent(SetupLinkOut, "Created"), ...errs },
    }),
    async (c) => {
      const link = await createSetupLink(ctxOf(c), c.req.valid("param").id);
      return c.json({ ...link, url: new URL(link.path, c.req.url).toString() }, 201);
    },
  );
