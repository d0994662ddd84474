import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenantRow, tenantSettingsTable, versioned } from "../../columns";
import { importProgressColumns } from "./imports";

/**
 * Party members (đảng viên). Never deleted: leaving the tenant is a status. `sort_key` orders
 * names the Vietnamese way (given name, middle, family); `member_group` is the effective group
 * (override, else the one derived from the positions by the tenant's rules).
 */
export const members = sqliteTable(
  "members",
  {
    ...tenantRow(),
    cardNumber: text("card_number").notNull(),
    fullName: text("full_name").notNull(),
    searchKey: text("search_key").notNull(),
    sortKey: text("sort_key").notNull(),
    birthDate: text("birth_date"),
    gender: text("gender"),
    unitId: text("unit_id").notNull(),
    joinDate: text("join_date"),
    officialDate: text("official_date"),
    status: text("status").notNull(),
    /** JSON arrays of position codes (members.positions.ts). */
    partyPositions: text("party_positions").notNull().default("[]"),
    govPositions: text("gov_positions").notNull().default("[]"),
    positionGroup: text("position_group").notNull(),
    groupOverride: text("group_override"),
    groupOverrideReason: text("group_override_reason"),
    memberGroup: text("member_group").notNull(),
    accountId: text("account_id"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("members_tenant_card_uq").on(t.tenantId, t.cardNumber),
    index("members_tenant_sort_idx").on(t.tenantId, t.sortKey, t.id),
    index("members_tenant_unit_sort_idx").on(t.tenantId, t.unitId, t.sortKey, t.id),
    // One member record per account: the other half of accounts_tenant_member_uq.
    uniqueIndex("members_tenant_account_uq").on(t.tenantId, t.accountId),
    index("members_tenant_updated_idx").on(t.tenantId, t.updatedAt, t.id),
  ],
);

/**
 * Every change of positions or group, with the date it takes effect from and the group before it
 * (so the group on any date is known without a row per member at creation).
 */
export const memberGroupHistory = sqliteTable(
  "member_group_history",
  {
    ...tenantRow(),
    memberId: text("member_id").notNull(),
    effectiveFrom: text("effective_from").notNull(),
    memberGroup: text("member_group").notNull(),
    previousGroup: text("previous_group"),
    positionGroup: text("position_group").notNull(),
    partyPositions: text("party_positions").notNull(),
    govPositions: text("gov_positions").notNull(),
    reason: text("reason").notNull(),
    createdBy: text("created_by"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("member_group_history_member_idx").on(t.tenantId, t.memberId, t.effectiveFrom)],
);

/** Chuyển sinh hoạt đảng: moves between units, and leaving the tenant (to_unit_id null). */
export const memberTransfers = sqliteTable(
  "member_transfers",
  {
    ...tenantRow(),
    memberId: text("member_id").notNull(),
    fromUnitId: text("from_unit_id"),
    toUnitId: text("to_unit_id"),
    date: text("date").notNull(),
    reason: text("reason").notNull(),
    createdBy: text("created_by"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("member_transfers_member_idx").on(t.tenantId, t.memberId, t.date)],
);

/** The tenant's rule: which position codes put a member in group 1. No row = the default list. */
export const memberGroupRules = tenantSettingsTable("member_group_rules", {
  exemplarPositions: text("exemplar_positions").notNull(),
});

/**
 * Roster imports before the shared import pipeline: superseded by import_jobs (migration 0010
 * copied the rows); no code reads it. Dropped by a later, separate migration.
 */
export const memberImports = sqliteTable(
  "member_imports",
  {
    ...tenantRow(),
    createdBy: text("created_by").notNull(),
    createdByLabel: text("created_by_label").notNull(),
    ...importProgressColumns(),
    rulesJson: text("rules_json"),
    ...versioned(),
    committedAt: integer("committed_at"),
    finishedAt: integer("finished_at"),
  },
  (t) => [index("member_imports_tenant_created_idx").on(t.tenantId, t.createdAt)],
);
