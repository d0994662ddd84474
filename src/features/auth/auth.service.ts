import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { accounts, sessions, setupTokens, tenantState } from "../../db/schema/tenant/core";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx, PublicCtx } from "../../platform/context";
import { ServiceError, invalid } from "../../platform/errors";
import { sha256Hex } from "../../platform/ids";
import { hashPassword, passwordProblem, verifyPassword } from "../../platform/passwords";
import { scoped } from "../../platform/scope";
import { checkSession, newSession } from "../../platform/session";
import { meOf } from "./auth.outputs";
import type { ChangePasswordInput } from "./auth.inputs";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const BAD_LOGIN = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa.";
const SUSPENDED = "Đơn vị này đang tạm ngừng sử dụng hệ thống. Vui lòng liên hệ quản trị nền tảng.";

/**
 * Verifies a login. Unknown user, wrong password and locked account give the same answer
 * and each runs one full scrypt. Failures are counted in the database; the fifth locks.
 */
export async function login(
  pctx: PublicCtx,
  input: { login: string; password: string },
  previousSessionId?: string,
): Promise<{ token: string; accountId: string }> {
  const [rows, state] = await pctx.db.batch([
    pctx.db
      .select()
      .from(accounts)
      .where(scoped(pctx, accounts.tenantId, eq(accounts.login, input.login.trim().toLowerCase())))
      .limit(1),
    pctx.db.select().from(tenantState).where(scoped(pctx, tenantState.tenantId)).limit(1),
  ]);
  const account = rows[0];
  const usable =
    account && account.status === "active" && !(account.lockedUntil && account.lockedUntil > pctx.now);
  const ok = await verifyPassword(input.password, usable ? account.passwordHash : null);
  if (state[0] && (state[0].status === "suspended" || state[0].status === "deleting"))
    throw new ServiceError("unauthenticated", SUSPENDED);
  // Mid-move (or a stale registry entry after one): a new session here would be lost.
  if (state[0] && (state[0].readOnly === 1 || state[0].movedTo)) throw new ServiceError("read_only");
  if (!account || !usable || !ok) {
    if (account && usable) {
      const failed = account.failedLogins + 1;
      const lock = failed >= MAX_FAILED_LOGINS;
      await writeBatch(pctx.db, [
        pctx.db
          .update(accounts)
          .set({ failedLogins: lock ? 0 : failed, lockedUntil: lock ? pctx.now + LOCKOUT_MS : null })
          .where(scoped(pctx, accounts.tenantId, eq(accounts.id, account.id))),
        ...(lock
          ? [
              auditInsert(
                pctx,
                { action: "auth.lockout", entityType: "account", entityId: account.id, after: { failed } },
                "hệ thống",
              ),
            ]
          : []),
      ]);
    }
    throw new ServiceError("unauthenticated", BAD_LOGIN);
  }
  const { token, row } = await newSession(pctx.tenant.id, account.id, pctx.now);
  await writeBatch(pctx.db, [
    // Rotation: the session this browser had before signing in ends here.
    ...(previousSessionId
      ? [pctx.db.delete(sessions).where(scoped(pctx, sessions.tenantId, eq(sessions.id, previousSessionId)))]
      : []),
    pctx.db.insert(sessions).values(row),
    pctx.db
      .update(accounts)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: pctx.now })
      .where(scoped(pctx, accounts.tenantId, eq(accounts.id, account.id))),
    auditInsert(
      pctx,
      { action: "auth.login", entityType: "account", entityId: account.id },
      `${account.displayName} (${account.login})`,
    ),
  ]);
  return { token, accountId: account.id };
}

/** Signing out and changing a password belong to a person: an API key has no session or password. */
function requirePerson(ctx: Ctx): void {
  if (ctx.actor.apiKey)
    throw new ServiceError(
      "forbidden",
      "Khóa API không có phiên đăng nhập hay mật khẩu: thao tác này dành cho người dùng.",
    );
}

export async function logout(ctx: Ctx): Promise<void> {
  requirePerson(ctx);
  await writeBatch(ctx.db, [
    ctx.db.delete(sessions).where(scoped(ctx, sessions.tenantId, eq(sessions.id, ctx.actor.sessionId))),
    auditInsert(ctx, { action: "auth.logout", entityType: "account", entityId: ctx.actor.accountId }),
  ]);
}

