// Zod building blocks that several features' inputs share.
import { z } from "@hono/zod-openapi";
import { GROUPS } from "../domain/groups";
import { vnToday } from "../domain/time";
import { parseViDate } from "../lib/sheets";

export interface ViDateOptions {
  /** The message for a text that is no date (and, without `message`, for one out of range). */
  invalid: string;
  /** The message for a value that is not a string (zod's own when none). */
  error?: string;
  /** The dates accepted, YYYY-MM-DD; "today" is Vietnam's today. */
  from?: string;
  to?: string | "today";
  /** The message for a date outside from–to. */
  message?: string;
  example: string;
}

/** A calendar date typed dd/mm/yyyy or YYYY-MM-DD (date inputs), stored as YYYY-MM-DD. */
export function viDate(o: ViDateOptions) {
  return z
    .string(o.error ? { error: o.error } : undefined)
    .transform((s, ctx) => {
      const iso = parseViDate(s);
      const to = o.to === "today" ? vnToday(Date.now()) : o.to;
      const outside = !!iso && ((o.from !== undefined && iso < o.from) || (to !== undefined && iso > to));
      if (!iso || outside) {
        const message = iso && o.message ? o.message : o.invalid;
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return iso;
    })
    .openapi({ type: "string", example: o.example });
}

/** A unit as a list names it. */
export const UnitBrief = z.object({ id: z.string(), name: z.string(), kind: z.string() });

/** A page of a list: `head` (what the list is of), its `items`, and where the next page starts (null: none). */
export function cursorPage<T extends z.ZodType, H extends z.ZodRawShape = Record<never, never>>(
  items: T,
  head?: H,
) {
  return z.object({ ...(head as H), items: z.array(items), nextCursor: z.string().nullable() });
}

/** The member a view is about: who, in which unit, in which group. */
export const memberBrief = {
  id: z.string(),
  fullName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  group: z.enum(GROUPS),
};

const STAMP_EXAMPLE = "2026-12-03T08:30:00.000Z";
/** The schemas `timestamp()` made: the API edge (`wireOf`) writes their values as RFC 3339. */
export const TIMESTAMPS = new WeakSet<z.ZodType>();

/**
 * An instant in a response: services and pages keep epoch milliseconds, the API writes RFC 3339 (UTC).
 * Give the description here: `.openapi()` on the result would make a schema the edge does not know.
 */
export function timestamp(description?: string) {
  const s = z.number().openapi({ type: "string", format: "date-time", example: STAMP_EXAMPLE, description });
  TIMESTAMPS.add(s);
  return s;
}

/** `timestamp()` that may be null (not happened yet). */
export function timestampOrNull(description?: string) {
  const s = z
    .number()
    .nullable()
    .openapi({ type: ["string", "null"], format: "date-time", example: STAMP_EXAMPLE, description });
  TIMESTAMPS.add(s);
  return s;
}

/** Epoch milliseconds as RFC 3339 in UTC (`2026-12-03T08:30:00.000Z`). */
export const isoTime = (ms: number) => new Date(ms).toISOString();
/** `isoTime` of an instant that may not have happened (null stays null). */
export const isoTimeOrNull = (ms: number | null) => (ms === null ? null : isoTime(ms));

/**
 * An instant the API takes: RFC 3339 with its zone (`2026-12-03T08:30:00Z`, `…T15:30:00+07:00`), handed
 * to the service as epoch milliseconds. `message` says, in Vietnamese, what is wrong with another text.
 */
export function timestampInput(message: string) {
  // Not a string schema: a number would be an `invalid_type` issue, which the API reads as "missing".
  return z
    .unknown()
    .transform((v, ctx) => {
      if (!RFC3339.safeParse(v).success) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return Date.parse(v as string);
    })
    .openapi({ type: "string", format: "date-time", example: STAMP_EXAMPLE });
}
const RFC3339 = z.iso.datetime({ offset: true });
