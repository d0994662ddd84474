import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { accounts, units } from "../../db/schema/tenant/core";
import { memberGroupHistory, members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { eventInsert } from "../../platform/events";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { actorScope, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { searchKey } from "../../platform/text";
import { countedWrite, memberCountOne } from "./members-counters.queries";
import { vnToday } from "../../domain/time";
import type { CreateMemberInput, UpdateMemberInput } from "./members.inputs";
import type { MemberOut } from "./members.outputs";
import { groupFor } from "./members-positions.rules";
import { type MemberRow, groupRulesQuery, memberQuery, rulesFrom, toMemberOut } from "./members.service";
import { vietnameseSortKey } from "./members-sort.rules";
import { firstVersion, nextVersion, writeAtVersion } from "../../platform/lookups";

export const cardTaken = () => invalid({ cardNumber: "Số thẻ đảng viên này đã có trong hệ thống." });
export const CARD_UNIQUE = "members.tenant_id, members.card_number";

/** Birth before joining, joining no later than becoming official. */
export function checkDates(d: {
  birthDate?: string | null;
  joinDate?: string | null;
  officialDate?: string | null;
}) {
  const errors: Record<string, string> = {};
  if (d.birthDate && d.joinDate && d.joinDate <= d.birthDate)
    errors.joinDate = "Ngày vào Đảng phải sau ngày sinh.";
  if (d.joinDate && d.officialDate && d.officialDate < d.joinDate)
    errors.officialDate = "Ngày chính thức không được trước ngày vào Đảng.";
  return errors;
}

/** The unit a member can be placed in: a cell or a party group, active, within the actor's scope. */
export function placementUnitQuery(ctx: Ctx, unitId: string) {
  return ctx.db
    .select()
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, unitId), actorScope(ctx, units.path)))
    .limit(1);
}

/** A unit in the actor's scope by the code typed in a form: its id, or an error on `field`. */
export async function unitIdByCode(ctx: Ctx, code: string, field: string): Promise<string> {
  const [row] = await ctx.db
    .select({ id: units.id })
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.code, code.trim()), actorScope(ctx, units.path)))
    .limit(1);
  if (!row) throw invalid({ [field]: "Không tìm thấy đơn vị có mã này trong phạm vi của đồng chí." });
  return row.id;
}

/** A unit in the actor's scope (a form prefilled from ?unitId=), or 404. */
export async function unitInScope(ctx: Ctx, id: string): Promise<{ code: string; kind: string }> {
  const [row] = await ctx.db
    .select({ code: units.code, kind: units.kind })
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, id), actorScope(ctx, units.path)))
    .limit(1);
  if (!row) throw notFound("Không tìm thấy đơn vị.");
  return row;
}

export function checkPlacement(unit: typeof units.$inferSelect | undefined, field = "unitId") {
  if (!unit) throw notFound("Không tìm thấy chi bộ.");
  if (unit.kind !== "cell" && unit.kind !== "group")
    throw invalid({ [field]: "Đảng viên chỉ sinh hoạt ở chi bộ hoặc tổ đảng." });
  if (unit.status !== "active") throw conflict("Chi bộ này đã giải thể.");
  return unit;
}

/** A history entry: `m` is the state after the change, `previousGroup` the group before it. */
export function historyInsert(
  ctx: Ctx,
  m: Pick<MemberRow, "id" | "memberGroup" | "positionGroup" | "partyPositions" | "govPositions">,
  previousGroup: string,
  effectiveFrom: string,
  reason: string,
) {
  return ctx.db.insert(memberGroupHistory).values({
    id: newId(),
    tenantId: ctx.tenant.id,
    memberId: m.id,
    effectiveFrom,
    memberGroup: m.memberGroup,
    previousGroup,
    positionGroup: m.positionGroup,
    partyPositions: m.partyPositions,
    govPositions: m.govPositions,
    reason,
    createdBy: ctx.actor.accountId,
    createdAt: ctx.now,
  });
}

export function capMessage(cap: number): string {
  return `Đơn vị chưa được xác minh chỉ quản lý tối đa ${cap.toLocaleString("vi-VN")} đảng viên. Vui lòng liên hệ quản trị nền tảng để xác minh trước khi thêm.`;
}

