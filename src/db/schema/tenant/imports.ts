import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenantRow, versioned } from "../../columns";

/** An import's file, status, preview and progress (shared with the former member_imports). */
export const importProgressColumns = () => ({
  fileName: text("file_name").notNull(),
  fileKind: text("file_kind").notNull(),
  fileSize: integer("file_size").notNull(),
  /** parsing → ready → committing → done; failed / cancelled. */
  status: text("status").notNull(),
  message: text("message"),
  columnsJson: text("columns_json").notNull().default("[]"),
  rowsTotal: integer("rows_total").notNull().default(0),
  rowsValid: integer("rows_valid").notNull().default(0),
  rowsInvalid: integer("rows_invalid").notNull().default(0),
  errorsPreviewJson: text("errors_preview_json").notNull().default("[]"),
  errorChunks: integer("error_chunks").notNull().default(0),
  chunksTotal: integer("chunks_total").notNull().default(0),
  chunksDone: integer("chunks_done").notNull().default(0),
  rowsDone: integer("rows_done").notNull().default(0),
  rowsExisting: integer("rows_existing").notNull().default(0),
  rowsChanged: integer("rows_changed").notNull().default(0),
});

/**
 * Spreadsheet imports of every kind (roster, models, commendations): upload → parse on the queue
 * (preview) → commit chunk by chunk. `kind` names the feature's importer; the file, its parsed
 * chunks and its rejected rows live in R2 under the job's prefix until the job ends.
 */
export const importJobs = sqliteTable(
  "import_jobs",
  {
    ...tenantRow(),
    kind: text("kind").notNull(),
    /** The account that uploaded: the queue acts as this account (with its role and scope of today). */
    createdBy: text("created_by").notNull(),
    ...importProgressColumns(),
    /** What the importer fixed when the commit started (the roster's group rules), as JSON. */
    stateJson: text("state_json"),
    ...versioned(),
    committedAt: integer("committed_at"),
    finishedAt: integer("finished_at"),
  },
  (t) => [index("import_jobs_tenant_kind_created_idx").on(t.tenantId, t.kind, t.createdAt)],
);
