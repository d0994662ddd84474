import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { tenantColumns, tenantRow, tenantSettingsTable, timestamps, versioned } from "../../columns";

/**
 * Models of studying and following (mô hình): collective (a unit's) or individual (a member's).
 * `unit_id` is where the model lives and is counted; it never changes. The natural key
 * (unit, NFC-lower-case title, start year) makes spreadsheet imports idempotent.
 */
export const exemplarModels = sqliteTable(
  "exemplar_models",
  {
    ...tenantRow(),
    kind: text("kind").notNull(),
    unitId: text("unit_id").notNull(),
    memberId: text("member_id"),
    title: text("title").notNull(),
    titleKey: text("title_key").notNull(),
    searchKey: text("search_key").notNull(),
    description: text("description").notNull().default(""),
    field: text("field").notNull(),
    startYear: integer("start_year").notNull(),
    /** Shown on the public page "gương người tốt, việc tốt" when the tenant turns it on. */
    published: integer("published").notNull().default(0),
    createdBy: text("created_by"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("exemplar_models_natural_uq").on(t.tenantId, t.unitId, t.titleKey, t.startYear),
    index("exemplar_models_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("exemplar_models_unit_idx").on(t.tenantId, t.unitId),
    index("exemplar_models_member_idx").on(t.tenantId, t.memberId),
    index("exemplar_models_published_idx").on(t.tenantId, t.published),
  ],
);

/**
 * A model's status in one year: new | maintained | replicated | stopped, and whether it was
 * exemplary (điển hình) that year. Year rows are what the figures count.
 */
export const exemplarModelYears = sqliteTable(
  "exemplar_model_years",
  {
    ...tenantColumns(),
    modelId: text("model_id").notNull(),
    year: integer("year").notNull(),
    status: text("status").notNull(),
    exemplary: integer("exemplary").notNull().default(0),
    /** JSON array of unit ids the model was replicated to (status "replicated"). */
    replicatedTo: text("replicated_to").notNull().default("[]"),
    note: text("note").notNull().default(""),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.modelId, t.year] }),
    index("exemplar_model_years_year_idx").on(t.tenantId, t.year, t.status),
  ],
);

/** Evidence files of a model; the bytes live in R2 under t/<tenant>/models/<model>/<id>. */
export const exemplarModelFiles = sqliteTable(
  "exemplar_model_files",
  {
    ...tenantRow(),
    modelId: text("model_id").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    uploadedBy: text("uploaded_by"),
    uploadedByLabel: text("uploaded_by_label").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("exemplar_model_files_model_idx").on(t.tenantId, t.modelId, t.createdAt)],
);

/**
 * Commendations (khen thưởng, biểu dương) of a model, a member or a unit. `unit_id` is the
 * unit where it is counted (the model's unit, the member's unit at the time, or the unit).
 * `subject_id` + `decision_key` make imports idempotent.
 */
export const commendations = sqliteTable(
  "commendations",
  {
    ...tenantRow(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    modelId: text("model_id"),
    memberId: text("member_id"),
    unitId: text("unit_id").notNull(),
    /** collective | individual */
    subjectKind: text("subject_kind").notNull(),
    level: text("level").notNull(),
    form: text("form").notNull(),
    decisionNumber: text("decision_number").notNull().default(""),
    decisionKey: text("decision_key").notNull().default(""),
    /** ISO "YYYY-MM-DD" of the decision, when known. */
    decisionDate: text("decision_date"),
    issuer: text("issuer").notNull(),
    year: integer("year").notNull(),
    content: text("content").notNull().default(""),
    createdBy: text("created_by"),
    ...versioned(),
  },
  (t) => [
    uniqueIndex("commendations_natural_uq").on(
      t.tenantId,
      t.subjectId,
      t.year,
      t.level,
      t.form,
      t.decisionKey,
    ),
    index("commendations_year_idx").on(t.tenantId, t.year, t.level),
    index("commendations_member_idx").on(t.tenantId, t.memberId),
    index("commendations_model_idx").on(t.tenantId, t.modelId),
    index("commendations_unit_idx").on(t.tenantId, t.unitId),
  ],
);

/** Study conferences and sessions (hội nghị học tập, quán triệt chuyên đề). */
export const studyConferences = sqliteTable(
  "study_conferences",
  {
    ...tenantRow(),
    unitId: text("unit_id").notNull(),
    /** ISO "YYYY-MM-DD". */
    date: text("date").notNull(),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    theme: text("theme").notNull(),
    /** The tenant's year theme (criteria_year_themes) the conference studied, when one exists. */
    yearThemeId: text("year_theme_id"),
    /** online | in_person */
    mode: text("mode").notNull(),
    sites: integer("sites").notNull(),
    participants: integer("participants").notNull(),
    note: text("note").notNull().default(""),
    createdBy: text("created_by"),
    ...versioned(),
  },
  (t) => [
    index("study_conferences_year_idx").on(t.tenantId, t.year, t.date),
    index("study_conferences_unit_idx").on(t.tenantId, t.unitId),
  ],
);

/** Per-tenant settings of the feature: the public page is off until an admin turns it on. */
export const exemplarSettings = tenantSettingsTable("exemplar_settings", {
  publicPage: integer("public_page").notNull().default(0),
  publicTitle: text("public_title").notNull().default(""),
  publicIntro: text("public_intro").notNull().default(""),
});

/**
 * What a committee last entered to generate a commendation decision and its certificates (signer,
 * legal bases, place …), remembered per tenant and per the unit the manager acts for (an admin: the
 * tenant's root), as JSON: the form starts from it next time.
 */
export const commendationDecisionDefaults = sqliteTable(
  "commendation_decision_defaults",
  {
    ...tenantColumns(),
    unitId: text("unit_id").notNull(),
    valuesJson: text("values_json").notNull(),
    updatedBy: text("updated_by"),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.unitId] })],
);
