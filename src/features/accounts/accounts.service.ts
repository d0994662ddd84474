import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { accounts, sessions, setupTokens, units } from "../../db/schema/tenant/core";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors";
import { newId, newToken, sha256Hex } from "../../platform/ids";
import { actorScope, inTenant, pathInActorScope, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { ROLE_LABEL } from "../../domain/roles";
import { notifyStatement } from "../notifications";
import { getUnitInScope, unitQuery } from "../orgs";
import { LINK_UNIQUE, memberFree, memberLinkStatements, memberToLinkQuery } from "./accounts-links.service";
import type { AccountOut, CreateAccountInput, SetupLinkOut, UpdateAccountInput } from "./accounts.inputs";
import { firstVersion, nextVersion, writeAtVersion } from "../../platform/lookups";

export const SETUP_LINK_TTL_MS = 72 * 60 * 60 * 1000;

type Row = typeof accounts.$inferSelect;

type Linked = { fullName: string; cardNumber: string } | null;

export function toOut(a: Row, unitName: string | null, member: Linked): AccountOut {
  return {
    id: a.id,
    login: a.login,
    displayName: a.displayName,
    role: a.role as AccountOut["role"],
    unitId: a.unitId,
    unitName,
    memberId: a.memberId,
    memberName: member?.fullName ?? null,
    memberCardNumber: member?.cardNumber ?? null,
    status: a.status as AccountOut["status"],
    hasPassword: a.passwordHash !== null,
    lastLoginAt: a.lastLoginAt,
    version: a.version,
    createdAt: a.createdAt,
  };
}

/** Accounts the actor manages: all for an admin; those in their subtree (not admins) for a secretary. */
function accountScope(ctx: Ctx) {
  const scope = actorScope(ctx, units.path);
  return scope && and(scope, sql`${accounts.role} <> 'admin'`);
}

/** The linked member record's name and card number, as scalar subqueries beside the account. */
const memberOf = (ctx: Ctx, col: "full_name" | "card_number") =>
  sql<
    string | null
  >`(SELECT m.${sql.raw(col)} FROM members m WHERE ${inTenant(ctx, sql`m.tenant_id`)} AND m.id = ${accounts.memberId})`;
const accountColumns = (ctx: Ctx) => ({
  a: accounts,
  unitName: units.name,
  memberName: memberOf(ctx, "full_name"),
  memberCard: memberOf(ctx, "card_number"),
});
const linkedOf = (r: { memberName: string | null; memberCard: string | null }): Linked =>
  r.memberName === null ? null : { fullName: r.memberName, cardNumber: r.memberCard ?? "" };

export function accountQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select({ ...accountColumns(ctx), unitPath: units.path })
    .from(accounts)
    .leftJoin(units, and(eq(units.id, accounts.unitId), eq(units.tenantId, accounts.tenantId)))
    .where(scoped(ctx, accounts.tenantId, eq(accounts.id, id), accountScope(ctx)))
    .limit(1);
}

export async function getAccountInScope(ctx: Ctx, id: string) {
  requireRole(ctx, "admin", "secretary");
  const row = (await accountQuery(ctx, id))[0];
  if (!row) throw notFound("Không tìm thấy tài khoản.");
  return row;
}

export async function getAccount(ctx: Ctx, id: string): Promise<AccountOut> {
  const row = await getAccountInScope(ctx, id);
  return toOut(row.a, row.unitName, linkedOf(row));
}

export async function listAccounts(
  ctx: Ctx,
  q: { unitId?: string; cursor?: string; limit?: number },
): Promise<{ items: AccountOut[]; nextCursor: string | null }> {
  requireRole(ctx, "admin", "secretary");
  const limit = q.limit ?? 50;
  const rows = await ctx.db
    .select(accountColumns(ctx))
    .from(accounts)
    .leftJoin(units, and(eq(units.id, accounts.unitId), eq(units.tenantId, accounts.tenantId)))
    .where(
      scoped(
        ctx,
        accounts.tenantId,
        accountScope(ctx),
        q.unitId ? eq(accounts.unitId, q.unitId) : undefined,
        q.cursor ? gt(accounts.login, q.cursor) : undefined,
      ),
    )
    .orderBy(asc(accounts.login))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => toOut(r.a, r.unitName, linkedOf(r))),
    nextCursor: rows.length > limit ? (page[page.length - 1]?.a.login ?? null) : null,
  };
}

