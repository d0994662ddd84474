// Accounts for members in bulk: one read batch and one write batch for up to SLIP_BATCH
// members of a unit's subtree, returning the one-time setup links for the printable slips.
import { and, asc, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { batchStatement, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, notFound } from "../../platform/errors";
import { newId, newToken, sha256Hex } from "../../platform/ids";
import { actorScope, inTenant, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { SETUP_LINK_TTL_MS } from "../accounts";
import type { BulkAccountsInput } from "./members.inputs";
import type { BulkAccountsOut, SlipOut } from "./members.outputs";
import { memberInSubtree, memberScope } from "./members.service";
import { countQuery } from "../../platform/lookups";

/** At most this many slips per request (about 25 A4 pages); run again for the rest. */
export const SLIP_BATCH = 200;
/** The members given no new account are counted; this many are named. */
const SKIPPED_LISTED = 50;

/** The login a member gets: the card number in lower case ("/" → "-"). */
export const cardLogin = (card: string) => card.toLowerCase().replace(/\//g, "-");
const cardLoginSql = sql`replace(lower(${members.cardNumber}), '/', '-')`;

function suffix(): string {
  const a = "abcdefghjkmnpqrstuvwxyz23456789";
  return [...crypto.getRandomValues(new Uint8Array(4))].map((b) => a[b % a.length]).join("");
}

export async function createMemberAccounts(
  ctx: Ctx,
  input: BulkAccountsInput,
  origin: string,
): Promise<BulkAccountsOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const pending = input.include === "pending";
  const unitRows = await ctx.db
    .select()
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, input.unitId), actorScope(ctx, units.path)))
    .limit(1);
  const unit = unitRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  const base = [
    memberInSubtree(ctx, unit.path),
    memberScope(ctx),
    sql`${members.status} IN ('official', 'probationary')`,
  ];
  // A member's login taken by an account of no member record: most likely the person's own, made before it
  // could be linked. No second account: the member is reported, to be linked instead.
  const loginUnlinked = sql`EXISTS (SELECT 1 FROM accounts a WHERE ${inTenant(ctx, sql`a.tenant_id`)} AND a.login = ${cardLoginSql} AND a.member_id IS NULL)`;
  const conds = [
    ...base,
    pending
      ? sql`${members.accountId} IN (SELECT a.id FROM accounts a WHERE ${inTenant(ctx, sql`a.tenant_id`)} AND a.password_hash IS NULL AND a.status = 'active')`
      : sql`${members.accountId} IS NULL AND NOT ${loginUnlinked}`,
  ];
  const loginOf = sql<
    string | null
  >`(SELECT a.login FROM accounts a WHERE ${inTenant(ctx, sql`a.tenant_id`)} AND a.id = ${members.accountId})`;
  // Who gets no new account (one person, one account): counted, and the first ones named.
  const skip = [...base, pending ? sql`0 = 1` : sql`(${members.accountId} IS NOT NULL OR ${loginUnlinked})`];
  const [rows, counted, skippedRows, skippedCount] = await ctx.db.batch([
    ctx.db
      .select({
        id: members.id,
        fullName: members.fullName,
        cardNumber: members.cardNumber,
        unitId: members.unitId,
        unitName: units.name,
        accountId: members.accountId,
        login: loginOf,
        taken: sql<number>`EXISTS (SELECT 1 FROM accounts a WHERE ${inTenant(ctx, sql`a.tenant_id`)} AND a.login = ${cardLoginSql})`,
      })
      .from(members)
      .innerJoin(units, and(eq(units.id, members.unitId), eq(units.tenantId, members.tenantId)))
      .where(scoped(ctx, members.tenantId, ...conds))
      .orderBy(asc(members.sortKey), asc(members.id))
      .limit(SLIP_BATCH),
    countQuery(ctx, members, ...conds),
    ctx.db
      .select({
        memberId: members.id,
        fullName: members.fullName,
        cardNumber: members.cardNumber,
        login: sql<string>`coalesce(${loginOf}, ${cardLoginSql})`,
        linked: sql<number>`${members.accountId} IS NOT NULL`,
      })
      .from(members)
      .where(scoped(ctx, members.tenantId, ...skip))
      .orderBy(asc(members.sortKey), asc(members.id))
      .limit(SKIPPED_LISTED),
    countQuery(ctx, members, ...skip),
  ]);
  const head = {
    unitName: unit.name,
    skippedCount: skippedCount[0]?.n ?? 0,
    skipped: skippedRows.map(({ linked, ...r }) => ({
      ...r,
      reason: linked ? ("has_account" as const) : ("login_unlinked" as const),
    })),
    remaining: Math.max(0, (counted[0]?.n ?? 0) - rows.length),
  };
  if (rows.length === 0) return { ...head, slips: [] };
  const expiresAt = ctx.now + SETUP_LINK_TTL_MS;
  const issued = await Promise.all(
    rows.map(async (r) => {
      const token = newToken(32);
      const login = pending
        ? (r.login ?? "")
        : r.taken
          ? `${cardLogin(r.cardNumber)}-${suffix()}`
          : cardLogin(r.cardNumber);
      return { r, token, hash: await sha256Hex(token), accountId: pending ? r.accountId! : newId(), login };
    }),
  );
  const data = JSON.stringify(
    issued.map((x) => ({ a: x.accountId, l: x.login, n: x.r.fullName, u: x.r.unitId, m: x.r.id, h: x.hash })),
  );
  const tid = ctx.tenant.id;
  const created = pending
    ? []
    : [
        batchStatement(
          ctx.db,
          sql`INSERT INTO accounts (id, tenant_id, login, display_name, role, unit_id, member_id, password_hash, status, failed_logins, version, created_at, updated_at)
      SELECT j.value ->> 'a', ${tid}, j.value ->> 'l', j.value ->> 'n', 'member', j.value ->> 'u', j.value ->> 'm', NULL, 'active', 0, 1, ${ctx.now}, ${ctx.now}
      FROM json_each(${data}) j`,
        ),
        batchStatement(
          ctx.db,
          sql`UPDATE members SET account_id = (SELECT j.value ->> 'a' FROM json_each(${data}) j WHERE j.value ->> 'm' = members.id),
      version = version + 1, updated_at = ${ctx.now}
      WHERE ${inTenant(ctx, sql`tenant_id`)} AND account_id IS NULL AND id IN (SELECT j.value ->> 'm' FROM json_each(${data}) j)`,
        ),
        // Someone linked one of these members meanwhile: abort the whole batch.
        batchStatement(
          ctx.db,
          sql`SELECT CASE WHEN changes() <> ${issued.length} THEN json('stale_write') END`,
        ),
      ];
  await writeBatch(
    ctx.db,
    [
      ...created,
      batchStatement(
        ctx.db,
        sql`DELETE FROM setup_tokens WHERE ${inTenant(ctx, sql`tenant_id`)} AND used_at IS NULL
        AND account_id IN (SELECT j.value ->> 'a' FROM json_each(${data}) j)`,
      ),
      batchStatement(
        ctx.db,
        sql`INSERT INTO setup_tokens (id, tenant_id, account_id, created_by, created_at, expires_at)
        SELECT j.value ->> 'h', ${tid}, j.value ->> 'a', ${ctx.actor.accountId}, ${ctx.now}, ${expiresAt} FROM json_each(${data}) j`,
      ),
      auditInsert(ctx, {
        action: pending ? "member.account_links" : "member.accounts_create",
        entityType: "unit",
        entityId: unit.id,
        after: {
          count: issued.length,
          accounts: issued.map((x) => ({ memberId: x.r.id, accountId: x.accountId, login: x.login })),
        },
      }),
    ],
    {
      "accounts.tenant_id, accounts.login": conflict("Một số tên đăng nhập vừa bị trùng. Vui lòng thử lại."),
      "accounts.tenant_id, accounts.member_id": conflict(
        "Một số đảng viên vừa được tạo tài khoản. Vui lòng thử lại.",
      ),
    },
  );
  const slips: SlipOut[] = issued.map((x) => {
    const path = `/t/${ctx.tenant.slug}/setup/${x.token}`;
    return {
      memberId: x.r.id,
      fullName: x.r.fullName,
      cardNumber: x.r.cardNumber,
      unitName: x.r.unitName,
      login: x.login,
      path,
      url: origin + path,
      expiresAt,
    };
  });
  return { ...head, slips };
}

