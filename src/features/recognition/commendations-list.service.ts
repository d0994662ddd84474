/** Lists of commendations: filters, keyset pages, a member's own. */
import { eq } from "drizzle-orm";
import { commendations } from "../../db/schema/tenant/exemplars";
import type { Ctx } from "../../platform/context";
import { requireRole } from "../../platform/tenant-context";
import { PAGE_SIZE, afterCursor, newestFirst, pageOf } from "../../platform/registry/pager";
import { inSubtreeOf } from "./models.queries";
import type { CommendationOut, ListCommendationsQuery } from "./commendations.inputs";
import { commendationsForMemberQuery, commendationsQuery, toCommendationOut } from "./commendations.queries";

const c = commendations;

/** The filter conditions of a list (and of its export). */
export function listConds(ctx: Ctx, q: ListCommendationsQuery) {
  return [
    q.year ? eq(c.year, q.year) : undefined,
    q.level ? eq(c.level, q.level) : undefined,
    q.form ? eq(c.form, q.form) : undefined,
    q.subjectKind ? eq(c.subjectKind, q.subjectKind) : undefined,
    q.subjectType ? eq(c.subjectType, q.subjectType) : undefined,
    q.unitId ? inSubtreeOf(ctx, { id: q.unitId }) : undefined,
    q.unitCode ? inSubtreeOf(ctx, { code: q.unitCode }) : undefined,
    q.memberId ? eq(c.memberId, q.memberId) : undefined,
    q.modelId ? eq(c.modelId, q.modelId) : undefined,
  ];
}

/** The list query (not run), so pages can batch it. */
export function listCommendationsQuery(ctx: Ctx, q: ListCommendationsQuery, limit = PAGE_SIZE) {
  requireRole(ctx, "admin", "secretary", "member");
  return commendationsQuery(ctx, ...listConds(ctx, q), afterCursor(c, q.cursor))
    .orderBy(...newestFirst(c))
    .limit(limit + 1);
}

export const finishCommendations = (
  rows: Awaited<ReturnType<typeof listCommendationsQuery>>,
  limit = PAGE_SIZE,
) => pageOf(rows, toCommendationOut, (r) => r.c, limit);

export async function listCommendations(ctx: Ctx, q: ListCommendationsQuery) {
  const limit = q.limit ?? PAGE_SIZE;
  return finishCommendations(await listCommendationsQuery(ctx, q, limit), limit);
}

/** A member's commendations, as the member record and the evaluation page show them. */
export async function listCommendationsForMember(ctx: Ctx, memberId: string): Promise<CommendationOut[]> {
  requireRole(ctx, "admin", "secretary", "member");
  return (await commendationsForMemberQuery(ctx, memberId)).map(toCommendationOut);
}
