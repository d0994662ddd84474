/**
 * Every change to a set goes through `editSet`: read the set (one batch), compute the new rows
 * in memory, write them in one atomic batch. Where the change lands depends on the set:
 * the draft if there is one; the published version in place while no plan uses it; otherwise
 * a new draft copied from the published version, so plans keep the wording they pointed at.
 */
import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { criteriaSetVersions as versions, criteriaSets } from "../../db/schema/tenant/criteria";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { ServiceError, conflict } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { matching } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { UpdateSetInput } from "./criteria.inputs";
import { insertDraft, rowStatements } from "./criteria.queries";
import { type CriterionRow, mergeHeader } from "./criteria.rules";
import { type SetView, getSetView } from "./criteria-sets.service";

export const STALE_SET = "Khung tiêu chí vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.";

export type Header = Omit<UpdateSetInput, "version">;

export interface EditState {
  view: SetView;
  /** The rows of the version the edit lands on (copies: mutate freely). */
  rows: CriterionRow[];
}

export interface EditResult {
  rows: CriterionRow[];
  header?: Header;
  action: string;
  key?: string;
  before?: unknown;
  after?: unknown;
}

export interface EditOutcome {
  setId: string;
  /** The set's new concurrency version, for the next edit. */
  version: number;
  versionId: string;
  versionNumber: number;
  mode: SetView["editMode"];
  key?: string | undefined;
}

/** Loads a set the actor may edit and checks the concurrency version. */
export async function loadForEdit(ctx: Ctx, setId: string, version: number): Promise<SetView> {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  const view = await getSetView(ctx, setId);
  if (!view.canEdit)
    throw new ServiceError(
      "forbidden",
      "Đồng chí chỉ được sửa khung tiêu chí của đơn vị mình phụ trách và các đơn vị cấp dưới.",
    );
  if (view.set.version !== version) throw conflict(STALE_SET);
  return view;
}

/** Bumps the set's concurrency version; the guard aborts the batch when someone else did first. */
export function bumpSet(ctx: Ctx, view: SetView): BatchItem<"sqlite">[] {
  return [
    ctx.db
      .update(criteriaSets)
      .set({ version: view.set.version + 1, updatedAt: ctx.now })
      .where(matching(ctx, criteriaSets, { id: view.set.id, version: view.set.version })),
    guardChanged(ctx.db),
  ];
}

/** Reads, applies `op` to the version the edit lands on, and writes it all in one batch. */
export async function editSet(
  ctx: Ctx,
  setId: string,
  version: number,
  op: (s: EditState) => EditResult,
  opts: { forceNewDraft?: boolean } = {},
): Promise<EditOutcome> {
  const view = await loadForEdit(ctx, setId, version);
  const mode = opts.forceNewDraft ? "new-draft" : view.editMode;
  const base =
    mode === "new-draft"
      ? view.publishedRows.map((r) => ({ ...r, id: newId() }))
      : view.workingRows.map((r) => ({ ...r }));
  const res = op({ view, rows: base });
  const header = res.header ?? {};
  const stmts = bumpSet(ctx, view);
  let versionId = view.working.id;
  let versionNumber = view.working.number;
  if (mode === "new-draft") {
    const from = view.published!;
    versionId = newId();
    versionNumber = Math.max(...view.versions.map((v) => v.number)) + 1;
    stmts.push(
      ...insertDraft(
        ctx,
        {
          id: versionId,
          setId: view.set.id,
          unitId: view.unit.id,
          year: view.set.year,
          number: versionNumber,
          sourceTemplate: from.sourceTemplate,
        },
        mergeHeader(header, from),
        res.rows,
      ),
    );
  } else {
    const w = view.working;
    stmts.push(
      ctx.db
        .update(versions)
        .set({ ...header, revision: w.revision + 1, updatedAt: ctx.now })
        .where(
          matching(
            ctx,
            versions,
            { id: w.id, revision: w.revision },
            // A plan that locked the published version meanwhile makes this edit stale.
            sql`(${versions.status} = 'draft' OR ${versions.lockedAt} IS NULL)`,
          ),
        ),
      guardChanged(ctx.db),
      ...rowStatements(ctx, w.id, view.workingRows, res.rows),
    );
  }
  stmts.push(
    auditInsert(ctx, {
      action: res.action,
      entityType: "criteria_set",
      entityId: view.set.id,
      before: res.before,
      after: { ...(res.after as object), versionNumber, mode },
    }),
  );
  await writeBatch(ctx.db, stmts);
  return { setId: view.set.id, version: view.set.version + 1, versionId, versionNumber, mode, key: res.key };
}
