import type { Ctx } from "../../platform/context";
import { requireRole } from "../../platform/tenant-context";
import { toDocumentOut, unitDocumentsQuery } from "./reports.queries";
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
    unitDocumentsQuery(ctx, unitId, year, 20),
  ]);
  const view = figuresFrom(year, [a, b, c, d]);
  return { view, documents: docs.map((x) => toDocumentOut(x, view.unit.name)) };
}