const loginTaken = () => invalid({ login: "Tên đăng nhập này đã có người dùng." });

/** The unit and the member record a new account names, in one read batch (either may be absent). */
async function readNewAccountRefs(ctx: Ctx, input: CreateAccountInput) {
  if (!input.unitId && input.cardNumber === undefined) return { unit: null, linked: null };
  const [unitRows, memberRows] = await ctx.db.batch([
    unitQuery(ctx, input.unitId ?? ""),
    memberToLinkQuery(ctx, { cardNumber: input.cardNumber ?? "" }),
  ]);
  if (input.unitId && !unitRows[0]) throw notFound("Không tìm thấy đơn vị.");
  const linked = input.cardNumber === undefined ? null : memberFree(memberRows[0], "cardNumber");
  if (input.role === "member" && linked && input.unitId && input.unitId !== linked.m.unitId)
    throw invalid({
      unitId: `Tài khoản đảng viên thuộc đơn vị của hồ sơ (${linked.unitName}): để trống hoặc chọn đúng đơn vị này.`,
    });
  const unit = input.unitId
    ? unitRows[0]!
    : linked && input.role !== "admin"
      ? { id: linked.m.unitId, name: linked.unitName, status: linked.unitStatus }
      : null;
  return { unit, linked };
}

/** A new account; with a card number, linked to that member record in the same batch. */
export async function createAccount(ctx: Ctx, input: CreateAccountInput): Promise<AccountOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  if (ctx.actor.role === "secretary" && input.role !== "member")
    throw forbidden("Bí thư chỉ tạo được tài khoản đảng viên trong đơn vị mình.");
  const { unit, linked } = await readNewAccountRefs(ctx, input);
  if (input.role !== "admin" && !unit)
    throw invalid({ unitId: "Cần chọn đơn vị cho tài khoản bí thư hoặc đảng viên." });
  if (unit && unit.status !== "active") throw conflict("Không thể tạo tài khoản trong đơn vị đã giải thể.");
  const row: Row = {
    id: newId(),
    tenantId: ctx.tenant.id,
    login: input.login,
    displayName: input.displayName,
    role: input.role,
    unitId: unit?.id ?? null,
    memberId: linked?.m.id ?? null,
    passwordHash: null,
    status: "active",
    failedLogins: 0,
    lockedUntil: null,
    lastLoginAt: null,
    ...firstVersion(ctx),
  };
  const out = toOut(row, unit?.name ?? null, linked?.m ?? null);
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(accounts).values(row),
      ...(linked ? memberLinkStatements(ctx, linked, row.id) : []),
      auditInsert(ctx, { action: "account.create", entityType: "account", entityId: row.id, after: out }),
    ],
    { "accounts.tenant_id, accounts.login": loginTaken(), ...LINK_UNIQUE },
  );
  return out;
}

export async function updateAccount(ctx: Ctx, id: string, input: UpdateAccountInput): Promise<AccountOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const found = await getAccountInScope(ctx, id);
  const { a: before, unitName } = found;
  if (ctx.actor.role === "secretary" && (input.role !== undefined || input.unitId !== undefined))
    throw forbidden("Chỉ quản trị đơn vị mới được đổi vai trò hoặc đơn vị của tài khoản.");
  if (
    before.id === ctx.actor.accountId &&
    (input.status === "disabled" || (input.role && input.role !== "admin"))
  )
    throw conflict("Đồng chí không thể tự khóa hoặc tự hạ quyền tài khoản của mình.");
  if (before.version !== input.version)
    throw conflict("Tài khoản vừa được người khác sửa. Vui lòng tải lại.");
  const role = input.role ?? (before.role as AccountOut["role"]);
  let unitId = input.unitId === undefined ? before.unitId : input.unitId;
  let newUnitName = unitName;
  if (input.unitId) newUnitName = (await getUnitInScope(ctx, input.unitId)).name;
  if (role !== "admin" && !unitId)
    throw invalid({ unitId: "Cần chọn đơn vị cho tài khoản bí thư hoặc đảng viên." });
  if (input.unitId === null) {
    unitId = null;
    newUnitName = null;
  }
  const after: Row = {
    ...before,
    displayName: input.displayName ?? before.displayName,
    role,
    unitId,
    status: input.status ?? before.status,
    ...nextVersion(before, ctx),
  };
  const killSessions =
    after.status !== "active" || after.role !== before.role || after.unitId !== before.unitId;
  await writeBatch(ctx.db, [
    ...writeAtVersion(
      ctx,
      accounts,
      { id, version: input.version },
      {
        displayName: after.displayName,
        role: after.role,
        unitId: after.unitId,
        status: after.status,
        version: after.version,
        updatedAt: ctx.now,
      },
    ),
    ...(killSessions
      ? [ctx.db.delete(sessions).where(scoped(ctx, sessions.tenantId, eq(sessions.accountId, id)))]
      : []),
    auditInsert(ctx, {
      action: "account.update",
      entityType: "account",
      entityId: id,
      before: toOut(before, unitName, linkedOf(found)),
      after: toOut(after, newUnitName, linkedOf(found)),
    }),
  ]);
  return toOut(after, newUnitName, linkedOf(found));
}

