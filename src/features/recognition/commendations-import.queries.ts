/** Bulk statements of the commendations import (`json_each`, chunked). */
import { sql } from "drizzle-orm";
import { commendations } from "../../db/schema/tenant/exemplars";
import type { Ctx } from "../../platform/context";
import { scoped } from "../../platform/scope";
import { guardCount } from "./models-import.queries";

const CHUNK = 200;
const COLS = [
  "id",
  "subjectType",
  "subjectId",
  "modelId",
  "memberId",
  "unitId",
  "subjectKind",
  "level",
  "form",
  "decisionNumber",
  "decisionKey",
  "decisionDate",
  "issuer",
  "year",
  "content",
] as const;

export function commendationInserts(ctx: Ctx, rows: (typeof commendations.$inferSelect)[]) {
  const out = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const data = JSON.stringify(rows.slice(i, i + CHUNK).map((r) => COLS.map((k) => r[k])));
    // Column order of the table: id, tenant_id, then COLS[1..], created_by, version, timestamps.
    out.push(
      ctx.db.insert(commendations).select(
        sql`SELECT j.value ->> 0, ${ctx.tenant.id}, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4,
                   j.value ->> 5, j.value ->> 6, j.value ->> 7, j.value ->> 8, j.value ->> 9, j.value ->> 10,
                   j.value ->> 11, j.value ->> 12, j.value ->> 13, j.value ->> 14,
                   ${ctx.actor.accountId}, 1, ${ctx.now}, ${ctx.now}
            FROM json_each(${data}) AS j WHERE true`,
      ),
    );
  }
  return out;
}

export function commendationUpdates(
  ctx: Ctx,
  rows: {
    id: string;
    version: number;
    decisionNumber: string;
    decisionDate: string | null;
    issuer: string;
    content: string;
  }[],
) {
  const out = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const data = JSON.stringify(
      part.map((r) => [r.id, r.version, r.decisionNumber, r.decisionDate, r.issuer, r.content]),
    );
    const c = commendations;
    out.push(
      ctx.db
        .update(c)
        .set({
          decisionNumber: sql`j.value ->> 2`,
          decisionDate: sql`j.value ->> 3`,
          issuer: sql`j.value ->> 4`,
          content: sql`j.value ->> 5`,
          version: sql`${c.version} + 1`,
          updatedAt: ctx.now,
        })
        .from(sql`json_each(${data}) AS j`)
        .where(scoped(ctx, c.tenantId, sql`${c.id} = j.value ->> 0`, sql`${c.version} = j.value ->> 1`)),
      // A concurrent edit moved a version: the whole import rolls back (409).
      guardCount(ctx, part.length),
    );
  }
  return out;
}
