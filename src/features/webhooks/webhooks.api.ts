import { z } from "@hono/zod-openapi";
import { Id } from "../../domain";
import { apiOps } from "../../platform/api-routes";
import { listDeliveries } from "./webhooks-attempt.service";
import {
  DELIVERY_ID,
  DeliveriesQuery,
  DeliveryOut,
  DeliveryPageOut,
  ReplayRangeInput,
  ReplayedOut,
} from "./webhooks-deliveries.inputs";
import { replayDelivery, replayRange } from "./webhooks-dispatch.service";
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

const DeliveryParams = z.object({
  id: Id.openapi({ param: { name: "id", in: "path" } }),
  deliveryId: z
    .string()
    .regex(DELIVERY_ID, "Mã lần gửi không hợp lệ.")
    .openapi({
      param: { name: "deliveryId", in: "path" },
      description: "A delivery of the endpoint (its log shows the ids)",
      example: "01m8y917hh9r01ydwk3z",
    }),
});
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
  api.get("/{id}/deliveries", {
    who: "person-admin",
    summary:
      "The endpoint's delivery log: each delivery with every attempt (status, latency, answer), newest first",
    query: DeliveriesQuery,
    out: DeliveryPageOut,
    call: listDeliveries,
  }),
  api.post("/{id}/deliveries/{deliveryId}/replay", {
    who: "person-admin",
    summary: "Send one delivery's event again (a new delivery, same `webhook-id`)",
    params: DeliveryParams,
    out: DeliveryOut,
    status: 202,
    says: "Queued",
    problems: ADMIN_WRITE,
    run: (ctx, { id, deliveryId }, c) => replayDelivery(ctx, id, deliveryId, c.env.JOBS),
  }),
  api.post("/{id}/replay", {
    who: "person-admin",
    summary: "Send again every kept event (30 days) of a time range the endpoint takes, at most 1,000",
    body: ReplayRangeInput,
    out: ReplayedOut,
    status: 202,
    says: "Queued",
    problems: [400, ...ADMIN_WRITE],
    run: (ctx, { id, json }, c) => replayRange(ctx, id, json, c.env.JOBS),
  }),
  api.delete("/{id}", {
    who: "person-admin",
    summary: "Delete the endpoint and its delivery log",
    problems: ADMIN_WRITE,
    call: deleteEndpoint,
  }),
);
