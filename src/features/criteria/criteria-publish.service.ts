/** A set's version lifecycle: publish the draft, discard it, or start a new one. */
import { GROUPS, GROUP_MOTTO } from "../../domain";
import { eq } from "drizzle-orm";
import { criteria, criteriaSetVersions as versions, criteriaSets } from "../../db/schema/tenant/criteria";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict } from "../../platform/errors";
import { matching, scoped } from "../../platform/scope";
import { type EditOutcome, bumpSet, editSet, loadForEdit } from "./criteria-edit.service";

/** Draft → published; the previous published version becomes superseded (plans keep it). */
export async function publishSet(ctx: Ctx, setId: string, version: number): Promise<EditOutcome> {
  const view = await loadForEdit(ctx, setId, version);
  const draft = view.draft;
  if (!draft) throw conflict("Không có bản nháp nào để ban hành.");
  for (const g of GROUPS)
    if (!view.effective.criteria.some((c) => c.group === g))
      throw conflict(`Khung tiêu chí hiệu lực chưa có tiêu chí nào cho ${GROUP_MOTTO[g]}.`);
  const nowCore = view.notices.find((n) => n.kind === "now-core");
  if (nowCore)
    throw conflict(
      `Bản nháp đang ẩn tiêu chí “${nowCore.current?.title ?? nowCore.title}”, nay đã là tiêu chí cốt lõi của cấp trên. Hãy khôi phục tiêu chí này trước khi ban hành.`,
    );
  const stmts = bumpSet(ctx, view);
  if (view.published)
    stmts.push(
      ctx.db
        .update(versions)
        .set({ status: "superseded", supersededAt: ctx.now, updatedAt: ctx.now })
        .where(matching(ctx, versions, { id: view.published.id, status: "published" })),
      guardChanged(ctx.db),
    );
  stmts.push(
    ctx.db
      .update(versions)
      .set({
        status: "published",
        publishedAt: ctx.now,
        publishedBy: ctx.actor.accountId,
        updatedAt: ctx.now,
      })
      .where(matching(ctx, versions, { id: draft.id, status: "draft", revision: draft.revision })),
    guardChanged(ctx.db),
    auditInsert(ctx, {
      action: "criteria_set.publish",
      entityType: "criteria_set",
      entityId: view.set.id,
      before: view.published ? { publishedVersion: view.published.number } : undefined,
      after: { publishedVersion: draft.number, criteria: view.effective.criteria.length },
    }),
  );
  await writeBatch(ctx.db, stmts);
  return {
    setId,
    version: view.set.version + 1,
    versionId: draft.id,
    versionNumber: draft.number,
    mode: "draft",
  };
}

/** Drops the draft; a set that was never published disappears with it. */
export async function discardDraft(
  ctx: Ctx,
  setId: string,
  version: number,
): Promise<{ setDeleted: boolean; unitId: string; year: number }> {
  const view = await loadForEdit(ctx, setId, version);
  const draft = view.draft;
  if (!draft) throw conflict("Không có bản nháp nào để hủy.");
  const stmts = bumpSet(ctx, view);
  stmts.push(
    ctx.db.delete(criteria).where(scoped(ctx, criteria.tenantId, eq(criteria.setVersionId, draft.id))),
    ctx.db
      .delete(versions)
      .where(scoped(ctx, versions.tenantId, eq(versions.id, draft.id), eq(versions.status, "draft"))),
    guardChanged(ctx.db),
  );
  const setDeleted = !view.published;
  if (setDeleted)
    stmts.push(
      ctx.db.delete(criteriaSets).where(scoped(ctx, criteriaSets.tenantId, eq(criteriaSets.id, setId))),
    );
  stmts.push(
    auditInsert(ctx, {
      action: setDeleted ? "criteria_set.delete" : "criteria_set.discard_draft",
      entityType: "criteria_set",
      entityId: setId,
      before: { draftVersion: draft.number, criteria: view.workingRows.length },
    }),
  );
  await writeBatch(ctx.db, stmts);
  return { setDeleted, unitId: view.unit.id, year: view.set.year };
}

/** Starts a new draft from the published version even though no plan uses it yet. */
export function startNewDraft(ctx: Ctx, setId: string, version: number): Promise<EditOutcome> {
  return editSet(
    ctx,
    setId,
    version,
    (s) => {
      if (s.view.draft) throw conflict("Đã có bản nháp; hãy tiếp tục chỉnh sửa bản nháp đó.");
      return { rows: s.rows, action: "criteria_set.new_draft" };
    },
    { forceNewDraft: true },
  );
}