/** Links accounts to member records by card number (demo seed, integrations): one statement each way. */
export async function linkAccountsByCard(
  ctx: Ctx,
  pairs: { accountId: string; card: string }[],
): Promise<void> {
  requireRole(ctx, "admin");
  if (pairs.length === 0) return;
  const data = JSON.stringify(pairs.map((p) => ({ a: p.accountId, c: p.card })));
  const tid = ctx.tenant.id;
  await writeBatch(ctx.db, [
    batchStatement(
      ctx.db,
      sql`UPDATE members SET account_id = (SELECT j.value ->> 'a' FROM json_each(${data}) j WHERE j.value ->> 'c' = members.card_number),
      version = version + 1, updated_at = ${ctx.now}
      WHERE ${inTenant(ctx, sql`tenant_id`)} AND card_number IN (SELECT j.value ->> 'c' FROM json_each(${data}) j)`,
    ),
    batchStatement(
      ctx.db,
      sql`UPDATE accounts SET member_id = (SELECT m.id FROM json_each(${data}) j CROSS JOIN members m
        ON ${inTenant(ctx, sql`m.tenant_id`)} AND m.card_number = j.value ->> 'c' WHERE j.value ->> 'a' = accounts.id), updated_at = ${ctx.now}
      WHERE ${inTenant(ctx, sql`tenant_id`)} AND id IN (SELECT j.value ->> 'a' FROM json_each(${data}) j)`,
    ),
    auditInsert(ctx, {
      action: "member.link_accounts",
      entityType: "member",
      entityId: tid,
      after: { pairs },
    }),
  ]);
}
