import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenantRow, timestamps, versioned } from "../../columns";

/**
 * A unit's criteria set for one year (the identity behind its versions). `version` is the
 * optimistic-concurrency counter every edit of the set bumps, whichever version it touches.
 */
export const criteriaSets = sqliteTable(
  "criteria_sets",
  {
    ...tenantRow(),
    unitId: text("unit_id").notNull(),
    year: integer("year").notNull(),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("criteria_sets_tenant_unit_year_uq").on(t.tenantId, t.unitId, t.year),
    index("criteria_sets_tenant_year_idx").on(t.tenantId, t.year),
  ],
);

/**
 * One version of a set: draft → published → superseded. At most one draft and one published
 * per set. `revision` counts in-place edits; `locked_at` is set once a plan uses the version,
 * after which edits go to a new draft.
 */
export const criteriaSetVersions = sqliteTable(
  "criteria_set_versions",
  {
    ...tenantRow(),
    setId: text("set_id").notNull(),
    unitId: text("unit_id").notNull(),
    year: integer("year").notNull(),
    number: integer("number").notNull(),
    status: text("status").notNull(),
    title: text("title").notNull(),
    issuer: text("issuer").notNull(),
    docNumber: text("doc_number"),
    /** ISO date "YYYY-MM-DD" of the issuing document. */
    docDate: text("doc_date"),
    basis: text("basis"),
    sourceTemplate: text("source_template"),
    revision: integer("revision").notNull().default(1),
    lockedAt: integer("locked_at"),
    publishedAt: integer("published_at"),
    publishedBy: text("published_by"),
    supersededAt: integer("superseded_at"),
    createdBy: text("created_by"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("criteria_set_versions_number_uq").on(t.tenantId, t.setId, t.number),
    uniqueIndex("criteria_set_versions_one_draft_uq").on(t.tenantId, t.setId).where(sql`status = 'draft'`),
    uniqueIndex("criteria_set_versions_one_published_uq")
      .on(t.tenantId, t.setId)
      .where(sql`status = 'published'`),
    index("criteria_set_versions_unit_year_idx").on(t.tenantId, t.unitId, t.year, t.status),
  ],
);

/**
 * The rows of one set version; `id` is the criterion version a plan points at. `key` is the
 * lineage key: minted where a criterion is added, shared by every concretisation or hiding of it
 * below, and kept across versions and years. `basis_*` snapshot the parent wording a derived row
 * was written against, so a later change above shows up as a notice.
 */
export const criteria = sqliteTable(
  "criteria",
  {
    ...tenantRow(),
    setVersionId: text("set_version_id").notNull(),
    key: text("key").notNull(),
    group: text("member_group").notNull(),
    position: integer("position").notNull(),
    /** added | concretised | hidden */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    isCore: integer("is_core").notNull().default(0),
    basisId: text("basis_id"),
    basisTitle: text("basis_title"),
    basisBody: text("basis_body"),
    ...timestamps(),
  },
  (t) => [uniqueIndex("criteria_tenant_version_key_uq").on(t.tenantId, t.setVersionId, t.key)],
);

/** The tenant's themes for a year: chuyên đề toàn khóa and chuyên đề năm. */
export const criteriaYearThemes = sqliteTable(
  "criteria_year_themes",
  {
    ...tenantRow(),
    year: integer("year").notNull(),
    termTheme: text("term_theme").notNull(),
    yearTheme: text("year_theme").notNull(),
    note: text("note"),
    ...versioned(),
  },
  (t) => [uniqueIndex("criteria_year_themes_tenant_year_uq").on(t.tenantId, t.year)],
);

/** A unit's 3–4 focus issues of a year; plan items link to them by id. */
export const criteriaFocusIssues = sqliteTable(
  "criteria_focus_issues",
  {
    ...tenantRow(),
    unitId: text("unit_id").notNull(),
    year: integer("year").notNull(),
    /** focus (nội dung trọng tâm, đột phá) | pressing (vấn đề bức xúc, nổi cộm) */
    kind: text("kind").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    ...versioned(),
  },
  (t) => [index("criteria_focus_issues_unit_year_idx").on(t.tenantId, t.unitId, t.year, t.position)],
);
