import { z } from "@hono/zod-openapi";
import { apiOps } from "../../platform/api-routes";
import {
  ApiKeyOut,
  CorsOriginsInput,
  CorsOriginsOut,
  CreateApiKeyInput,
  CreatedApiKeyOut,
} from "./api-keys.inputs";
import { listOrigins, setOrigins } from "./api-keys-origins.service";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.service";

const api = apiOps("api-keys");

/** Mounted at /api/v1/api-keys. Tenant admins only, signed in as a person (a key cannot manage keys). */
export const apiKeysApi = api.router(
  api.get("/", {
    who: "person-admin",
    summary: "List the tenant's API keys (never their secret)",
    out: z.object({ items: z.array(ApiKeyOut) }),
    problems: [401, 403],
    run: async (ctx) => ({ items: await listApiKeys(ctx) }),
  }),
  api.post("/", {
    who: "person-admin",
    summary: "Create an API key; the secret `key` is in this answer only",
    body: CreateApiKeyInput,
    out: CreatedApiKeyOut,
    status: 201,
    call: createApiKey,
  }),
  api.get("/origins", {
    who: "person-admin",
    summary: "The web origins allowed to call the API from a browser with a key (CORS)",
    out: CorsOriginsOut,
    problems: [401, 403],
    run: async (ctx, _input, c) => ({ origins: await listOrigins(c.env, c.get("meter"), ctx) }),
  }),
  api.put("/origins", {
    who: "person-admin",
    summary: "Replace the allowed web origins (https://host[:port], at most 20)",
    body: CorsOriginsInput,
    out: CorsOriginsOut,
    problems: [400, 401, 403, 415],
    run: async (ctx, { json }, c) => ({
      origins: await setOrigins(c.env, c.get("meter"), ctx, json.origins),
    }),
  }),
  api.delete("/{id}", {
    who: "person-admin",
    summary: "Revoke an API key at once (again: no change)",
    says: "Revoked",
    problems: [401, 403, 404, 409],
    call: revokeApiKey,
  }),
);
