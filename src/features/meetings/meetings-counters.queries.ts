// Roll-up counters of meetings: per unit and year, meetings held by kind (grp "all") and the
// praise / criticism recorded, by the member's group. Registered for the recount.
import { meetingRemarks, meetings } from "../../db/schema/tenant/meetings";
import { factSource } from "../../platform/counter-facts";
import { MEETING_METRICS, meetingFacts, remarkFacts } from "./meetings.rules";

export const meetingsCounterSource = factSource({
  name: "meetings",
  pathTables: ["meetings", "meeting_remarks"],
  metrics: MEETING_METRICS,
  parts: [
    {
      table: meetings,
      by: { unitPath: meetings.unitPath, year: meetings.year, kind: meetings.kind },
      facts: meetingFacts,
    },
    {
      table: meetingRemarks,
      by: {
        unitPath: meetingRemarks.unitPath,
        year: meetingRemarks.year,
        kind: meetingRemarks.kind,
        grp: meetingRemarks.grp,
      },
      facts: remarkFacts,
    },
  ],
});
