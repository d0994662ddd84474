/**
 * Query builders for commendations. None runs a query: callers put them in one batch
 * (the model page, the member record, the evaluation page).
 */
import { type SQL, and, desc, eq, or, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { commendations, exemplarModels } from "../../db/schema/tenant/exemplars";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { actorScope, scoped } from "../../platform/scope";
import { pick } from "../../platform/pick";
import type { CommendationOut, Form, Level, SubjectKind, SubjectType } from "./commendations.inputs";

const c = commendations;

/** Commendations the actor may read: all (admin), their subtree (secretary), their own (member). */
export function commendationScope(ctx: Ctx): SQL | undefined {
  return actorScope(
    ctx,
    units.path,
    (memberId) =>
      or(
        eq(c.memberId, memberId),
        and(eq(exemplarModels.kind, "individual"), eq(exemplarModels.memberId, memberId)),
      ) as SQL,
  );
}

const cols = {
  c: commendations,
  unitName: units.name,
  unitPath: units.path,
  subjectName: sql<string>`CASE ${c.subjectType}
    WHEN 'model' THEN ${exemplarModels.title}
    WHEN 'member' THEN ${members.fullName}
    ELSE ${units.name} END`,
  unitCode: units.code,
  modelTitle: exemplarModels.title,
  modelStartYear: exemplarModels.startYear,
  memberCard: members.cardNumber,
  memberGov: members.govPositions,
  memberParty: members.partyPositions,
};

/**
 * Commendations joined with their unit, model and member, within tenant, scope and `conds`; with
 * the codes and card numbers an export needs to be imported again.
 */
export function commendationsQuery(ctx: Ctx, ...conds: (SQL | undefined)[]) {
  return ctx.db
    .select(cols)
    .from(c)
    .innerJoin(units, and(eq(units.id, c.unitId), eq(units.tenantId, c.tenantId)))
    .leftJoin(exemplarModels, and(eq(exemplarModels.id, c.modelId), eq(exemplarModels.tenantId, c.tenantId)))
    .leftJoin(members, and(eq(members.id, c.memberId), eq(members.tenantId, c.tenantId)))
    .where(scoped(ctx, c.tenantId, commendationScope(ctx), ...conds))
    .$dynamic();
}

export type CommendationRow = {
  c: typeof commendations.$inferSelect;
  unitName: string;
  unitPath: string;
  subjectName: string | null;
};

export function toCommendationOut(r: CommendationRow): CommendationOut {
  const x = r.c;
  return {
    id: x.id,
    subjectType: x.subjectType as SubjectType,
    subjectId: x.subjectId,
    subjectName: r.subjectName ?? "",
    subjectKind: x.subjectKind as SubjectKind,
    ...pick(x, "modelId", "memberId", "unitId"),
    unitName: r.unitName,
    level: x.level as Level,
    form: x.form as Form,
    ...pick(x, "decisionNumber", "decisionDate", "issuer", "year", "content", "version", "createdAt"),
  };
}

/** A member's commendations, newest first (for the member record and the evaluation page). */
export function commendationsForMemberQuery(ctx: Ctx, memberId: string) {
  return commendationsQuery(ctx, eq(c.memberId, memberId))
    .orderBy(desc(c.year), desc(c.createdAt))
    .limit(200);
}

/** A model's commendations, newest first. */
export function commendationsForModelQuery(ctx: Ctx, modelId: string) {
  return commendationsQuery(ctx, eq(c.modelId, modelId)).orderBy(desc(c.year), desc(c.createdAt)).limit(200);
}
