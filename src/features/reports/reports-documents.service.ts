// Saved party-format reports: the header fields and narrative sections a committee keeps per
// unit and year (versioned, audited). The figures are generated at render time.
import { type SQL, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { reportDocuments } from "../../db/schema/tenant/reports";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { atVersion, firstVersion } from "../../platform/lookups";
import { conflict, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { inTenant, scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { documentDefaults } from "./reports-defaults.rules";
import type { CreateDocumentInput, UpdateDocumentInput } from "./reports.inputs";
import {
  type DocRow,
  UNIT_COLS,
  documentQuery,
  toDocumentOut,
  unitDocumentsQuery,
  unitQuery,
} from "./reports.queries";
import type { DocumentOut, UnitRef } from "./reports.outputs";

import { type FiguresView, figuresFrom, figuresStatements } from "./reports.service";
import { ratingDecisionsQuery } from "./reports-people.queries";

export interface DocumentsView {
  unit: UnitRef;
  parent: UnitRef | null;
  hasChildren: boolean;
  documents: DocumentOut[];
}

/** A unit's saved reports (optionally of one year) and what a new one defaults from: one round trip. */
export async function listDocuments(ctx: Ctx, unitId: string, year?: number): Promise<DocumentsView> {
  requireRole(ctx, "admin", "secretary");
  const [unitRows, parentRows, child, docs] = await ctx.db.batch([
    unitQuery(ctx, unitId),
    ctx.db
      .select(UNIT_COLS)
      .from(units)
      .where(
        scoped(
          ctx,
          units.tenantId,
          sql`${units.id} = (SELECT parent_id FROM units WHERE id = ${unitId} AND ${inTenant(ctx, sql`tenant_id`)})`,
        ),
      )
      .limit(1),
    ctx.db
      .select({ id: units.id })
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.parentId, unitId)))
      .limit(1),
    unitDocumentsQuery(ctx, unitId, year, 100),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  return {
    unit,
    parent: parentRows[0] ?? null,
    hasChildren: child.length > 0,
    documents: docs.map((d) => toDocumentOut(d, unit.name)),
  };
}

export async function getDocument(ctx: Ctx, id: string): Promise<DocumentOut> {
  requireRole(ctx, "admin", "secretary");
  const row = (await documentQuery(ctx, id))[0];
  if (!row) throw notFound("Không tìm thấy báo cáo.");
  return toDocumentOut(row.d, row.unitName);
}

/** A saved report with the live figures of its unit and year: one round trip. */
export async function getDocumentWithFigures(
  ctx: Ctx,
  id: string,
): Promise<{ doc: DocumentOut; view: FiguresView }> {
  requireRole(ctx, "admin", "secretary");
  const of = (col: string): SQL =>
    sql`(SELECT ${sql.raw(col)} FROM report_documents WHERE id = ${id} AND ${inTenant(ctx, sql`tenant_id`)})`;
  const [docRows, decisions, ...rest] = await ctx.db.batch([
    documentQuery(ctx, id),
    ratingDecisionsQuery(ctx, of("unit_id"), of("year")),
    ...figuresStatements(ctx, of("unit_id"), of("year")),
  ]);
  const row = docRows[0];
  if (!row) throw notFound("Không tìm thấy báo cáo.");
  return { doc: toDocumentOut(row.d, row.unitName), view: { ...figuresFrom(row.d.year, rest), decisions } };
}

/** The saved report `id` at `version` (a lost race changes no row and guardChanged rolls back). */
const sameVersion = (ctx: Ctx, id: string, version: number) => atVersion(ctx, reportDocuments, id, version);

export async function createDocument(
  ctx: Ctx,
  unitId: string,
  input: CreateDocumentInput,
): Promise<DocumentOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const v = await listDocuments(ctx, unitId, input.year);
  const def = documentDefaults(v, input.year, input.focus ?? "all");
  const row: DocRow = {
    id: newId(),
    tenantId: ctx.tenant.id,
    unitId: v.unit.id,
    year: input.year,
    focus: def.focus,
    number: input.number,
    docDate: input.docDate,
    place: input.place,
    superiorName: input.superiorName ?? def.superiorName,
    issuerName: input.issuerName ?? def.issuerName,
    subject: input.subject ?? def.subject,
    signerAuthority: input.signerAuthority ?? def.signerAuthority,
    signerTitle: input.signerTitle ?? def.signerTitle,
    signerName: input.signerName,
    recipientsJson: JSON.stringify(input.recipients ?? def.recipients),
    sectionsJson: JSON.stringify({ ...def.sections, ...(input.sections ?? {}) }),
    createdBy: ctx.actor.accountId,
    updatedByLabel: ctx.actor.displayName,
    ...firstVersion(ctx),
  };
  const out = toDocumentOut(row, v.unit.name);
  await writeBatch(ctx.db, [
    ctx.db.insert(reportDocuments).values(row),
    auditInsert(ctx, { action: "report.create", entityType: "report", entityId: row.id, after: out }),
  ]);
  return out;
}

export async function updateDocument(ctx: Ctx, id: string, input: UpdateDocumentInput): Promise<DocumentOut> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const found = (await documentQuery(ctx, id))[0];
  if (!found) throw notFound("Không tìm thấy báo cáo.");
  const before = toDocumentOut(found.d, found.unitName);
  if (before.version !== input.version) throw conflict("Báo cáo vừa được người khác sửa. Vui lòng tải lại.");
  const { version, sections, recipients, ...fields } = input;
  const set = {
    ...fields,
    ...(recipients ? { recipientsJson: JSON.stringify(recipients) } : {}),
    ...(sections ? { sectionsJson: JSON.stringify({ ...before.sections, ...sections }) } : {}),
    updatedByLabel: ctx.actor.displayName,
    version: version + 1,
    updatedAt: ctx.now,
  };
  const after = toDocumentOut({ ...found.d, ...set }, found.unitName);
  await writeBatch(ctx.db, [
    ctx.db
      .update(reportDocuments)
      .set(set)
      .where(sameVersion(ctx, id, version)),
    guardChanged(ctx.db),
    auditInsert(ctx, { action: "report.update", entityType: "report", entityId: id, before, after }),
  ]);
  return after;
}

export async function deleteDocument(
  ctx: Ctx,
  id: string,
  version: number,
): Promise<{ unitId: string; year: number }> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const found = (await documentQuery(ctx, id))[0];
  if (!found) throw notFound("Không tìm thấy báo cáo.");
  if (found.d.version !== version) throw conflict("Báo cáo vừa được người khác sửa. Vui lòng tải lại.");
  await writeBatch(ctx.db, [
    ctx.db.delete(reportDocuments).where(sameVersion(ctx, id, version)),
    guardChanged(ctx.db),
    auditInsert(ctx, {
      action: "report.delete",
      entityType: "report",
      entityId: id,
      before: toDocumentOut(found.d, found.unitName),
    }),
  ]);
  return { unitId: found.d.unitId, year: found.d.year };
}
