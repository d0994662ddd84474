import { z } from "@hono/zod-openapi";

/** The meeting a plan's confirmation cites, as the API answers it (null when none is cited). */
export const citedMeetingOut = {
  meetingDate: z.string().nullable(),
  minutesNumber: z.string().nullable(),
};

/**
 * The cell's confirmation of a plan: by whom and the meeting it cites (the outputs add `confirmedAt`,
 * a timestamp field of the API, which the domain cannot import).
 */
export const confirmationOut = {
  confirmedByLabel: z.string().nullable(),
  ...citedMeetingOut,
};
