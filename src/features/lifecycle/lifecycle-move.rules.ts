import type { Job } from "./lifecycle.rules";

import type { TableInfo } from "./lifecycle-tables.queries";

export interface MoveParams {
  from: string;
  to: string;
  /** How long after the switch the source rows stay (registry caches expire within 30 s). */
  drainMs: number;
  slug: string;
}

export type Phase = "prepare" | "clear" | "copy" | "verify" | "switch" | "mark" | "cleanup" | "abort";
export interface Cursor {
  phase: Phase;
  tables: TableInfo[];
  t: number;
  after: number;
  /** Re-copy of one table after a failed check: clear and copy only tables[t], then verify it. */
  single?: boolean;
  side?: "src" | "dst";
  n?: number;
  sum?: number;
  srcN?: number;
  srcSum?: number;
  retries?: Record<string, number>;
  /** Tables that may still hold rows to delete (clear, cleanup, abort). */
  pending?: string[];
  switchedAt?: number;
  reason?: string;
  checked?: Record<string, { rows: number; checksum: number }>;
}

export const COPY_CHUNK = 400;
export const VERIFY_CHUNK = 1000;
export const DELETE_CHUNK = 500;
export const MAX_RETRIES = 2;

export interface StepOut {
  job: Job;
  /** The step already persisted the job (in its own batch). */
  saved?: boolean;
  /** Nothing to do before this time. */
  waitUntil?: number;
}

/** Delete order: children (later tables) first, tenant_state last. */
export const childrenFirst = (tables: TableInfo[]) =>
  [...tables].reverse().sort((a, b) => Number(a.name === "tenant_state") - Number(b.name === "tenant_state"));

/** The job with its cursor (and other fields) updated. */
export function at(job: Job, cursor: Partial<Cursor>, extra: Partial<Job> = {}): Job {
  return { ...job, ...extra, cursor: { ...(job.cursor as unknown as Cursor), ...cursor } };
}
