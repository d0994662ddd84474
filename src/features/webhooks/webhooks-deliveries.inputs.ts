import { z } from "@hono/zod-openapi";

const time = z.string().openapi({ format: "date-time", example: "2026-12-03T08:15:00.000Z" });

export const AttemptOut = z
  .object({
    at: time,
    statusCode: z.number().nullable().openapi({ description: "The receiver's HTTP status; null: no answer" }),
    latencyMs: z.number(),
    responseExcerpt: z.string().openapi({ description: "The first 500 characters of the answer" }),
    error: z.string().nullable().openapi({ description: "Why there was no answer (timeout, connection)" }),
  })
  .openapi("WebhookAttempt");
export type AttemptOut = z.infer<typeof AttemptOut>;

/** A delivery's id: its time-sorted id (20 characters); any 16–20 base32 characters are looked up. */
export const DELIVERY_ID = /^[0-9a-z]{16,20}$/;

export const DELIVERY_STATUSES = ["pending", "succeeded", "failed", "cancelled"] as const;

export const DeliveryOut = z
  .object({
    id: z.string(),
    eventId: z
      .string()
      .openapi({ description: "Also the `webhook-id` header: the same on retries and replays" }),
    eventType: z.string(),
    status: z.enum(DELIVERY_STATUSES).openapi({
      description: "`pending`: a try is due; `failed`: every try failed; `cancelled`: the endpoint was off",
    }),
    attempts: z.number(),
    nextAttemptAt: time.nullable(),
    lastStatusCode: z.number().nullable(),
    replayOf: z.string().nullable(),
    createdAt: time,
    log: z.array(AttemptOut).openapi({ description: "Every attempt, oldest first" }),
  })
  .openapi("WebhookDelivery");
export type DeliveryOut = z.infer<typeof DeliveryOut>;

export const DeliveriesQuery = z.strictObject({
  before: z
    .string()
    .regex(DELIVERY_ID, "Con trỏ trang không hợp lệ.")
    .optional()
    .openapi({ param: { in: "query" }, description: "The `nextCursor` of the previous page" }),
});
export type DeliveriesQuery = z.infer<typeof DeliveriesQuery>;

export const DeliveryPageOut = z
  .object({ items: z.array(DeliveryOut), nextCursor: z.string().nullable() })
  .openapi("WebhookDeliveryPage");
export type DeliveryPageOut = z.infer<typeof DeliveryPageOut>;

export const ReplayRangeInput = z
  .strictObject({
    from: z.iso.datetime({ offset: true, error: "Thời điểm bắt đầu không hợp lệ (RFC 3339)." }),
    to: z.iso.datetime({ offset: true, error: "Thời điểm kết thúc không hợp lệ (RFC 3339)." }),
  })
  .openapi("WebhookReplayRangeInput");
export type ReplayRangeInput = z.infer<typeof ReplayRangeInput>;

export const ReplayedOut = z
  .object({ queued: z.number().openapi({ description: "Deliveries queued (one per event in the range)" }) })
  .openapi("WebhookReplayed");
export type ReplayedOut = z.infer<typeof ReplayedOut>;
