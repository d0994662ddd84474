/**
 * Platform operators sign in on the control plane only: their own accounts, sessions and
 * lockout, nothing shared with any tenant. Same hygiene as tenant sign-in: scrypt, one
 * answer for unknown / wrong / locked, failures counted in the database, hashed tokens.
 */
import { opAudit, type OpCtx } from "../../platform/control-plane";
import { and, eq, lt, or } from "drizzle-orm";
import { operatorSessions, operators } from "../../db/schema/control";
import type { Bindings } from "../../env";
import { writeBatch } from "../../platform/batch";
import { ServiceError } from "../../platform/errors";
import { newId, newToken, sha256Hex } from "../../platform/ids";
import { Meter } from "../../platform/meter";
import { OP_ABSOLUTE_MS, OP_IDLE_MS, type Operator } from "../../platform/operator-session";
import { hashPassword, verifyPassword } from "../../platform/passwords";
import { controlDb } from "../../platform/tenancy";

export const OP_MAX_FAILED = 5;
export const OP_LOCKOUT_MS = 15 * 60 * 1000;
const BAD_LOGIN = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa.";

/** Verifies an operator's password and opens a session; the previous one of this browser ends. */
export async function operatorLogin(
  o: OpCtx,
  input: { login: string; password: string },
  previousToken?: string,
): Promise<{ token: string; operator: Operator }> {
  const login = input.login.trim().toLowerCase();
  const row = (await o.control.select().from(operators).where(eq(operators.login, login)).limit(1))[0];
  const usable = row && row.status === "active" && !(row.lockedUntil && row.lockedUntil > o.now);
  const ok = await verifyPassword(input.password, usable ? row.passwordHash : null);
  if (!row || !usable || !ok) {
    if (row && usable) {
      const failed = row.failedLogins + 1;
      const lock = failed >= OP_MAX_FAILED;
      await writeBatch(o.control, [
        o.control
          .update(operators)
          .set({ failedLogins: lock ? 0 : failed, lockedUntil: lock ? o.now + OP_LOCKOUT_MS : null })
          .where(eq(operators.id, row.id)),
        ...(lock
          ? [
              opAudit(o.control, {
                operatorId: row.id,
                label: row.login,
                action: "operator.lockout",
                requestId: o.requestId,
                now: o.now,
              }),
            ]
          : []),
      ]);
    }
    throw new ServiceError("unauthenticated", BAD_LOGIN);
  }
  const token = newToken(32);
  const id = await sha256Hex(token);
  const prevId = previousToken ? await sha256Hex(previousToken) : null;
  await writeBatch(o.control, [
    ...(prevId ? [o.control.delete(operatorSessions).where(eq(operatorSessions.id, prevId))] : []),
    o.control.insert(operatorSessions).values({
      id,
      operatorId: row.id,
      createdAt: o.now,
      lastSeenAt: o.now,
      expiresAt: o.now + OP_ABSOLUTE_MS,
    }),
    o.control.update(operators).set({ failedLogins: 0, lockedUntil: null }).where(eq(operators.id, row.id)),
    opAudit(o.control, {
      operatorId: row.id,
      label: `${row.displayName} (${row.login})`,
      action: "operator.login",
      requestId: o.requestId,
      now: o.now,
    }),
  ]);
  return { token, operator: { id: row.id, login: row.login, displayName: row.displayName, sessionId: id } };
}

export async function operatorLogout(o: OpCtx, op: Operator): Promise<void> {
  await writeBatch(o.control, [
    o.control.delete(operatorSessions).where(eq(operatorSessions.id, op.sessionId)),
    opAudit(o.control, {
      operatorId: op.id,
      label: `${op.displayName} (${op.login})`,
      action: "operator.logout",
      requestId: o.requestId,
      now: o.now,
    }),
  ]);
}

/** Expired operator sessions go (daily cron). */
export async function pruneOperatorSessions(o: OpCtx): Promise<void> {
  await o.control
    .delete(operatorSessions)
    .where(or(lt(operatorSessions.expiresAt, o.now), lt(operatorSessions.lastSeenAt, o.now - OP_IDLE_MS)));
}

export const DEMO_OPERATOR = {
  login: "operator",
  displayName: "Vận hành nền tảng (demo)",
  password: "guongmau-demo",
};

/** The local demo's operator; idempotent (an existing login is left alone). */
export async function seedDemoOperator(env: Bindings): Promise<boolean> {
  const control = controlDb(env, new Meter());
  const exists = await control
    .select({ id: operators.id })
    .from(operators)
    .where(and(eq(operators.login, DEMO_OPERATOR.login)))
    .limit(1);
  if (exists.length) return false;
  const now = Date.now();
  await control
    .insert(operators)
    .values({
      id: newId(),
      login: DEMO_OPERATOR.login,
      displayName: DEMO_OPERATOR.displayName,
      passwordHash: await hashPassword(DEMO_OPERATOR.password),
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing();
  return true;
}
