// Reads the report services share: a unit within the actor's scope, and saved reports (the API
// shape of a row, the scoped read of one report with its unit).
import { type SQL, and, desc, eq } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { reportDocuments } from "../../db/schema/tenant/reports";
import type { Ctx } from "../../platform/context";
import { scoped } from "../../platform/scope";
import { unitScope } from "../orgs";
import { type Focus, SECTION_KEYS, type SectionKey } from "./reports.inputs";
import type { DocumentOut } from "./reports.outputs";

export type DocRow = typeof reportDocuments.$inferSelect;

function parseJson<T>(s: string, fallback: T): T {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

export function toDocumentOut(d: DocRow, unitName: string): DocumentOut {
  const stored = parseJson<Record<string, unknown>>(d.sectionsJson, {});
  const sections = Object.fromEntries(
    SECTION_KEYS.map((k) => [k, typeof stored[k] === "string" ? (stored[k] as string) : ""]),
  ) as Record<SectionKey, string>;
  return {
    id: d.id,
    unitId: d.unitId,
    unitName,
    year: d.year,
    focus: d.focus as Focus,
    number: d.number,
    docDate: d.docDate,
    place: d.place,
    superiorName: d.superiorName,
    issuerName: d.issuerName,
    subject: d.subject,
    signerAuthority: d.signerAuthority,
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    recipients: parseJson<string[]>(d.recipientsJson, []),
    sections,
    updatedByLabel: d.updatedByLabel,
    version: d.version,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

export const UNIT_COLS = {
  id: units.id,
  parentId: units.parentId,
  code: units.code,
  name: units.name,
  kind: units.kind,
  path: units.path,
  depth: units.depth,
  status: units.status,
};

/** The unit `unitId` (a value, or SQL read in the same batch) if the actor may see it (use in a batch). */
export function unitQuery(ctx: Ctx, unitId: string | SQL) {
  return ctx.db
    .select(UNIT_COLS)
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, unitId), unitScope(ctx)))
    .limit(1);
}

/** A saved report joined to its unit, within the actor's scope (use in a batch). */
export function documentQuery(ctx: Ctx, id: string) {
  return ctx.db
    .select({ d: reportDocuments, unitName: units.name, unitPath: units.path })
    .from(reportDocuments)
    .innerJoin(units, and(eq(units.id, reportDocuments.unitId), eq(units.tenantId, reportDocuments.tenantId)))
    .where(scoped(ctx, reportDocuments.tenantId, eq(reportDocuments.id, id), unitScope(ctx)))
    .limit(1);
}

/** A unit's saved reports (of one year, or all), newest first (use in a batch). */
export function unitDocumentsQuery(ctx: Ctx, unitId: string, year: number | undefined, limit: number) {
  return ctx.db
    .select()
    .from(reportDocuments)
    .where(
      scoped(
        ctx,
        reportDocuments.tenantId,
        eq(reportDocuments.unitId, unitId),
        year ? eq(reportDocuments.year, year) : undefined,
      ),
    )
    .orderBy(desc(reportDocuments.year), desc(reportDocuments.createdAt))
    .limit(limit);
}
