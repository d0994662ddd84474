import { z } from "@hono/zod-openapi";
import { EVENT_TYPES } from "../../domain/events";

const url = z
  .string()
  .trim()
  .min(1, "Nhập địa chỉ nhận webhook.")
  .max(500, "Địa chỉ tối đa 500 ký tự.")
  .openapi({
    description: "https:// address that receives the POSTs",
    example: "https://nhan.example.vn/webhooks",
  });
const eventTypes = z
  .array(z.enum(EVENT_TYPES, { error: "Loại sự kiện không tồn tại." }))
  .max(EVENT_TYPES.length)
  .openapi({ description: "The event types to send; empty or omitted: every type" });
const description = z.string().trim().max(200, "Mô tả tối đa 200 ký tự.");

const fields = { url, eventTypes: eventTypes.optional(), description: description.optional() };
export const CreateEndpointInput = z.strictObject(fields).openapi("CreateWebhookEndpointInput");
export type CreateEndpointInput = z.infer<typeof CreateEndpointInput>;

const version = z.number().int().positive().openapi({ description: "The version read: a stale one is 409" });
export const UpdateEndpointInput = z
  .strictObject({ ...fields, url: url.optional(), version })
  .openapi("UpdateWebhookEndpointInput");
export type UpdateEndpointInput = z.infer<typeof UpdateEndpointInput>;

const time = z.string().openapi({ format: "date-time", example: "2026-12-03T08:15:00.000Z" });

export const EndpointOut = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(z.enum(EVENT_TYPES)).openapi({ description: "Empty: every type" }),
    status: z.enum(["active", "disabled"]),
    disabledReason: z
      .enum(["manual", "failing"])
      .nullable()
      .openapi({ description: "`failing`: every delivery failed for 5 days" }),
    failingSince: time.nullable().openapi({ description: "First failed attempt since the last success" }),
    previousSecretValidUntil: time
      .nullable()
      .openapi({ description: "After a rotation: the old secret's end" }),
    version: z.number(),
    createdAt: time,
    updatedAt: time,
  })
  .openapi("WebhookEndpoint");
export type EndpointOut = z.infer<typeof EndpointOut>;

export const EndpointListOut = z.object({ items: z.array(EndpointOut) }).openapi("WebhookEndpointList");

export const CreatedEndpointOut = EndpointOut.extend({
  secret: z.string().openapi({ description: "The signing secret (`whsec_…`), shown only in this answer" }),
}).openapi("CreatedWebhookEndpoint");
export type CreatedEndpointOut = z.infer<typeof CreatedEndpointOut>;

export const RotatedSecretOut = z
  .object({
    secret: z.string().openapi({ description: "The new signing secret, shown only in this answer" }),
    previousSecretValidUntil: time,
  })
  .openapi("RotatedWebhookSecret");
export type RotatedSecretOut = z.infer<typeof RotatedSecretOut>;
