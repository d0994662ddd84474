// An account and a member record meet on both sides (accounts.member_id, members.account_id): the
// person's plan, notebook and evaluation follow the member record. One account per member record and
// one member record per account are unique indexes (migration 0021); every link writes both sides.
import { and, eq, sql } from "drizzle-orm";
import { accounts, units } from "../../db/schema/tenant/core";
import { members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, invalid, notFound } from "../../platform/errors";
import { eventInsert } from "../../platform/events";
import { nextVersion, writeAtVersion } from "../../platform/lookups";
import { actorScope, inTenant, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { toMemberOut } from "../members";
import type { AccountOut, LinkMemberInput } from "./accounts.inputs";
import { accountQuery, toOut } from "./accounts.service";

/** The unique rules a link may hit when someone linked the same person or account meanwhile. */
export const LINK_UNIQUE = {
  "accounts.tenant_id, accounts.member_id": conflict(
    "Hồ sơ đảng viên này vừa được gắn với một tài khoản khác.",
  ),
  "members.tenant_id, members.account_id": conflict(
    "Tài khoản này vừa được gắn với một hồ sơ đảng viên khác.",
  ),
};

type MemberRow = typeof members.$inferSelect;
export type MemberToLink = {
  m: MemberRow;
  unitName: string;
  unitPath: string;
  unitStatus: string;
  login: string | null;
};

type By = { cardNumber?: string | undefined; memberId?: string | undefined; accountId?: string };

function byCond(by: By) {
  if (by.cardNumber !== undefined) return eq(members.cardNumber, by.cardNumber);
  if (by.memberId !== undefined) return eq(members.id, by.memberId);
  return eq(members.accountId, by.accountId ?? "");
}

/** The member record a card number, id or account names, in the actor's scope, with its account's login. */
export function memberToLinkQuery(ctx: Ctx, by: By) {
  return ctx.db
    .select({
      m: members,
      unitName: units.name,
      unitPath: units.path,
      // Aliased: members has a status too, and a repeated column name shifts values in a D1 batch.
      unitStatus: sql<string>`${units.status}`.as("unit_status"),
      login: sql<
        string | null
      >`(SELECT a.login FROM accounts a WHERE ${inTenant(ctx, sql`a.tenant_id`)} AND a.id = ${members.accountId})`,
    })
    .from(members)
    .innerJoin(units, and(eq(units.id, members.unitId), eq(units.tenantId, members.tenantId)))
    .where(scoped(ctx, members.tenantId, byCond(by), actorScope(ctx, units.path)))
    .limit(1);
}

/** The member to link, or the field error that says why not (no such card, already has an account). */
export function memberFree(row: MemberToLink | undefined, field: "cardNumber" | "memberId"): MemberToLink {
  if (!row)
    throw invalid({
      [field]:
        field === "cardNumber"
          ? "Không có hồ sơ đảng viên nào mang số thẻ này trong phạm vi của đồng chí."
          : "Không tìm thấy hồ sơ đảng viên này.",
    });
  if (row.m.accountId)
    throw invalid({
      [field]: `Đồng chí ${row.m.fullName} đã có tài khoản${row.login ? ` «${row.login}»` : ""}: mỗi người chỉ một tài khoản.`,
    });
  return row;
}

/** The statements that give a member record its account, in the account's own batch: both sides, one event. */
export function memberLinkStatements(ctx: Ctx, row: MemberToLink, accountId: string | null) {
  const m = row.m;
  const after = { ...m, accountId, ...nextVersion(m, ctx) };
  return [
    ctx.db
      .update(members)
      .set({ accountId, version: after.version, updatedAt: ctx.now })
      .where(
        scoped(
          ctx,
          members.tenantId,
          eq(members.id, m.id),
          eq(members.version, m.version),
          // Someone linked or unlinked meanwhile: the guard rolls the batch back.
          m.accountId ? eq(members.accountId, m.accountId) : sql`${members.accountId} IS NULL`,
        ),
      ),
    guardChanged(ctx.db),
    eventInsert(ctx, {
      type: "member.updated",
      unit: { id: m.unitId, path: row.unitPath },
      resource: { type: "member", id: m.id },
      data: toMemberOut(after, row.unitName),
    }),
  ];
}

const linkField = (input: LinkMemberInput) => (input.cardNumber !== undefined ? "cardNumber" : "memberId");

/** An admin links an existing account to a member record (by card number or id). */
export async function linkMember(ctx: Ctx, id: string, input: LinkMemberInput): Promise<AccountOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const [accountRows, memberRows] = await ctx.db.batch([
    accountQuery(ctx, id),
    memberToLinkQuery(ctx, input),
  ]);
  const found = accountRows[0];
  if (!found) throw notFound("Không tìm thấy tài khoản.");
  const before = found.a;
  if (before.version !== input.version)
    throw conflict("Tài khoản vừa được người khác sửa. Vui lòng tải lại.");
  if (before.memberId)
    throw conflict(`Tài khoản đã gắn với hồ sơ của đồng chí ${found.memberName ?? ""}; hãy bỏ gắn trước.`);
  const row = memberFree(memberRows[0], linkField(input));
  // A member's account belongs to the cell of its member record (transfers move it along).
  const unitId = before.role === "member" ? row.m.unitId : before.unitId;
  const after = { ...before, memberId: row.m.id, unitId, ...nextVersion(before, ctx) };
  const unitName = unitId === row.m.unitId ? row.unitName : found.unitName;
  const out = toOut(after, unitName, { fullName: row.m.fullName, cardNumber: row.m.cardNumber });
  await writeBatch(
    ctx.db,
    [
      ...writeAtVersion(
        ctx,
        accounts,
        { id, version: input.version },
        { memberId: row.m.id, unitId, version: after.version, updatedAt: ctx.now },
      ),
      ...memberLinkStatements(ctx, row, id),
      auditInsert(ctx, {
        action: "account.link_member",
        entityType: "account",
        entityId: id,
        before: toOut(before, found.unitName, null),
        after: out,
      }),
    ],
    LINK_UNIQUE,
  );
  return out;
}

/** An admin unlinks an account from its member record (a wrong link, or the person left the cell's work). */
export async function unlinkMember(ctx: Ctx, id: string, version: number): Promise<AccountOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const [accountRows, memberRows] = await ctx.db.batch([
    accountQuery(ctx, id),
    memberToLinkQuery(ctx, { accountId: id }),
  ]);
  const found = accountRows[0];
  if (!found) throw notFound("Không tìm thấy tài khoản.");
  const before = found.a;
  if (before.version !== version) throw conflict("Tài khoản vừa được người khác sửa. Vui lòng tải lại.");
  if (!before.memberId) throw conflict("Tài khoản chưa gắn với hồ sơ đảng viên nào.");
  const memberRow = memberRows[0];
  const after = { ...before, memberId: null, ...nextVersion(before, ctx) };
  const out = toOut(after, found.unitName, null);
  await writeBatch(ctx.db, [
    ...writeAtVersion(
      ctx,
      accounts,
      { id, version },
      { memberId: null, version: after.version, updatedAt: ctx.now },
    ),
    ...(memberRow ? memberLinkStatements(ctx, memberRow, null) : []),
    auditInsert(ctx, {
      action: "account.unlink_member",
      entityType: "account",
      entityId: id,
      before: toOut(before, found.unitName, {
        fullName: found.memberName ?? "",
        cardNumber: found.memberCard ?? "",
      }),
      after: out,
    }),
  ]);
  return out;
}
