// What a feature writes to import a spreadsheet: its columns, how a row becomes a typed row or
// row errors, the database checks of the good rows and the statements that write a chunk of them.
// The pipeline (jobs.ts, run.ts) does the rest: upload, queue, preview, commit, cancel, error file.
import type { BatchItem } from "drizzle-orm/batch";
import type { importJobs } from "../../db/schema/tenant/imports";
import type { Ctx, Role } from "../context";
import type { ServiceError } from "../errors";
import type { JobMessage } from "../queue";
import type { CellValue, FileRow } from "./files";

export type ImportJobRow = typeof importJobs.$inferSelect;

/** The bindings an import works with: the file store and the JOBS queue. */
export interface ImportDeps {
  files: R2Bucket;
  queue: Queue<JobMessage>;
}

export interface RowError {
  /** The column header the error is about, when it is about one. */
  column?: string;
  message: string;
}

/** A rejected row: where, whom it names, why, and its cells in template order (for the error file). */
export interface RejectedRow {
  row: number;
  key: string;
  name: string;
  errors: RowError[];
  values: string[];
}
export type PreviewRow = Omit<RejectedRow, "values">;

/** A good row as stored in a chunk: the feature's row and its row number. */
export type Stored<Row> = Row & { r: number };

/** One data row as the feature reads it; `ok` is set when `errors` is empty. */
export interface ParsedRow<Row> {
  ok?: Row;
  /** Whom the row names in the preview: a card number and a name, a unit code and a title. */
  key: string;
  name: string;
  errors: RowError[];
  /** A value no two rows may share (the card number): every row that repeats it is rejected. */
  unique?: string;
}

export interface HeaderSpec<H> {
  /** The header read from a row, or null when the row is not one (the first ten non-blank rows are tried). */
  map(cells: readonly CellValue[]): H | null;
  /** Problems that reject the whole file (a required column missing). */
  problems(h: H): string[];
  /** The column indexes the header maps: a row blank in all of them is skipped. */
  mapped(h: H): number[];
  /** The fields found (the job's `columns`). */
  fields(h: H): string[];
  /** A notice shown with the preview (columns left out), or null. */
  notice(h: H): string | null;
  /** The failure when no row looks like a header. */
  missing: string;
}

export interface ImportLimits {
  /** Commits of up to this many chunks run inside the commit request; longer ones on the queue. */
  commitChunks: number;
  /** Good rows per chunk: each chunk is written in one atomic batch. */
  chunkRows: number;
  /** Largest upload (413 above), when lower than the request body limit. */
  maxBytes?: number;
  /** Most rows a file may have (the header included). */
  maxRows?: number;
}

/**
 * What a chunk's commit writes; `counts` (rows done, of them already there, rows changed) when the
 * statements do not count progress themselves; `audit` joins the chunk's audit row.
 */
export interface ChunkWrite {
  statements: BatchItem<"sqlite">[];
  counts?: { done: number; existing: number; changed: number };
  audit?: Record<string, unknown>;
}

/** A feature's importer: configured once, run by the pipeline. */
export interface ImportSpec<Row = unknown, H = unknown, Prep = unknown, State = unknown> {
  /** The job kind (queue messages and import_jobs.kind), e.g. "members.import". */
  kind: string;
  /** Audit action prefix and entity type, e.g. "member_import". */
  audit: string;
  /** R2 folder of the jobs' files. */
  filePrefix: string;
  /** The name given to an upload without one. */
  fallbackName: string;
  /** Who may import (each sees their own jobs; an admin sees all). */
  roles: readonly Role[];
  limits: ImportLimits;
  /** A CSV that is not UTF-8 fails the file (otherwise rows report the broken characters). */
  strictUtf8?: boolean;
  /** The message when a file has more than limits.maxRows rows. */
  tooManyRows?: string;
  header: HeaderSpec<H>;
  /** What parsing needs from the database (the tenant's units …), read once per parse. */
  prepare(ctx: Ctx): Promise<Prep>;
  parseRow(row: FileRow, h: H, prep: Prep): ParsedRow<Row>;
  /** A value no two rows may share: how a stored row gives it, and the message on rows that repeat it. */
  unique?: { of(row: Row): string; message(value: string, otherRows: number[]): string };
  /** Checks of the good rows of a chunk against the database: errors by row number. */
  check?(ctx: Ctx, rows: Stored<Row>[]): Promise<Map<number, RowError[]>>;
  /** Whom a good row names (key and name), for a row that a later check rejects. */
  describe(row: Row): { key: string; name: string };
  /** A rejected row's cells in template order, from the file or from its parsed row. */
  cellValues(cells: readonly CellValue[], h: H): string[];
  rowValues(row: Row, prep: Prep): string[];
  /** The data columns of the error file (after the row number, before the reasons). */
  errorColumns: { header: string; width?: number }[];
  /** The field error of an upload without a file. */
  noFile: string;
  /**
   * The start of a commit: `reads` join the job's read batch, `start` checks them (throws to
   * refuse) and returns the state every chunk is written with.
   */
  commit?: {
    reads(ctx: Ctx): BatchItem<"sqlite">[];
    start(ctx: Ctx, job: ImportJobRow, results: unknown[], deps: ImportDeps): Promise<State>;
  };
  /** The statements of one chunk (run in one atomic batch with the progress and the audit). */
  writeChunk(ctx: Ctx, rows: Stored<Row>[], job: ImportJobRow, state: State): Promise<ChunkWrite>;
  /** UNIQUE violations of a chunk's batch, by the columns named in the error. */
  uniques?: Record<string, ServiceError>;
  /**
   * The job's failure when a chunk's batch conflicts while the job still waits on that chunk
   * (null: another delivery wrote it).
   */
  chunkConflict?(ctx: Ctx, job: ImportJobRow, error: ServiceError): string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of importers of different row types
export type AnyImportSpec = ImportSpec<any, any, any, any>;
