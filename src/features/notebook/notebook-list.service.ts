// The notebook entries of a unit's subtree across members, for integrators: by (updatedAt, id) with a
// cursor, optionally only those changed since an instant (`updatedSince`). One round trip.
import { asc, sql } from "drizzle-orm";
import { notebookEntries } from "../../db/schema/tenant/notebook";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { SINCE, decodeListCursor, encodeCursor } from "../../platform/params";
import { inSubtreeOf, unitPathOf } from "../../platform/lookups";
import { matching } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { focusUnit } from "../orgs";
import { entryVisibility, notebookReach, toEntryOut } from "./notebook.queries";
import type { ListEntriesQuery } from "./notebook.inputs";
import type { EntryPageOut } from "./notebook.outputs";

/** Entries the actor may read in the unit's subtree (default: all they reach), oldest change first. */
export async function listEntries(ctx: Ctx, q: ListEntriesQuery): Promise<EntryPageOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const limit = q.limit ?? 50;
  const after = decodeListCursor(q.cursor, true);
  const focus = focusUnit(ctx, q.unitId);
  const [unit, rows] = await ctx.db.batch([
    focus.unit(),
    ctx.db
      .select()
      .from(notebookEntries)
      .where(
        matching(
          ctx,
          notebookEntries,
          q.year === undefined ? {} : { year: q.year },
          notebookReach(ctx),
          entryVisibility(ctx),
          q.unitId ? inSubtreeOf(notebookEntries.unitPath, unitPathOf(ctx, q.unitId)) : undefined,
          q.updatedSince === undefined ? undefined : sql`${notebookEntries.updatedAt} >= ${q.updatedSince}`,
          after &&
            sql`(${notebookEntries.updatedAt}, ${notebookEntries.id}) > (${Number(after[1])}, ${after[2]})`,
        ),
      )
      .orderBy(asc(notebookEntries.updatedAt), asc(notebookEntries.id))
      .limit(limit + 1),
  ]);
  if (q.unitId && !unit[0]) throw notFound("Không tìm thấy đơn vị.");
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  return {
    items: page.map((e) => {
      const { comments: _c, ...entry } = toEntryOut(e);
      return entry;
    }),
    nextCursor: last ? encodeCursor([SINCE, String(last.updatedAt), last.id]) : null,
  };
}
