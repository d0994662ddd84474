import { notebookComments } from "../../db/schema/tenant/notebook";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, forbidden } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { CommentInput, ReturnEntryInput } from "./notebook.inputs";
import { checkAction, kindLabel, laterReviews, modeOf, requireOpen } from "./notebook.rules";
import type { EntryOut } from "./notebook.outputs";
import { type EntryRow, toEntryOut } from "./notebook.queries";
import { loadEntry, saveStatements, STALE } from "./notebook-saving.service";
import { notifyStatement } from "../notifications";

/** The cell's side: a secretary (or admin) in scope, never on their own notebook. */
function requireCell(ctx: Ctx, memberId: string) {
  requireRole(ctx, "admin", "secretary");
  requireWritable(ctx);
  if (ctx.actor.memberId === memberId)
    throw forbidden("Đồng chí không thể tự nhận xét hay trả lại sổ tay của chính mình.");
}

/** The member hears of the cell's comment (or return) on an entry, in the same batch. */
function commentNotice(ctx: Ctx, row: EntryRow, kind: "comment" | "return", content: string) {
  const entry = `“${kindLabel(row.kind)}” năm ${row.year}`;
  const n = notifyStatement(ctx, [
    {
      memberId: row.memberId,
      kind: kind === "comment" ? "notebook.comment" : "notebook.returned",
      title:
        kind === "comment"
          ? `Chi bộ nhận xét bài ${entry} trong sổ tay`
          : `Chi bộ trả lại bài ${entry} để bổ sung`,
      body: `${ctx.actor.displayName}: ${clip(content)}`,
      link: `/notebook/entries/${row.id}`,
    },
  ]);
  return n ? [n] : [];
}

const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

function commentRow(ctx: Ctx, row: EntryRow, kind: "comment" | "return", content: string) {
  return {
    id: newId(),
    tenantId: ctx.tenant.id,
    entryId: row.id,
    memberId: row.memberId,
    kind,
    content,
    authorAccountId: ctx.actor.accountId,
    authorLabel: ctx.actor.displayName,
    createdAt: ctx.now,
  };
}

export async function commentEntry(ctx: Ctx, id: string, input: CommentInput): Promise<{ id: string }> {
  requireRole(ctx, "admin", "secretary");
  const { row, s } = await loadEntry(ctx, id);
  requireCell(ctx, row.memberId);
  requireOpen(s.cycle);
  checkAction(row.status as never, "comment");
  const c = commentRow(ctx, row, "comment", input.content);
  await writeBatch(ctx.db, [
    ctx.db.insert(notebookComments).values(c),
    auditInsert(ctx, {
      action: "notebook.comment",
      entityType: "notebookEntry",
      entityId: id,
      after: { commentId: c.id, content: c.content },
    }),
    ...commentNotice(ctx, row, "comment", c.content),
  ]);
  return { id: c.id };
}

/** Back to draft with the cell's reason; not once a later review (or the decided evaluation) rests on it. */
export async function returnEntry(ctx: Ctx, id: string, input: ReturnEntryInput): Promise<EntryOut> {
  requireRole(ctx, "admin", "secretary");
  const { row, s } = await loadEntry(ctx, id);
  requireCell(ctx, row.memberId);
  requireOpen(s.cycle);
  checkAction(row.status as never, "return");
  const later = laterReviews(modeOf(s.cycle), row.kind as never).filter((k) =>
    s.siblings.some((x) => x.kind === k && x.status === "submitted"),
  );
  if (later.length)
    throw conflict(`Không trả lại được: đồng chí đã nộp bài "${kindLabel(later[0]!)}" sau bài này.`);
  if (row.kind === "annual" && s.evaluationDecided)
    throw conflict("Không trả lại được: kết quả xếp loại của năm đã được quyết định.");
  if (row.version !== input.version) throw conflict(STALE);
  const after: EntryRow = { ...row, status: "draft", timing: null, submittedAt: null };
  const c = commentRow(ctx, row, "return", input.content);
  await writeBatch(ctx.db, [
    ...saveStatements(ctx, row, after, "notebook.return", "self", {
      ...toEntryOut(after),
      returnComment: c.content,
    }),
    ctx.db.insert(notebookComments).values(c),
    ...commentNotice(ctx, row, "return", c.content),
  ]);
  return toEntryOut({ ...after, version: row.version + 1, updatedAt: ctx.now });
}
