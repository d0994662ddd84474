// The report page of a unit: its figures, its children's and its saved reports of the year,
// in one read batch (≤ 2 round trips with the session, at any scale).
import { and, desc, eq } from "drizzle-orm";
import { reportDocuments } from "../../db/schema/tenant/reports";
import type { Ctx } from "../../platform/context";
import { scoped } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { toDocumentOut } from "./reports-documents.service";
import type { DocumentOut } from "./reports.outputs";
import { type FiguresView, figuresFrom, figuresStatements } from "./reports.service";

export interface Dashboard {
  view: FiguresView;
  documents: DocumentOut[];
}

export async function getDashboard(ctx: Ctx, unitId: string, year: number): Promise<Dashboard> {
  requireRole(ctx, "admin", "secretary");
  const [a, b, c, d, docs] = await ctx.db.batch([
    ...figuresStatements(ctx, unitId, year),
    ctx.db
      .select()
      .from(reportDocuments)
      .where(
        scoped(
          ctx,
          reportDocuments.tenantId,
          and(eq(reportDocuments.unitId, unitId), eq(reportDocuments.year, year)),
        ),
      )
      .orderBy(desc(reportDocuments.createdAt))
      .limit(20),
  ]);
  const view = figuresFrom(year, [a, b, c, d]);
  return { view, documents: docs.map((x) => toDocumentOut(x, view.unit.name)) };
}
