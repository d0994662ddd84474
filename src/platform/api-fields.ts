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