export async function createMember(ctx: Ctx, input: CreateMemberInput): Promise<MemberOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const cap = ctx.tenant.memberCap;
  const countQ = ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(members)
    .where(scoped(ctx, members.tenantId));
  const [unitRows, rulesRows, counted] = await ctx.db.batch([
    placementUnitQuery(ctx, input.unitId),
    groupRulesQuery(ctx),
    cap === null ? countQ.limit(0) : countQ,
  ]);
  const unit = checkPlacement(unitRows[0]);
  if (cap !== null && (counted[0]?.n ?? 0) + 1 > cap) throw conflict(capMessage(cap));
  const dateErrors = checkDates(input);
  if (Object.keys(dateErrors).length) throw invalid(dateErrors);
  const party = input.partyPositions ?? [];
  const gov = input.govPositions ?? [];
  const positionGroup = groupFor([...party, ...gov], rulesFrom(rulesRows).positions);
  const row: MemberRow = {
    id: newId(),
    tenantId: ctx.tenant.id,
    cardNumber: input.cardNumber,
    fullName: input.fullName,
    searchKey: searchKey(input.fullName),
    sortKey: vietnameseSortKey(input.fullName),
    birthDate: input.birthDate ?? null,
    gender: input.gender ?? null,
    unitId: unit.id,
    joinDate: input.joinDate ?? null,
    officialDate: input.officialDate ?? null,
    status: input.status ?? (input.joinDate && !input.officialDate ? "probationary" : "official"),
    partyPositions: JSON.stringify(party),
    govPositions: JSON.stringify(gov),
    positionGroup,
    groupOverride: null,
    groupOverrideReason: null,
    memberGroup: positionGroup,
    accountId: null,
    ...firstVersion(ctx),
  };
  const out = toMemberOut(row, unit.name);
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(members).values(row),
      memberCountOne(ctx, 1, row.id),
      auditInsert(ctx, { action: "member.create", entityType: "member", entityId: row.id, after: out }),
      eventInsert(ctx, { type: "member.created", unit, resource: { type: "member", id: row.id }, data: out }),
    ],
    { [CARD_UNIQUE]: cardTaken() },
  );
  return out;
}

export async function updateMember(ctx: Ctx, id: string, input: UpdateMemberInput): Promise<MemberOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const [rows, rulesRows] = await ctx.db.batch([memberQuery(ctx, id), groupRulesQuery(ctx)]);
  const found = rows[0];
  if (!found) throw notFound("Không tìm thấy đảng viên.");
  const before = found.m;
  if (before.version !== input.version) throw conflict("Hồ sơ vừa được người khác sửa. Vui lòng tải lại.");
  const pick = <K extends "birthDate" | "gender" | "joinDate" | "officialDate">(k: K) =>
    input[k] === undefined ? before[k] : (input[k] ?? null);
  const fullName = input.fullName ?? before.fullName;
  const party = input.partyPositions ? JSON.stringify(input.partyPositions) : before.partyPositions;
  const gov = input.govPositions ? JSON.stringify(input.govPositions) : before.govPositions;
  const positionGroup = groupFor(
    [...(JSON.parse(party) as string[]), ...(JSON.parse(gov) as string[])],
    rulesFrom(rulesRows).positions,
  );
  const after: MemberRow = {
    ...before,
    cardNumber: input.cardNumber ?? before.cardNumber,
    fullName,
    searchKey: searchKey(fullName),
    sortKey: vietnameseSortKey(fullName),
    birthDate: pick("birthDate"),
    gender: pick("gender"),
    joinDate: pick("joinDate"),
    officialDate: pick("officialDate"),
    partyPositions: party,
    govPositions: gov,
    positionGroup,
    memberGroup: before.groupOverride ?? positionGroup,
    ...nextVersion(before, ctx),
  };
  const dateErrors = checkDates(after);
  if (Object.keys(dateErrors).length) throw invalid(dateErrors);
  const positionsChanged = party !== before.partyPositions || gov !== before.govPositions;
  const { id: _id, tenantId: _t, createdAt: _c, ...changes } = after;
  const write: BatchItem<"sqlite">[] = [
    ...writeAtVersion(ctx, members, { id, version: input.version }, changes),
  ];
  await writeBatch(
    ctx.db,
    [
      // A new group moves the member between the group counts.
      ...(after.memberGroup !== before.memberGroup ? countedWrite(ctx, id, write) : write),
      ...(positionsChanged || after.memberGroup !== before.memberGroup
        ? [
            historyInsert(
              ctx,
              after,
              before.memberGroup,
              input.effectiveFrom ?? vnToday(ctx.now),
              "Thay đổi chức vụ",
            ),
          ]
        : []),
      ...(before.accountId && fullName !== before.fullName
        ? [
            ctx.db
              .update(accounts)
              .set({ displayName: fullName, updatedAt: ctx.now })
              .where(scoped(ctx, accounts.tenantId, eq(accounts.id, before.accountId))),
          ]
        : []),
      auditInsert(ctx, {
        action: "member.update",
        entityType: "member",
        entityId: id,
        before: toMemberOut(before, found.unitName),
        after: toMemberOut(after, found.unitName),
      }),
      eventInsert(ctx, {
        type: "member.updated",
        unit: { id: after.unitId, path: found.unitPath },
        resource: { type: "member", id },
        data: toMemberOut(after, found.unitName),
      }),
    ],
    { [CARD_UNIQUE]: cardTaken() },
  );
  return toMemberOut(after, found.unitName);
}
