// Changes with their own history: transfers (chuyển sinh hoạt), leaving and returning, the
// group override, and the tenant's group rules.
import type { MemberStatus } from "../../domain/members";
import { eq, sql } from "drizzle-orm";
import { accounts, sessions } from "../../db/schema/tenant/core";
import { memberGroupRules, memberTransfers, members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { eventInsert } from "../../platform/events";
import { batchStatement, guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { nextVersion, writeAtVersion } from "../../platform/lookups";
import { conflict, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { inTenant, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { movePlansStatements, openPlansOfMemberQuery } from "../plans";
import { positionGroupSql } from "./members-bulk.queries";
import { countedWrite, memberCountStatement } from "./members-counters.queries";
import { checkPlacement, historyInsert, placementUnitQuery } from "./members-edit.service";
import type { GroupOverrideInput, GroupRulesInput, StatusInput, TransferInput } from "./members.inputs";
import { vnToday } from "../../domain/time";
import type { GroupRulesOut, MemberOut } from "./members.outputs";
import { GOV_POSITIONS, PARTY_POSITIONS } from "./members-positions.rules";
import { type MemberRow, groupRulesQuery, memberQuery, rulesFrom, toMemberOut } from "./members.service";

const stale = () => conflict("Hồ sơ vừa được người khác sửa. Vui lòng tải lại.");

function versioned(ctx: Ctx, m: MemberRow, set: Partial<MemberRow>) {
  return writeAtVersion(ctx, members, m, { ...set, version: m.version + 1, updatedAt: ctx.now });
}

/** Chuyển sinh hoạt: the member (and their records, which follow member_id) moves to another cell. */
export async function transferMember(ctx: Ctx, id: string, input: TransferInput): Promise<MemberOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const [rows, unitRows, openPlans] = await ctx.db.batch([
    memberQuery(ctx, id),
    placementUnitQuery(ctx, input.unitId),
    openPlansOfMemberQuery(ctx, id),
  ]);
  const found = rows[0];
  if (!found) throw notFound("Không tìm thấy đảng viên.");
  const unit = checkPlacement(unitRows[0]);
  const m = found.m;
  if (m.status !== "official" && m.status !== "probationary")
    throw conflict("Chỉ chuyển sinh hoạt cho đảng viên đang sinh hoạt.");
  if (m.unitId === unit.id) throw conflict("Đảng viên đang sinh hoạt ở chi bộ này.");
  if (m.version !== input.version) throw stale();
  const out = toMemberOut({ ...m, unitId: unit.id, version: m.version + 1, updatedAt: ctx.now }, unit.name);
  await writeBatch(ctx.db, [
    ...countedWrite(ctx, id, [...versioned(ctx, m, { unitId: unit.id })]),
    // Plans of open cycles follow the member (with their counters) to the new cell's secretary.
    ...movePlansStatements(ctx, openPlans, unit),
    ctx.db.insert(memberTransfers).values({
      id: newId(),
      tenantId: ctx.tenant.id,
      memberId: id,
      fromUnitId: m.unitId,
      toUnitId: unit.id,
      date: input.date,
      reason: input.reason,
      createdBy: ctx.actor.accountId,
      createdAt: ctx.now,
    }),
    // A member's own account follows them; a secretary's stays with the unit they lead.
    ...(m.accountId
      ? [
          ctx.db
            .update(accounts)
            .set({ unitId: unit.id, updatedAt: ctx.now })
            .where(scoped(ctx, accounts.tenantId, eq(accounts.id, m.accountId), eq(accounts.role, "member"))),
        ]
      : []),
    auditInsert(ctx, {
      action: "member.transfer",
      entityType: "member",
      entityId: id,
      before: { unitId: m.unitId, unitName: found.unitName },
      after: { unitId: unit.id, unitName: unit.name, date: input.date, reason: input.reason },
    }),
    eventInsert(ctx, { type: "member.transferred", unit, resource: { type: "member", id }, data: out }),
  ]);
  return out;
}

const NEXT: Record<MemberStatus, MemberStatus[]> = {
  probationary: ["official", "transferred_out", "deceased", "removed"],
  official: ["transferred_out", "deceased", "removed"],
  transferred_out: ["official", "probationary"],
  deceased: [],
  removed: [],
};
const LEAVING: MemberStatus[] = ["transferred_out", "deceased", "removed"];

/** Becoming official, leaving the tenant (record kept, account disabled) or coming back. */
export async function setMemberStatus(ctx: Ctx, id: string, input: StatusInput): Promise<MemberOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const found = (await memberQuery(ctx, id))[0];
  if (!found) throw notFound("Không tìm thấy đảng viên.");
  const m = found.m;
  const from = m.status as MemberStatus;
  if (!NEXT[from].includes(input.status))
    throw conflict(
      from === "deceased" || from === "removed"
        ? "Hồ sơ này đã đóng, không thể đổi trạng thái."
        : "Không thể chuyển sang trạng thái này từ trạng thái hiện tại.",
    );
  if (m.version !== input.version) throw stale();
  const leaving = LEAVING.includes(input.status);
  const set: Partial<MemberRow> = { status: input.status };
  if (input.status === "official" && from === "probationary" && !m.officialDate)
    set.officialDate = input.date;
  const out = toMemberOut({ ...m, ...set, version: m.version + 1, updatedAt: ctx.now }, found.unitName);
  await writeBatch(ctx.db, [
    ...countedWrite(ctx, id, [...versioned(ctx, m, set)]),
    ...(input.status === "transferred_out" || from === "transferred_out"
      ? [
          ctx.db.insert(memberTransfers).values({
            id: newId(),
            tenantId: ctx.tenant.id,
            memberId: id,
            fromUnitId: leaving ? m.unitId : null,
            toUnitId: leaving ? null : m.unitId,
            date: input.date,
            reason: input.reason,
            createdBy: ctx.actor.accountId,
            createdAt: ctx.now,
          }),
        ]
      : []),
    ...(leaving && m.accountId
      ? [
          ctx.db
            .update(accounts)
            .set({ status: "disabled", updatedAt: ctx.now })
            .where(scoped(ctx, accounts.tenantId, eq(accounts.id, m.accountId))),
          ctx.db.delete(sessions).where(scoped(ctx, sessions.tenantId, eq(sessions.accountId, m.accountId))),
        ]
      : []),
    auditInsert(ctx, {
      action: "member.status",
      entityType: "member",
      entityId: id,
      before: { status: from },
      after: { status: input.status, date: input.date, reason: input.reason },
    }),
    eventInsert(ctx, {
      type: "member.status_changed",
      unit: { id: m.unitId, path: found.unitPath },
      resource: { type: "member", id },
      data: out,
    }),
  ]);
  return out;
}

/** An admin puts one person in a group regardless of positions (or clears it), with a reason. */
export async function overrideGroup(ctx: Ctx, id: string, input: GroupOverrideInput): Promise<MemberOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const found = (await memberQuery(ctx, id))[0];
  if (!found) throw notFound("Không tìm thấy đảng viên.");
  const m = found.m;
  if (input.group === m.groupOverride)
    throw conflict(
      input.group ? "Đảng viên đã được xếp vào nhóm này." : "Đảng viên không có điều chỉnh nhóm nào.",
    );
  if (m.version !== input.version) throw stale();
  const after: MemberRow = {
    ...m,
    groupOverride: input.group,
    groupOverrideReason: input.group ? input.reason : null,
    memberGroup: input.group ?? m.positionGroup,
    ...nextVersion(m, ctx),
  };
  const write = [
    ...versioned(ctx, m, {
      groupOverride: after.groupOverride,
      groupOverrideReason: after.groupOverrideReason,
      memberGroup: after.memberGroup,
    }),
  ];
  await writeBatch(ctx.db, [
    ...(after.memberGroup !== m.memberGroup ? countedWrite(ctx, id, write) : write),
    historyInsert(
      ctx,
      after,
      m.memberGroup,
      input.effectiveFrom ?? vnToday(ctx.now),
      `Điều chỉnh nhóm: ${input.reason}`,
    ),
    auditInsert(ctx, {
      action: "member.group_override",
      entityType: "member",
      entityId: id,
      before: { group: m.memberGroup, override: m.groupOverride },
      after: { group: after.memberGroup, override: after.groupOverride, reason: input.reason },
    }),
  ]);
  return toMemberOut(after, found.unitName);
}

export async function getGroupRules(ctx: Ctx): Promise<GroupRulesOut> {
  const rules = rulesFrom(await groupRulesQuery(ctx));
  const list = (defs: typeof PARTY_POSITIONS, kind: "party" | "gov") =>
    defs.map((d) => ({ code: d.code, label: d.label, kind, exemplar: rules.positions.includes(d.code) }));
  return {
    exemplarPositions: rules.positions,
    isDefault: rules.version === 0,
    version: rules.version,
    positions: [...list(PARTY_POSITIONS, "party"), ...list(GOV_POSITIONS, "gov")],
  };
}

/**
 * Changes which positions make group 1 and regroups every member in the same batch; members
 * whose group changes get a history entry from `effectiveFrom`.
 */
export async function setGroupRules(ctx: Ctx, input: GroupRulesInput): Promise<GroupRulesOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const current = rulesFrom(await groupRulesQuery(ctx));
  if (current.version !== input.version) throw conflict("Quy tắc vừa được người khác sửa. Vui lòng tải lại.");
  const positions = [...new Set(input.exemplarPositions)];
  const rules = JSON.stringify(positions);
  const g = positionGroupSql(sql`m.party_positions`, sql`m.gov_positions`, rules);
  const gu = positionGroupSql(sql`members.party_positions`, sql`members.gov_positions`, rules);
  const tid = ctx.tenant.id;
  const from = input.effectiveFrom ?? vnToday(ctx.now);
  const regrouped = sql`m.group_override IS NULL AND m.member_group <> ${g}`;
  await writeBatch(
    ctx.db,
    [
      current.version === 0
        ? ctx.db.insert(memberGroupRules).values({
            tenantId: tid,
            exemplarPositions: rules,
            version: 1,
            updatedBy: ctx.actor.accountId,
            updatedAt: ctx.now,
          })
        : ctx.db
            .update(memberGroupRules)
            .set({
              exemplarPositions: rules,
              version: current.version + 1,
              updatedBy: ctx.actor.accountId,
              updatedAt: ctx.now,
            })
            .where(scoped(ctx, memberGroupRules.tenantId, eq(memberGroupRules.version, current.version))),
      guardChanged(ctx.db),
      batchStatement(
        ctx.db,
        sql`INSERT INTO member_group_history (id, tenant_id, member_id, effective_from, member_group, previous_group, position_group, party_positions, gov_positions, reason, created_by, created_at)
      SELECT lower(hex(randomblob(8))), m.tenant_id, m.id, ${from}, coalesce(m.group_override, ${g}), m.member_group, ${g}, m.party_positions, m.gov_positions, 'Thay đổi quy tắc phân nhóm', ${ctx.actor.accountId}, ${ctx.now}
      FROM members m WHERE ${inTenant(ctx, sql`m.tenant_id`)} AND m.position_group <> ${g}`,
      ),
      // Members whose group changes move between the group counts (before the update finds them).
      memberCountStatement(ctx, -1, sql`FROM members m`, regrouped),
      memberCountStatement(ctx, 1, sql`FROM members m`, regrouped, g),
      batchStatement(
        ctx.db,
        sql`UPDATE members SET position_group = ${gu}, member_group = coalesce(group_override, ${gu}), version = version + 1, updated_at = ${ctx.now}
      WHERE ${inTenant(ctx, sql`tenant_id`)} AND position_group <> ${gu}`,
      ),
      auditInsert(ctx, {
        action: "member.group_rules",
        entityType: "member_group_rules",
        entityId: tid,
        before: { exemplarPositions: current.positions },
        after: { exemplarPositions: positions, effectiveFrom: from },
      }),
    ],
    { "member_group_rules.tenant_id": conflict("Quy tắc vừa được người khác sửa. Vui lòng tải lại.") },
  );
  return getGroupRules(ctx);
}