/** Changes the password, ends every other session of the account and returns a fresh one. */
export async function changePassword(ctx: Ctx, input: ChangePasswordInput): Promise<{ token: string }> {
  requirePerson(ctx);
  const weak = passwordProblem(input.newPassword);
  if (weak) throw invalid({ newPassword: weak });
  const account = (
    await ctx.db
      .select()
      .from(accounts)
      .where(scoped(ctx, accounts.tenantId, eq(accounts.id, ctx.actor.accountId)))
      .limit(1)
  )[0];
  if (!account || !(await verifyPassword(input.currentPassword, account.passwordHash)))
    throw invalid({ currentPassword: "Mật khẩu hiện tại không đúng." });
  const hash = await hashPassword(input.newPassword);
  const { token, row } = await newSession(ctx.tenant.id, account.id, ctx.now);
  await writeBatch(ctx.db, [
    ctx.db
      .update(accounts)
      .set({ passwordHash: hash, version: account.version + 1, updatedAt: ctx.now })
      .where(scoped(ctx, accounts.tenantId, eq(accounts.id, account.id))),
    ctx.db.delete(sessions).where(scoped(ctx, sessions.tenantId, eq(sessions.accountId, account.id))),
    ctx.db.insert(sessions).values(row),
    auditInsert(ctx, { action: "auth.password_change", entityType: "account", entityId: account.id }),
  ]);
  return { token };
}

async function findSetupToken(pctx: PublicCtx, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const id = await sha256Hex(token);
  const row = (
    await pctx.db
      .select({ t: setupTokens, a: accounts })
      .from(setupTokens)
      .innerJoin(
        accounts,
        and(eq(accounts.id, setupTokens.accountId), eq(accounts.tenantId, setupTokens.tenantId)),
      )
      .where(
        scoped(
          pctx,
          setupTokens.tenantId,
          eq(setupTokens.id, id),
          isNull(setupTokens.usedAt),
          gt(setupTokens.expiresAt, pctx.now),
          ne(accounts.status, "disabled"),
        ),
      )
      .limit(1)
  )[0];
  return row ?? null;
}

const LINK_GONE =
  "Liên kết đã hết hạn, đã được dùng hoặc không đúng. Hãy đề nghị bí thư hoặc quản trị tạo liên kết mới.";

/** Who a setup link is for (to greet them by name), or 410. */
export async function readSetupLink(pctx: PublicCtx, token: string) {
  const row = await findSetupToken(pctx, token);
  if (!row) throw new ServiceError("gone", LINK_GONE);
  return { displayName: row.a.displayName, login: row.a.login, expiresAt: row.t.expiresAt };
}

/** Sets the password through a one-time link and signs the person in. */
export async function completeSetup(
  pctx: PublicCtx,
  token: string,
  password: string,
): Promise<{ token: string }> {
  const weak = passwordProblem(password);
  if (weak) throw invalid({ password: weak });
  const row = await findSetupToken(pctx, token);
  if (!row) throw new ServiceError("gone", LINK_GONE);
  const hash = await hashPassword(password);
  const session = await newSession(pctx.tenant.id, row.a.id, pctx.now);
  await writeBatch(pctx.db, [
    pctx.db
      .update(setupTokens)
      .set({ usedAt: pctx.now })
      .where(scoped(pctx, setupTokens.tenantId, eq(setupTokens.id, row.t.id), isNull(setupTokens.usedAt))),
    guardChanged(pctx.db),
    pctx.db
      .update(accounts)
      .set({
        passwordHash: hash,
        failedLogins: 0,
        lockedUntil: null,
        lastLoginAt: pctx.now,
        version: row.a.version + 1,
      })
      .where(scoped(pctx, accounts.tenantId, eq(accounts.id, row.a.id))),
    pctx.db.delete(sessions).where(scoped(pctx, sessions.tenantId, eq(sessions.accountId, row.a.id))),
    pctx.db.insert(sessions).values(session.row),
    auditInsert(
      pctx,
      { action: "auth.setup_complete", entityType: "account", entityId: row.a.id },
      `${row.a.displayName} (${row.a.login})`,
    ),
  ]);
  return { token: session.token };
}

/** The "me" document for a freshly issued session token. */
export async function meByToken(pctx: PublicCtx, token: string) {
  const res = await checkSession(pctx.db, pctx.tenant.id, token, pctx.now);
  if (res.kind !== "ok") throw new ServiceError("unauthenticated");
  return meOf(pctx.tenant, res.actor);
}
