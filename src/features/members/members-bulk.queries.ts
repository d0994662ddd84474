// Bulk writes of member rows: thousands per statement through INSERT … SELECT FROM json_each(?),
// upserting by card number. Used by the roster import (one batch per chunk) and the demo seed.
import { type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { batchStatement } from "../../platform/batch";
import { inTenant } from "../../platform/scope";
import type { Ctx } from "../../platform/context";
import { memberCountStatement } from "./members-counters.queries";
import { vnToday } from "../../domain/time";
import { groupFor } from "./members-positions.rules";

/** A normalised roster row, as stored in the import chunks (short keys keep the JSON small). */
export interface BulkRow {
  /** card number */ c: string;
  /** full name, search key, sort key */ n: string;
  s: string;
  k: string;
  /** birth date, gender, unit id, join date, official date, status */ b: string | null;
  g: string | null;
  u: string;
  j: string | null;
  o: string | null;
  t: string;
  /** party and government position codes */ p: string[];
  v: string[];
}

/** Optional columns the source had; absent ones keep the stored value on update. */
export type BulkColumn = "birthDate" | "gender" | "joinDate" | "officialDate" | "status" | "party" | "gov";

const COLUMN_SQL: Record<Exclude<BulkColumn, "party" | "gov">, string> = {
  birthDate: "birth_date",
  gender: "gender",
  joinDate: "join_date",
  officialDate: "official_date",
  status: "status",
};

/** 'exemplar' when any of the positions (JSON arrays) is one of the group-1 positions. */
export function positionGroupSql(party: SQL, gov: SQL, rulesJson: string): SQL {
  return sql`(CASE WHEN EXISTS (SELECT 1 FROM json_each(${party}) pp WHERE pp.value IN (SELECT value FROM json_each(${rulesJson})))
    OR EXISTS (SELECT 1 FROM json_each(${gov}) gp WHERE gp.value IN (SELECT value FROM json_each(${rulesJson})))
    THEN 'exemplar' ELSE 'follower' END)`;
}

export interface BulkOptions {
  columns: BulkColumn[];
  /** The tenant's group-1 position codes. */
  rules: string[];
  reason: string;
  /** When set, the statements also count progress on this import job. */
  jobId?: string;
  /**
   * No card of `rows` exists yet (see countExisting): the statements that only concern existing
   * members (transfers, history of changes, accounts) are left out.
   */
  allNew?: boolean;
}

/** How many of the rows' card numbers the tenant already has (one index probe per row). */
export async function countExisting(ctx: Ctx, rows: BulkRow[]): Promise<number> {
  const cards = JSON.stringify(rows.map((r) => r.c));
  const row = await ctx.db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM json_each(${cards}) j CROSS JOIN members m ON ${inTenant(ctx, sql`m.tenant_id`)} AND m.card_number = j.value`,
  );
  return row?.n ?? 0;
}

/**
 * The statements that upsert `rows` (distinct card numbers, units already checked): transfers
 * and group history for existing members that change, the upsert itself, history for the new
 * ones, linked accounts following their member. Put them in one writeBatch with the audit row.
 */
export function bulkUpsertStatements(ctx: Ctx, rows: BulkRow[], opts: BulkOptions): BatchItem<"sqlite">[] {
  const has = (c: BulkColumn) => opts.columns.includes(c);
  // When both position columns are given, the group is computed here: cheaper than in SQL.
  const both = has("party") && has("gov");
  const data = JSON.stringify(
    both ? rows.map((r) => ({ ...r, q: groupFor([...r.p, ...r.v], opts.rules) })) : rows,
  );
  const rules = JSON.stringify(opts.rules);
  const today = vnToday(ctx.now);
  const actor = ctx.actor.accountId;
  // CROSS JOIN keeps json_each as the outer loop: one index probe per row, never a scan of the tenant.
  const existing = sql`FROM json_each(${data}) j CROSS JOIN members m ON ${inTenant(ctx, sql`m.tenant_id`)} AND m.card_number = j.value ->> 'c'`;
  const newParty = has("party") ? sql`coalesce(j.value ->> 'p', '[]')` : sql`m.party_positions`;
  const newGov = has("gov") ? sql`coalesce(j.value ->> 'v', '[]')` : sql`m.gov_positions`;
  const newGroup = both ? sql`(j.value ->> 'q')` : positionGroupSql(newParty, newGov, rules);
  const history = sql`INSERT INTO member_group_history (id, tenant_id, member_id, effective_from, member_group, previous_group, position_group, party_positions, gov_positions, reason, created_by, created_at)`;
  const out: BatchItem<"sqlite">[] = [];

  if (!opts.allNew) {
    out.push(
      batchStatement(
        ctx.db,
        sql`INSERT INTO member_transfers (id, tenant_id, member_id, from_unit_id, to_unit_id, date, reason, created_by, created_at)
        SELECT lower(hex(randomblob(8))), m.tenant_id, m.id, m.unit_id, j.value ->> 'u', ${today}, ${opts.reason}, ${actor}, ${ctx.now}
        ${existing} WHERE m.unit_id <> j.value ->> 'u'`,
      ),
      batchStatement(
        ctx.db,
        sql`UPDATE accounts SET unit_id = (SELECT j.value ->> 'u' ${existing} WHERE m.account_id = accounts.id), updated_at = ${ctx.now}
        WHERE ${inTenant(ctx, sql`tenant_id`)} AND role = 'member'
        AND id IN (SELECT m.account_id ${existing} WHERE m.account_id IS NOT NULL AND m.unit_id <> j.value ->> 'u')`,
      ),
    );
    if (has("party") || has("gov")) {
      out.push(
        batchStatement(
          ctx.db,
          sql`${history}
          SELECT lower(hex(randomblob(8))), m.tenant_id, m.id, ${today}, coalesce(m.group_override, ${newGroup}), m.member_group, ${newGroup}, ${newParty}, ${newGov}, ${opts.reason}, ${actor}, ${ctx.now}
          ${existing} WHERE ${newParty} <> m.party_positions OR ${newGov} <> m.gov_positions OR ${newGroup} <> m.position_group`,
        ),
      );
    }
    if (has("status")) {
      // Members who leave the tenant lose access with their account.
      const leaving = sql`SELECT m.account_id ${existing} WHERE m.account_id IS NOT NULL AND j.value ->> 't' IN ('transferred_out', 'deceased', 'removed')`;
      out.push(
        batchStatement(
          ctx.db,
          sql`UPDATE accounts SET status = 'disabled', updated_at = ${ctx.now} WHERE ${inTenant(ctx, sql`tenant_id`)} AND id IN (${leaving})`,
        ),
        batchStatement(
          ctx.db,
          sql`DELETE FROM sessions WHERE ${inTenant(ctx, sql`tenant_id`)} AND account_id IN (${leaving})`,
        ),
      );
    }
    if (opts.jobId) {
      out.push(
        batchStatement(
          ctx.db,
          sql`UPDATE import_jobs SET rows_existing = rows_existing + (SELECT count(*) ${existing})
          WHERE ${inTenant(ctx, sql`tenant_id`)} AND id = ${opts.jobId}`,
        ),
      );
    }
  }
  // The member counts: existing members are taken out before the upsert, every row is put back
  // after it (with its new unit, status and group).
  if (!opts.allNew) out.push(memberCountStatement(ctx, -1, existing, sql`true`));
  out.push(batchStatement(ctx.db, upsertSql(ctx, data, rules, opts.columns)));
  if (opts.jobId) {
    // changes() here is the upsert's: rows inserted or really updated (unchanged rows are skipped).
    out.push(
      batchStatement(
        ctx.db,
        sql`UPDATE import_jobs SET rows_changed = rows_changed + changes(), rows_done = rows_done + ${rows.length}, updated_at = ${ctx.now}
        WHERE ${inTenant(ctx, sql`tenant_id`)} AND id = ${opts.jobId}`,
      ),
    );
  }
  out.push(memberCountStatement(ctx, 1, existing, sql`true`));
  return out;
}

function upsertSql(ctx: Ctx, data: string, rules: string, columns: BulkColumn[]): SQL {
  const has = (c: BulkColumn) => columns.includes(c);
  const both = has("party") && has("gov");
  const insGroup = both
    ? sql`(j.value ->> 'q')`
    : positionGroupSql(sql`coalesce(j.value ->> 'p', '[]')`, sql`coalesce(j.value ->> 'v', '[]')`, rules);
  const updParty = has("party") ? sql`excluded.party_positions` : sql`members.party_positions`;
  const updGov = has("gov") ? sql`excluded.gov_positions` : sql`members.gov_positions`;
  const updGroup = both ? sql`excluded.position_group` : positionGroupSql(updParty, updGov, rules);
  // Column names come from the fixed list above, never from the file.
  const cols = ["full_name", "search_key", "sort_key", "unit_id"];
  for (const [key, col] of Object.entries(COLUMN_SQL)) if (has(key as BulkColumn)) cols.push(col);
  if (has("party")) cols.push("party_positions");
  if (has("gov")) cols.push("gov_positions");
  const set = sql.raw(cols.map((c) => `${c} = excluded.${c}`).join(", "));
  const changed = sql.raw(
    `(${cols.map((c) => `members.${c}`).join(", ")}) IS NOT (${cols.map((c) => `excluded.${c}`).join(", ")})`,
  );
  const groupSet =
    has("party") || has("gov")
      ? sql`, position_group = ${updGroup}, member_group = coalesce(members.group_override, ${updGroup})`
      : sql``;
  return sql`INSERT INTO members (id, tenant_id, card_number, full_name, search_key, sort_key, birth_date, gender, unit_id, join_date, official_date, status, party_positions, gov_positions, position_group, member_group, version, created_at, updated_at)
    SELECT lower(hex(randomblob(8))), ${ctx.tenant.id}, j.value ->> 'c', j.value ->> 'n', j.value ->> 's', j.value ->> 'k', j.value ->> 'b', j.value ->> 'g', j.value ->> 'u', j.value ->> 'j', j.value ->> 'o', j.value ->> 't',
      coalesce(j.value ->> 'p', '[]'), coalesce(j.value ->> 'v', '[]'), ${insGroup}, ${insGroup}, 1, ${ctx.now}, ${ctx.now}
    FROM json_each(${data}) j WHERE true
    ON CONFLICT (tenant_id, card_number) DO UPDATE SET ${set}${groupSet}, version = members.version + 1, updated_at = excluded.updated_at
    WHERE ${changed}`;
}
