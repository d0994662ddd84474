// The notebook's roll-up counters, rebuilt from raw rows for the recount: submitted entries per
// kind, the late ones and the compliant members (annual review in), by the writer's group.
import { and, eq, sql } from "drizzle-orm";
import { notebookEntries } from "../../db/schema/tenant/notebook";
import type { CounterSource } from "../../platform/counters";
import { NOTEBOOK_METRICS, entryFacts } from "./notebook.rules";

export const notebookCounterSource: CounterSource = {
  name: "notebook",
  pathTables: ["notebook_entries"],
  metrics: NOTEBOOK_METRICS,
  query: async (db, tenantId) => {
    const rows = await db
      .select({
        unitPath: notebookEntries.unitPath,
        year: notebookEntries.year,
        kind: notebookEntries.kind,
        grp: notebookEntries.grp,
        timing: notebookEntries.timing,
        n: sql<number>`count(*)`,
      })
      .from(notebookEntries)
      .where(and(eq(notebookEntries.tenantId, tenantId), eq(notebookEntries.status, "submitted")))
      .groupBy(
        notebookEntries.unitPath,
        notebookEntries.year,
        notebookEntries.kind,
        notebookEntries.grp,
        notebookEntries.timing,
      );
    return rows.flatMap((r) =>
      entryFacts({ ...r, status: "submitted" }).map((f) => ({
        unitPath: f.unitPath,
        year: f.year,
        metric: f.metric,
        grp: f.grp,
        value: r.n,
      })),
    );
  },
};
