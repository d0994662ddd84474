import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import { ApiKeyOut, CreateApiKeyInput, CreatedApiKeyOut } from "./api-keys.inputs";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.service";

const tags = ["api-keys"];

/** Mounted at /api/v1/api-keys. Tenant admins only, signed in as a person (a key cannot manage keys). */
export const apiKeysApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary: "List the tenant's API keys (never their secret)",
      responses: {
        200: jsonContent(z.object({ items: z.array(ApiKeyOut) })),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => c.json({ items: await listApiKeys(ctxOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: "Create an API key; the secret `key` is in this answer only",
      request: jsonBody(CreateApiKeyInput),
      responses: {
        201: jsonContent(CreatedApiKeyOut, "Created"),
        ...problemResponses(400, 401, 403, 404, 415),
      },
    }),
    async (c) => c.json(await createApiKey(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      tags,
      summary: "Revoke an API key at once",
      request: { params: IdParam },
      responses: { 204: { description: "Revoked" }, ...problemResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      await revokeApiKey(ctxOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
