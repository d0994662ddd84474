import { z } from "@hono/zod-openapi";

/** The meeting a plan's confirmation cites, as the API answers it (null when none is cited). */
export const citedMeetingOut = {
  meetingDate: z.string().nullable(),
  minutesNumber: z.string().nullable(),
};

/** The cell's confirmation of a plan: when, by whom, and the meeting it cites. */
export const confirmationOut = {
  confirmedAt: z.number().nullable(),
  confirmedByLabel: z.string().nullable(),
  ...citedMeetingOut,
};
