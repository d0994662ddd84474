// The notebook's roll-up counters, rebuilt from raw rows for the recount: submitted entries per
// kind, the late ones and the compliant members (annual review in), by the writer's group.
import { notebookEntries } from "../../db/schema/tenant/notebook";
import { statusFactSource } from "../../platform/status-facts";
import { NOTEBOOK_METRICS, entryFacts } from "./notebook.rules";

export const notebookCounterSource = statusFactSource({
  name: "notebook",
  metrics: NOTEBOOK_METRICS,
  table: notebookEntries,
  status: "submitted",
  by: ["unitPath", "year", "kind", "grp", "timing"],
  facts: entryFacts,
});
