import { type SQL, and, asc, desc, eq, sql } from "drizzle-orm";
import { accounts, units } from "../../db/schema/tenant/core";
import {
  memberGroupHistory,
  memberGroupRules,
  memberTransfers,
  members,
} from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { inTenant, onPath, scoped, scopedByKey, subtreeUpperBound } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import type { GroupHistoryOut, MemberDetailOut, MemberOut, TransferOut } from "./members.outputs";
import { DEFAULT_EXEMPLAR_POSITIONS, type MemberGroup } from "./members-positions.rules";
import { countQuery } from "../../platform/lookups";

// The shared face of the members feature: other features (plans, evaluations, reports,
// exemplars) use the scope helpers, getMemberInScope and the group-at-a-date helpers below.
export { createMember, updateMember } from "./members-edit.service";

export type MemberRow = typeof members.$inferSelect;

const json = (s: string): string[] => {
  try {
    const v = JSON.parse(s);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

export function toMemberOut(m: MemberRow, unitName: string | null = null): MemberOut {
  return {
    id: m.id,
    cardNumber: m.cardNumber,
    fullName: m.fullName,
    birthDate: m.birthDate,
    gender: m.gender as MemberOut["gender"],
    unitId: m.unitId,
    unitName,
    joinDate: m.joinDate,
    officialDate: m.officialDate,
    status: m.status as MemberOut["status"],
    partyPositions: json(m.partyPositions),
    govPositions: json(m.govPositions),
    positionGroup: m.positionGroup as MemberGroup,
    groupOverride: m.groupOverride as MemberGroup | null,
    groupOverrideReason: m.groupOverrideReason,
    group: m.memberGroup as MemberGroup,
    accountId: m.accountId,
    version: m.version,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** `members.unit_id` lies in the subtree rooted at `rootPath` (a range scan on units.path). */
export function memberInSubtree(ctx: Ctx, rootPath: string): SQL {
  return sql`${members.unitId} IN (SELECT u.id FROM units u WHERE ${inTenant(ctx, sql`u.tenant_id`)} AND u.path >= ${rootPath} AND u.path < ${subtreeUpperBound(rootPath)})`;
}

/**
 * Members the actor may see: all for an admin, the subtree for a secretary, only self for a member.
 * actorScope's roles, but a member row has no path: the subtree is `unit_id IN` its units, which
 * keeps every list on the (tenant, unit) index instead of a path lookup per member.
 */
export function memberScope(ctx: Ctx): SQL | undefined {
  const a = ctx.actor;
  if (a.role === "admin") return undefined;
  if (a.role === "secretary" && a.unitPath) return memberInSubtree(ctx, a.unitPath);
  if (a.role === "member" && a.memberId) return eq(members.id, a.memberId);
  return sql`0 = 1`;
}

/** A select of the members of a unit's subtree, within the actor's scope (use in a batch). */
export function membersInSubtreeQuery(ctx: Ctx, rootPath: string) {
  return ctx.db
    .select()
    .from(members)
    .where(scoped(ctx, members.tenantId, memberInSubtree(ctx, rootPath), memberScope(ctx)))
    .orderBy(asc(members.sortKey), asc(members.id));
}

/** A member with its unit's name and path, in the actor's scope (use in a batch). */
export function memberQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select({ m: members, unitName: units.name, unitPath: units.path })
    .from(members)
    .innerJoin(units, and(eq(units.id, members.unitId), eq(units.tenantId, members.tenantId)))
    .where(scoped(ctx, members.tenantId, eq(members.id, id), memberScope(ctx)))
    .limit(1);
}

/** Fetch-or-404 within the tenant and the actor's scope (a member reaches only themself). */
export async function getMemberInScope(
  ctx: Ctx,
  id: string,
): Promise<{ m: MemberRow; unitName: string; unitPath: string }> {
  const row = (await memberQuery(ctx, id))[0];
  if (!row) throw notFound("Không tìm thấy đảng viên.");
  return row;
}

/** The member record of the signed-in account (ctx.actor.memberId), or null. */
export async function getOwnMember(ctx: Ctx): Promise<MemberRow | null> {
  if (!ctx.actor.memberId) return null;
  const rows = await ctx.db
    .select()
    .from(members)
    .where(scoped(ctx, members.tenantId, eq(members.id, ctx.actor.memberId)))
    .limit(1);
  return rows[0] ?? null;
}

/** The tenant's group-1 positions (the default list of seed 000 when never edited). */
export function groupRulesQuery(ctx: Pick<Ctx, "db" | "tenant">) {
  return ctx.db.select().from(memberGroupRules).where(scoped(ctx, memberGroupRules.tenantId)).limit(1);
}

export function rulesFrom(rows: (typeof memberGroupRules.$inferSelect)[]): {
  positions: string[];
  version: number;
} {
  const row = rows[0];
  return row
    ? { positions: json(row.exemplarPositions), version: row.version }
    : { positions: DEFAULT_EXEMPLAR_POSITIONS, version: 0 };
}

/**
 * SQL for a member's group on `dateIso`. History rows record changes only: the last change
 * effective on or before the date gives the group; before the first change it is the group that
 * change replaced; a member who never changed has their current group.
 */
export function groupAtDateSql(ctx: Ctx, memberId: SQL | string, dateIso: string): SQL {
  const mid = typeof memberId === "string" ? sql`${memberId}` : memberId;
  const h = sql`FROM member_group_history h WHERE ${inTenant(ctx, sql`h.tenant_id`)} AND h.member_id = ${mid}`;
  return sql`coalesce(
    (SELECT h.member_group ${h} AND h.effective_from <= ${dateIso} ORDER BY h.effective_from DESC, h.created_at DESC, h.id DESC LIMIT 1),
    (SELECT h.previous_group ${h} ORDER BY h.effective_from ASC, h.created_at ASC, h.id ASC LIMIT 1),
    (SELECT m2.member_group FROM members m2 WHERE ${inTenant(ctx, sql`m2.tenant_id`)} AND m2.id = ${mid}))`;
}

/** One member's group on a date (in scope), e.g. for a plan of an earlier year. */
export async function groupAtDate(ctx: Ctx, memberId: string, dateIso: string): Promise<MemberGroup> {
  const rows = await ctx.db
    .select({ g: sql<string>`${groupAtDateSql(ctx, memberId, dateIso)}` })
    .from(members)
    .where(scoped(ctx, members.tenantId, eq(members.id, memberId), memberScope(ctx)))
    .limit(1);
  if (!rows[0]) throw notFound("Không tìm thấy đảng viên.");
  return rows[0].g as MemberGroup;
}

/** Count of members placed in a unit: blocks deleting the unit (see orgs.usage.ts). */
export function memberCountByUnit(ctx: Ctx, unitId: string) {
  return countQuery(ctx, members, eq(members.unitId, unitId));
}

/** A member with the unit trail, account login, group history and transfers: one round trip. */
export async function getMemberDetail(ctx: Ctx, id: string): Promise<MemberDetailOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const pathOf = sql`(SELECT u.path FROM members mm JOIN units u ON u.id = mm.unit_id AND u.tenant_id = mm.tenant_id WHERE mm.id = ${id} AND ${inTenant(ctx, sql`mm.tenant_id`)})`;
  const [rows, trail, history, transfers, login] = await ctx.db.batch([
    memberQuery(ctx, id),
    ctx.db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(scopedByKey(ctx, units.tenantId, onPath(units.id, pathOf)))
      .orderBy(asc(units.depth)),
    ctx.db
      .select()
      .from(memberGroupHistory)
      .where(scoped(ctx, memberGroupHistory.tenantId, eq(memberGroupHistory.memberId, id)))
      .orderBy(desc(memberGroupHistory.effectiveFrom), desc(memberGroupHistory.createdAt))
      .limit(200),
    ctx.db
      .select({
        t: memberTransfers,
        fromName: sql<
          string | null
        >`(SELECT name FROM units WHERE id = ${memberTransfers.fromUnitId} AND ${inTenant(ctx, sql`tenant_id`)})`,
        toName: sql<
          string | null
        >`(SELECT name FROM units WHERE id = ${memberTransfers.toUnitId} AND ${inTenant(ctx, sql`tenant_id`)})`,
      })
      .from(memberTransfers)
      .where(scoped(ctx, memberTransfers.tenantId, eq(memberTransfers.memberId, id)))
      .orderBy(desc(memberTransfers.date), desc(memberTransfers.createdAt))
      .limit(200),
    ctx.db
      .select({ login: accounts.login })
      .from(accounts)
      .innerJoin(members, and(eq(members.accountId, accounts.id), eq(members.tenantId, accounts.tenantId)))
      .where(scoped(ctx, accounts.tenantId, eq(members.id, id)))
      .limit(1),
  ]);
  const row = rows[0];
  if (!row) throw notFound("Không tìm thấy đảng viên.");
  return {
    member: toMemberOut(row.m, row.unitName),
    unitTrail: trail,
    accountLogin: login[0]?.login ?? null,
    groupHistory: history.map(
      (h): GroupHistoryOut => ({
        id: h.id,
        effectiveFrom: h.effectiveFrom,
        group: h.memberGroup as MemberGroup,
        positionGroup: h.positionGroup as MemberGroup,
        partyPositions: json(h.partyPositions),
        govPositions: json(h.govPositions),
        reason: h.reason,
        createdAt: h.createdAt,
      }),
    ),
    transfers: transfers.map(
      (r): TransferOut => ({
        id: r.t.id,
        date: r.t.date,
        fromUnitId: r.t.fromUnitId,
        fromUnitName: r.fromName,
        toUnitId: r.t.toUnitId,
        toUnitName: r.toName,
        reason: r.t.reason,
        createdAt: r.t.createdAt,
      }),
    ),
  };
}
