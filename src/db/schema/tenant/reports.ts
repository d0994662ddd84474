import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenantRow, versioned } from "../../columns";

/**
 * A report in the party's document format (báo cáo theo Hướng dẫn 36-HD/VPTW) that a
 * committee prepares for a unit and a year: the header fields it sets before generating,
 * and the narrative sections it writes and keeps. The figures and tables are not stored:
 * they are generated from the live counters each time the report is rendered.
 */
export const reportDocuments = sqliteTable(
  "report_documents",
  {
    ...tenantRow(),
    unitId: text("unit_id").notNull(),
    year: integer("year").notNull(),
    /** all | exemplar | follower: the groups the generated figures speak of. */
    focus: text("focus").notNull().default("all"),
    /** Số và ký hiệu, e.g. "120-BC/ĐU". */
    number: text("number").notNull(),
    /** ISO date YYYY-MM-DD of the document. */
    docDate: text("doc_date").notNull(),
    place: text("place").notNull(),
    superiorName: text("superior_name").notNull(),
    issuerName: text("issuer_name").notNull(),
    subject: text("subject").notNull(),
    signerAuthority: text("signer_authority").notNull(),
    signerTitle: text("signer_title").notNull(),
    signerName: text("signer_name").notNull(),
    /** JSON array of the "Nơi nhận" lines. */
    recipientsJson: text("recipients_json").notNull().default("[]"),
    /** JSON object: narrative section key → text (reports.sections.ts). */
    sectionsJson: text("sections_json").notNull().default("{}"),
    createdBy: text("created_by"),
    updatedByLabel: text("updated_by_label").notNull(),
    ...versioned(),
  },
  (t) => [index("report_documents_unit_year_idx").on(t.tenantId, t.unitId, t.year, t.createdAt)],
);
