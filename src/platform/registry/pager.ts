// Keyset pages of a registry list, newest first: the cursor is "<createdAt>.<id>" of the last row.
import { type SQL, and, desc, eq, lt, or } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { ID_PATTERN } from "../../domain/ids";

/** Rows per page, and the most rows an export holds. */
export const PAGE_SIZE = 50;
export const EXPORT_LIMIT = 20_000;

const CURSOR = new RegExp(`^(\\d{1,15})\\.(${ID_PATTERN.source.slice(1, -1)})$`);

/** The rows after `cursor` (none given: from the newest); a malformed cursor starts over. */
export function afterCursor(
  t: { createdAt: SQLiteColumn; id: SQLiteColumn },
  cursor: string | undefined,
): SQL | undefined {
  const m = cursor ? CURSOR.exec(cursor) : null;
  if (!m) return undefined;
  const at = Number(m[1]);
  return or(lt(t.createdAt, at), and(eq(t.createdAt, at), lt(t.id, m[2]!)));
}

/** Newest first, ties by id: the order the cursor follows. */
export const newestFirst = (t: { createdAt: SQLiteColumn; id: SQLiteColumn }) => [
  desc(t.createdAt),
  desc(t.id),
];

/** A page from `limit + 1` rows read: the first `limit`, and the cursor of the next page when there is one. */
export function pageOf<R, O>(
  rows: R[],
  toOut: (r: R) => O,
  key: (r: R) => { createdAt: number; id: string },
  limit = PAGE_SIZE,
): { items: O[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const k = last && key(last);
  return { items: page.map(toOut), nextCursor: rows.length > limit && k ? `${k.createdAt}.${k.id}` : null };
}
