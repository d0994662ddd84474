import { type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "./db";
import { ServiceError } from "./errors";

/**
 * A batch statement that aborts the whole batch when the previous statement changed no
 * row: a conditional `WHERE version = ?` that lost a race rolls back everything with it.
 */
export function guardChanged(db: Db) {
  return db.run(sql`SELECT CASE WHEN changes() = 0 THEN json('stale_write') END`);
}

/**
 * A batch statement that aborts the whole batch unless the previous statement changed exactly `n` rows: a
 * dispatcher that marks a round of rows taken loses to a racing one rather than sending them twice.
 */
export function guardChangedExactly(db: Db, n: number) {
  // Raw statements in a batch cannot take bound parameters: the count is a trusted integer.
  return db.run(sql.raw(`SELECT CASE WHEN changes() <> ${Math.trunc(n)} THEN json('stale_write') END`));
}

const STALE = "Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.";

/** Runs one atomic write batch; maps the guard and UNIQUE violations to ServiceErrors. */
export async function writeBatch(
  db: Db,
  stmts: BatchItem<"sqlite">[],
  unique?: Record<string, ServiceError>,
): Promise<void> {
  if (stmts.length === 0) return;
  try {
    await db.batch(stmts as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  } catch (err) {
    const text = errorText(err);
    if (text.includes("malformed JSON")) throw new ServiceError("conflict", STALE);
    if (text.includes("UNIQUE constraint failed") && unique) {
      for (const [cols, e] of Object.entries(unique)) if (text.includes(cols)) throw e;
    }
    throw err;
  }
}

function errorText(err: unknown): string {
  let out = "";
  let e: unknown = err;
  for (let i = 0; e && i < 5; i++) {
    out += ` ${String((e as Error).message ?? e)}`;
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}

/**
 * A raw SQL statement with bound parameters for db.batch(). drizzle's `db.run(sql)` works in
 * a batch only without parameters (its batch path then has no prepared statement to bind).
 */
export function batchStatement(db: Db, query: SQL): BatchItem<"sqlite"> {
  const raw = db.run(query);
  const built = raw.getQuery();
  const prepared = {
    stmt: (db as Db & { $client: D1Database }).$client.prepare(built.sql),
    getQuery: () => built,
    mapResult: (r: unknown) => r,
  };
  return Object.assign(raw, { _prepare: () => prepared }) as unknown as BatchItem<"sqlite">;
}
