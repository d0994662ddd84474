/** The copy and verify phases of a move: chunks by rowid, then count + checksum per table. */
import type { Job } from "./lifecycle.rules";
import { dataDb, type OpCtx } from "../../platform/control-plane";

import {
  COPY_CHUNK,
  type Cursor,
  MAX_RETRIES,
  type MoveParams,
  type StepOut,
  VERIFY_CHUNK,
  at,
} from "./lifecycle-move.rules";
import { checksum, insertStmts, readChunk } from "./lifecycle-tables.queries";

export async function copy(o: OpCtx, job: Job, p: MoveParams, c: Cursor): Promise<StepOut> {
  const table = c.tables[c.t];
  if (!table)
    return { job: at(job, { phase: "verify", t: 0, side: "src", after: 0, n: 0, sum: 0 }, { done: 0 }) };
  const { rows, lastRowid } = await readChunk(dataDb(o, p.from), table, job.tenantId, c.after, COPY_CHUNK);
  const dst = dataDb(o, p.to);
  const stmts = insertStmts(dst, table, rows);
  // Deferred foreign keys: a chunk may hold a child before its parent (same table).
  if (stmts.length) await dst.batch([dst.prepare("PRAGMA defer_foreign_keys = on"), ...stmts]);
  const done = job.done + rows.length;
  if (rows.length === COPY_CHUNK) return { job: at(job, { after: lastRowid }, { done }) };
  if (c.single)
    return {
      job: at(job, { phase: "verify", side: "src", after: 0, n: 0, sum: 0, single: false }, { done }),
    };
  return { job: at(job, { t: c.t + 1, after: 0 }, { done }) };
}

export async function verify(o: OpCtx, job: Job, p: MoveParams, c: Cursor): Promise<StepOut> {
  const table = c.tables[c.t];
  if (!table) return { job: at(job, { phase: "switch" }) };
  const side = c.side ?? "src";
  const db = dataDb(o, side === "src" ? p.from : p.to);
  const { rows, lastRowid } = await readChunk(db, table, job.tenantId, c.after, VERIFY_CHUNK);
  const n = (c.n ?? 0) + rows.length;
  const sum = checksum(rows, c.sum ?? 0);
  const done = side === "src" ? job.done + rows.length : job.done;
  if (rows.length === VERIFY_CHUNK) return { job: at(job, { after: lastRowid, n, sum }, { done }) };
  if (side === "src")
    return { job: at(job, { side: "dst", after: 0, n: 0, sum: 0, srcN: n, srcSum: sum }, { done }) };
  if (n === c.srcN && sum === c.srcSum) {
    const checked = { ...(c.checked ?? {}), [table.name]: { rows: n, checksum: sum } };
    return { job: at(job, { t: c.t + 1, side: "src", after: 0, n: 0, sum: 0, checked }, { done }) };
  }
  const tries = (c.retries?.[table.name] ?? 0) + 1;
  if (tries > MAX_RETRIES)
    return {
      job: at(job, {
        phase: "abort",
        after: 0,
        pending: undefined,
        reason: `Bảng ${table.name}: nguồn ${c.srcN} dòng, đích ${n} dòng, tổng kiểm không khớp.`,
      }),
    };
  // Something wrote to the source during the copy (or a row clashed): copy this table again.
  return {
    job: at(job, {
      phase: "clear",
      single: true,
      pending: undefined,
      retries: { ...c.retries, [table.name]: tries },
    }),
  };
}

/**
 * Small tables go several to a step (one progress save for all): the step continues while it
 * stays in the same phase at a table boundary, up to a bounded number of round trips.
 */
export async function several(job: Job, one: (j: Job) => Promise<StepOut>, max = 16): Promise<StepOut> {
  const phase = (job.cursor as unknown as Cursor).phase;
  let out = await one(job);
  for (let i = 1; i < max; i++) {
    const c = out.job.cursor as unknown as Cursor;
    if (out.saved || out.waitUntil || c.phase !== phase || c.after !== 0 || c.single) break;
    out = await one(out.job);
  }
  return out;
}
