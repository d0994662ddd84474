// Roll-up counters of meetings: per unit and year, meetings held by kind and their attendance (grp
// "all"), and the praise / criticism recorded, by the member's group. Registered for the recount.
import { meetingRemarks, meetings } from "../../db/schema/tenant/meetings";
import { columnsOf, factSource } from "../../platform/counter-facts";
import { MEETING_METRICS, meetingFacts, remarkFacts } from "./meetings.rules";

export const meetingsCounterSource = factSource({
  name: "meetings",
  pathTables: ["meetings", "meeting_remarks"],
  metrics: MEETING_METRICS,
  parts: [
    {
      table: meetings,
      by: columnsOf(meetings, "unitPath", "year", "kind", "attendance", "expected"),
      facts: meetingFacts,
    },
    {
      table: meetingRemarks,
      by: columnsOf(meetingRemarks, "unitPath", "year", "kind", "grp"),
      facts: remarkFacts,
    },
  ],
});
