import { z } from "@hono/zod-openapi";
import { EVENT_TYPES, type EventType } from "../../domain/events";
import { cursorPage } from "../../platform/api-fields";

const EVENT_ID = /^[0-9a-z]{20}$/;

/** `a,b,c` of known event types, or a clear 400 naming the first unknown one. */
export const EventTypeList = z
  .string()
  .max(2000)
  .transform((s, ctx) => {
    const list = [
      ...new Set(
        s
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ];
    const unknown = list.find((t) => !(EVENT_TYPES as readonly string[]).includes(t));
    if (unknown) {
      ctx.addIssue({ code: "custom", message: `Loại sự kiện không tồn tại: ${unknown}.` });
      return z.NEVER;
    }
    return list as EventType[];
  });

export const EventsQuery = z.strictObject({
  after: z
    .string()
    .regex(EVENT_ID, "Con trỏ sự kiện không hợp lệ.")
    .optional()
    .openapi({
      param: { in: "query" },
      description:
        "The `nextCursor` of the previous page (an event id); omit to start at the oldest kept event",
    }),
  types: EventTypeList.optional().openapi({
    param: { in: "query" },
    type: "string",
    description: "Comma-separated event types to keep, e.g. `plan.submitted,plan.confirmed`",
    example: "plan.submitted,plan.confirmed",
  }),
  limit: z.coerce
    .number()
    .int()
    .min(1, "Số sự kiện mỗi trang từ 1 đến 200.")
    .max(200, "Số sự kiện mỗi trang từ 1 đến 200.")
    .optional()
    .openapi({ param: { in: "query" }, description: "Events per page (default 50, at most 200)" }),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

export const EventOut = z
  .object({
    id: z.string().openapi({ description: "Unique; ids sort in the order events occurred" }),
    type: z.enum(EVENT_TYPES),
    occurredAt: z.string().openapi({ format: "date-time", example: "2026-12-03T08:15:00.000Z" }),
    unitId: z
      .string()
      .nullable()
      .openapi({ description: "The unit the change belongs to; null: tenant-wide" }),
    resource: z.object({ type: z.string(), id: z.string() }),
    data: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The resource's public fields after the change (see docs/integrations.md)" }),
  })
  .openapi("Event");
export type EventOut = z.infer<typeof EventOut>;

export const EventPageOut = cursorPage(EventOut).openapi("EventPage", {
  description:
    "`nextCursor` is where to resume (pass it as `after`); it stays behind events of the last few seconds, so a poll may return an event again: deduplicate by `id`",
});
export type EventPageOut = z.infer<typeof EventPageOut>;
