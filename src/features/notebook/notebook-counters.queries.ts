// The notebook's roll-up counters, rebuilt from raw rows for the recount: submitted entries per
// kind, the late ones and the compliant members (annual review in), by the writer's group.
import { eq } from "drizzle-orm";
import { notebookEntries } from "../../db/schema/tenant/notebook";
import { columnsOf, factSource } from "../../platform/counter-facts";
import { NOTEBOOK_METRICS, entryFacts } from "./notebook.rules";

type EntryRow = typeof notebookEntries.$inferSelect;

export const notebookCounterSource = factSource({
  name: "notebook",
  pathTables: ["notebook_entries"],
  metrics: NOTEBOOK_METRICS,
  parts: [
    {
      table: notebookEntries,
      by: columnsOf(notebookEntries, "unitPath", "year", "kind", "grp", "timing"),
      where: eq(notebookEntries.status, "submitted"),
      facts: (r: Pick<EntryRow, "unitPath" | "year" | "kind" | "grp" | "timing">) =>
        entryFacts({ ...r, status: "submitted" }),
    },
  ],
});
