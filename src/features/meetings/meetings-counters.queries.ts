// Roll-up counters of meetings: per unit and year, meetings held by kind (grp "all") and the
// praise / criticism recorded, by the member's group. Registered for the recount.
import { eq, sql } from "drizzle-orm";
import { meetingRemarks, meetings } from "../../db/schema/tenant/meetings";
import type { CounterSource } from "../../platform/counters";
import { type Fact, groupOf } from "../notebook";

export const MEETING_METRICS = [
  "meetings.regular",
  "meetings.thematic",
  "meetings.praise",
  "meetings.criticism",
];

export function meetingFacts(m: { unitPath: string; year: number; kind: string }): Fact[] {
  return [{ unitPath: m.unitPath, year: m.year, metric: `meetings.${m.kind}`, grp: "all", n: 1 }];
}

export function remarkFacts(r: { unitPath: string; year: number; kind: string; grp: string }): Fact[] {
  return [{ unitPath: r.unitPath, year: r.year, metric: `meetings.${r.kind}`, grp: groupOf(r.grp), n: 1 }];
}

export const meetingsCounterSource: CounterSource = {
  name: "meetings",
  pathTables: ["meetings", "meeting_remarks"],
  metrics: MEETING_METRICS,
  query: async (db, tenantId) => {
    const [held, remarks] = await db.batch([
      db
        .select({
          unitPath: meetings.unitPath,
          year: meetings.year,
          kind: meetings.kind,
          value: sql<number>`count(*)`,
        })
        .from(meetings)
        .where(eq(meetings.tenantId, tenantId))
        .groupBy(meetings.unitPath, meetings.year, meetings.kind),
      db
        .select({
          unitPath: meetingRemarks.unitPath,
          year: meetingRemarks.year,
          kind: meetingRemarks.kind,
          grp: meetingRemarks.grp,
          value: sql<number>`count(*)`,
        })
        .from(meetingRemarks)
        .where(eq(meetingRemarks.tenantId, tenantId))
        .groupBy(meetingRemarks.unitPath, meetingRemarks.year, meetingRemarks.kind, meetingRemarks.grp),
    ]);
    return [
      ...held.map((r) => ({
        unitPath: r.unitPath,
        year: r.year,
        metric: `meetings.${r.kind}`,
        grp: "all",
        value: r.value,
      })),
      ...remarks.map((r) => ({
        unitPath: r.unitPath,
        year: r.year,
        metric: `meetings.${r.kind}`,
        grp: groupOf(r.grp),
        value: r.value,
      })),
    ];
  },
};
