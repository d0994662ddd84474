import { apiOps } from "../../platform/api-routes";
import {
  CreateEndpointInput,
  CreatedEndpointOut,
  EndpointListOut,
  EndpointOut,
  RotatedSecretOut,
  UpdateEndpointInput,
} from "./webhooks.inputs";
import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listEndpoints,
  rotateEndpointSecret,
  setEndpointEnabled,
  updateEndpoint,
  webhookEnv,
} from "./webhooks.service";

const api = apiOps("webhooks");
const ADMIN_WRITE = [401, 403, 404, 409, 415];

/** Mounted at /api/v1/webhook-endpoints. Tenant admins signed in as a person (a key cannot manage them). */
export const webhooksApi = api.router(
  api.get("/", {
    who: "person-admin",
    summary: "List the tenant's webhook endpoints (never their secret)",
    out: EndpointListOut,
    problems: [401, 403],
    run: async (ctx) => ({ items: await listEndpoints(ctx) }),
  }),
  api.post("/", {
    who: "person-admin",
    summary: "Register an endpoint; the signing `secret` (whsec_…) is in this answer only",
    description:
      "`url` must be https on a public host (private, loopback and link-local addresses are refused). Deliveries are signed as Standard Webhooks; see docs/integrations.md.",
    body: CreateEndpointInput,
    out: CreatedEndpointOut,
    status: 201,
    problems: [400, 401, 403, 409, 415],
    run: (ctx, { json }, c) => createEndpoint(ctx, json, webhookEnv(c.env)),
  }),
  api.get("/{id}", {
    who: "person-admin",
    summary: "One webhook endpoint",
    out: EndpointOut,
    call: getEndpoint,
  }),
  api.patch("/{id}", {
    who: "person-admin",
    summary: "Change the URL, event types or description (at the version read)",
    body: UpdateEndpointInput,
    out: EndpointOut,
    run: (ctx, { id, json }, c) => updateEndpoint(ctx, id, json, webhookEnv(c.env)),
  }),
  api.post("/{id}/disable", {
    who: "person-admin",
    summary: "Stop sending to the endpoint (again: no change)",
    out: EndpointOut,
    problems: ADMIN_WRITE,
    run: (ctx, { id }) => setEndpointEnabled(ctx, id, false),
  }),
  api.post("/{id}/enable", {
    who: "person-admin",
    summary: "Resume sending to the endpoint, also after it was disabled for failing",
    out: EndpointOut,
    problems: ADMIN_WRITE,
    run: (ctx, { id }) => setEndpointEnabled(ctx, id, true),
  }),
  api.post("/{id}/rotate-secret", {
    who: "person-admin",
    summary: "A new signing secret; the previous one keeps signing beside it for 24 hours",
    out: RotatedSecretOut,
    problems: ADMIN_WRITE,
    run: (ctx, { id }, c) => rotateEndpointSecret(ctx, id, webhookEnv(c.env)),
  }),
  api.delete("/{id}", {
    who: "person-admin",
    summary: "Delete the endpoint and its delivery log",
    problems: ADMIN_WRITE,
    call: deleteEndpoint,
  }),
);
