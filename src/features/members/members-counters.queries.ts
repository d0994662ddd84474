// The member count as a roll-up counter: metric `members.current`, year 0 (not tied to a cycle),
// grp = the member's group, at the member's cell and every ancestor. Only current members
// (official, probationary) count. Every write that can change a member's unit, status or group
// puts a "take out" statement before it and a "put back" statement after it in the same batch,
// so dashboards and reports read one row per unit instead of counting the tenant's members.
import { CURRENT_STATUSES } from "../../domain/members";
import { type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { batchStatement } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import type { CounterSource } from "../../platform/counters";
import { inTenant, pathJson, tenantRef } from "../../platform/scope";
import type { Db } from "../../platform/db";

export const MEMBERS_METRIC = "members.current";

const CURRENT_SQL = sql.raw(CURRENT_STATUSES.map((s) => `'${s}'`).join(", "));

/**
 * Adds `sign` per current member to the counters of their unit and its ancestors, for the
 * members that `from` (a FROM clause binding `m` to members) and `where` select. `grp` is
 * the group counted (default: the stored one).
 */
export function memberCountStatement(
  ctx: Ctx,
  sign: 1 | -1,
  from: SQL,
  where: SQL,
  grp: SQL = sql`m.member_group`,
): BatchItem<"sqlite"> {
  return batchStatement(
    ctx.db,
    sql`INSERT INTO unit_counters (tenant_id, unit_id, year, metric, grp, value)
      SELECT m.tenant_id, a.value, 0, ${MEMBERS_METRIC}, ${grp}, ${sign} * count(*)
      ${from} CROSS JOIN units u ON u.tenant_id = m.tenant_id AND u.id = m.unit_id
      CROSS JOIN json_each(${pathJson(sql`u.path`)}) a
      WHERE ${inTenant(ctx, sql`m.tenant_id`)} AND m.status IN (${CURRENT_SQL}) AND (${where})
      GROUP BY a.value, ${grp}
      ON CONFLICT (tenant_id, unit_id, year, metric, grp) DO UPDATE SET value = unit_counters.value + excluded.value`,
  );
}

/** Take one member out of the counts (before a write), or put them back (after it). */
export function memberCountOne(ctx: Ctx, sign: 1 | -1, memberId: string) {
  return memberCountStatement(ctx, sign, sql`FROM members m`, sql`m.id = ${memberId}`);
}

/**
 * Wraps the statements of a single-member write: its contribution is taken out before and put
 * back after, whatever changed (unit, status, group). Two index probes and a few counter rows.
 */
export function countedWrite(
  ctx: Ctx,
  memberId: string,
  write: BatchItem<"sqlite">[],
): BatchItem<"sqlite">[] {
  return [memberCountOne(ctx, -1, memberId), ...write, memberCountOne(ctx, 1, memberId)];
}

/** The recount source: current members by unit and group, rolled up by the recount. */
export const membersCounterSource: CounterSource = {
  name: "members",
  metrics: [MEMBERS_METRIC],
  async query(db: Db, tenantId: string) {
    const rows = await db.all<{ unitPath: string; grp: string; n: number }>(
      sql`SELECT u.path AS unitPath, m.member_group AS grp, count(*) AS n
        FROM members m JOIN units u ON u.tenant_id = m.tenant_id AND u.id = m.unit_id
        WHERE ${inTenant(tenantRef(tenantId), sql`m.tenant_id`)} AND m.status IN (${CURRENT_SQL})
        GROUP BY u.path, m.member_group`,
    );
    return rows.map((r) => ({
      unitPath: r.unitPath,
      year: 0,
      metric: MEMBERS_METRIC,
      grp: r.grp,
      value: r.n,
    }));
  },
};