/**
 * Who may hand out a password link. A secretary may only give a first link to a member account that
 * was never activated (no password yet); resetting an account someone already uses, or any account of
 * a secretary, is the tenant admin's act — otherwise a secretary could set a member's password, sign
 * in as them and read their drafts.
 */
function requireMayIssueLink(ctx: Ctx, a: Row) {
  if (ctx.actor.role === "admin") return;
  if (a.role !== "member")
    throw forbidden("Chỉ quản trị đơn vị được tạo liên kết đặt mật khẩu cho tài khoản bí thư, cấp ủy viên.");
  if (a.passwordHash !== null)
    throw forbidden(
      "Tài khoản này đã được kích hoạt; chỉ quản trị đơn vị được đặt lại mật khẩu. Hãy đề nghị quản trị đơn vị.",
    );
}

/** A one-time link to set a password; replaces any earlier unused link of the account. */
export async function createSetupLink(ctx: Ctx, accountId: string): Promise<Omit<SetupLinkOut, "url">> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const { a, unitPath } = await getAccountInScope(ctx, accountId);
  if (unitPath && !pathInActorScope(ctx, unitPath)) throw notFound("Không tìm thấy tài khoản.");
  if (a.status !== "active") throw conflict("Tài khoản đang bị khóa; hãy mở khóa trước khi tạo liên kết.");
  requireMayIssueLink(ctx, a);
  // Resetting an account someone already uses: its owner is told, in the same batch as the link.
  const notice =
    a.passwordHash !== null && a.memberId && a.id !== ctx.actor.accountId
      ? notifyStatement(ctx, [
          {
            memberId: a.memberId,
            kind: "account.reset",
            title: "Mật khẩu của đồng chí đã được đặt lại",
            body: `Mật khẩu của đồng chí đã được đặt lại bởi ${ctx.actor.displayName} (${ROLE_LABEL[ctx.actor.role]}). Khi liên kết mới được dùng, mọi phiên đăng nhập hiện tại của đồng chí sẽ kết thúc. Nếu đồng chí không đề nghị việc này, hãy báo ngay cho cấp ủy.`,
          },
        ])
      : null;
  const token = newToken(32);
  const expiresAt = ctx.now + SETUP_LINK_TTL_MS;
  await writeBatch(ctx.db, [
    ctx.db
      .delete(setupTokens)
      .where(scoped(ctx, setupTokens.tenantId, eq(setupTokens.accountId, a.id), isNull(setupTokens.usedAt))),
    ctx.db.insert(setupTokens).values({
      id: await sha256Hex(token),
      tenantId: ctx.tenant.id,
      accountId: a.id,
      createdBy: ctx.actor.accountId,
      createdAt: ctx.now,
      expiresAt,
    }),
    auditInsert(ctx, {
      action: a.passwordHash === null ? "account.setup_link" : "account.password_reset",
      entityType: "account",
      entityId: a.id,
      after: { expiresAt },
    }),
    ...(notice ? [notice] : []),
  ]);
  return { path: `/t/${ctx.tenant.slug}/setup/${token}`, expiresAt };
}
