import { z } from "@hono/zod-openapi";
import { apiOps } from "../../platform/api-routes";
import { ApiKeyOut, CreateApiKeyInput, CreatedApiKeyOut } from "./api-keys.inputs";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.service";

const api = apiOps("api-keys");

/** Mounted at /api/v1/api-keys. Tenant admins only, signed in as a person (a key cannot manage keys). */
export const apiKeysApi = api.router(
  api.get("/", {
    summary: "List the tenant's API keys (never their secret)",
    out: z.object({ items: z.array(ApiKeyOut) }),
    problems: [401, 403],
    run: async (ctx) => ({ items: await listApiKeys(ctx) }),
  }),
  api.post("/", {
    summary: "Create an API key; the secret `key` is in this answer only",
    body: CreateApiKeyInput,
    out: CreatedApiKeyOut,
    status: 201,
    call: createApiKey,
  }),
  api.delete("/{id}", {
    summary: "Revoke an API key at once (again: no change)",
    says: "Revoked",
    problems: [401, 403, 404, 409],
    call: revokeApiKey,
  }),
);
