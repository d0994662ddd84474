/**
 * The setup most route tests start from: a tenant with its admin signed in, units under its root,
 * accounts with their session cookies (built on the factories of test/harness.ts).
 */
import { eq } from "drizzle-orm";
import { members } from "../src/db/schema/tenant/members";
import { createMember } from "../src/features/members/members.service";
import type { Role } from "../src/platform/context";
import type { TestAccount, TestTenant } from "./harness";
import { cookieFor, dbOf, makeAccount, makeTenant, makeUnit } from "./harness";

/** The tenant's root unit, as a parent for makeUnit / makeAccount. */
export function rootOf(t: TestTenant) {
  return { id: t.rootId, path: t.rootPath, depth: 0 };
}

/** A unit right under the tenant's root. */
export function underRoot(t: TestTenant, kind = "cell", name?: string) {
  return makeUnit(t, rootOf(t), kind, name);
}

/** A new tenant and its admin's session cookie: where most route tests start. */
export async function world(opts: Parameters<typeof makeTenant>[0] = {}) {
  const t = await makeTenant(opts);
  return { t, cookie: await cookieFor(t, t.adminId) };
}

/** An account of `role` in `unit`, signed in: the account and its session cookie. */
export async function signedIn(
  t: TestTenant,
  role: Role,
  unit: { id: string; path: string } | null,
  extra: Parameters<typeof makeAccount>[3] = {},
): Promise<TestAccount & { cookie: string }> {
  const account = await makeAccount(t, role, unit, extra);
  return { ...account, cookie: await cookieFor(t, account.id) };
}

/** A session cookie of the tenant's admin. */
export function adminCookie(t: TestTenant): Promise<string> {
  return cookieFor(t, t.adminId);
}

/** A member of `cell` with an account of `role` linked to it (both ways), signed in. */
export async function linkedMember(
  t: TestTenant,
  cell: { id: string; path: string },
  input: Omit<Parameters<typeof createMember>[1], "unitId">,
  role: Role = "member",
) {
  const member = await createMember(t.ctx(), { ...input, unitId: cell.id });
  const account = await makeAccount(t, role, cell, { memberId: member.id, displayName: input.fullName });
  await dbOf(t).update(members).set({ accountId: account.id }).where(eq(members.id, member.id));
  return { member, account, cookie: await cookieFor(t, account.id) };
}
