/** Bulk statements of the commendations import (`json_each`, chunked). */
import { sql } from "drizzle-orm";
import { commendations } from "../../db/schema/tenant/exemplars";
import type { Ctx } from "../../platform/context";
import { chunks, updatesAtVersion } from "./models-import.queries";

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
  return chunks(rows).map((part) => {
    const data = JSON.stringify(part.map((r) => COLS.map((k) => r[k])));
    // Column order of the table: id, tenant_id, then COLS[1..], created_by, version, timestamps.
    return ctx.db.insert(commendations).select(
      sql`SELECT j.value ->> 0, ${ctx.tenant.id}, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4,
                 j.value ->> 5, j.value ->> 6, j.value ->> 7, j.value ->> 8, j.value ->> 9, j.value ->> 10,
                 j.value ->> 11, j.value ->> 12, j.value ->> 13, j.value ->> 14,
                 ${ctx.actor.accountId}, 1, ${ctx.now}, ${ctx.now}
          FROM json_each(${data}) AS j WHERE true`,
    );
  });
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
  return chunks(rows).flatMap((part) =>
    updatesAtVersion(ctx, commendations, ["decisionNumber", "decisionDate", "issuer", "content"], part),
  );
}
