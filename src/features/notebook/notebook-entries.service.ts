import { vnYear } from "../../domain/time";
import { sql } from "drizzle-orm";
import { notebookEntries } from "../../db/schema/tenant/notebook";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { inTenant } from "../../platform/scope";

import { type CreateEntryInput, ENTRY_KIND_LABEL, type SaveEntryInput } from "./notebook.inputs";
import { checkAction, modeOf, requireOpen, reviewKindsOf } from "./notebook.rules";
import type { EntryOut } from "./notebook.outputs";
import {
  type EntryRow,
  cycleByYearQuery,
  planItemIdsQuery,
  planStateQuery,
  siblingsQuery,
  toEntryOut,
} from "./notebook.queries";

import {
  type Surroundings,
  STALE,
  bumps,
  loadEntry,
  merge,
  onBehalf,
  relation,
  entrySubmittedEvent,
  saveStatements,
  start,
  submitted,
} from "./notebook-saving.service";
import { memberWithCellQuery } from "../plans";
import { firstVersion, writeAtVersion } from "../../platform/lookups";

// The member's verbs (and a secretary's on their behalf); reads and the cell's verbs are re-exported.

export async function createEntry(ctx: Ctx, memberId: string, input: CreateEntryInput): Promise<EntryOut> {
  start(ctx);
  const year = input.year ?? vnYear(ctx.now);
  const cycleOfYear = sql`(SELECT c.id FROM cycles c WHERE ${inTenant(ctx, sql`c.tenant_id`)} AND c.year = ${year})`;
  const [memberRows, cycleRows, planRows, items, siblings] = await ctx.db.batch([
    memberWithCellQuery(ctx, memberId),
    cycleByYearQuery(ctx, year),
    planStateQuery(ctx, memberId, year),
    planItemIdsQuery(ctx, memberId, year),
    siblingsQuery(ctx, memberId, cycleOfYear),
  ]);
  const member = memberRows[0];
  if (!member) throw notFound("Không tìm thấy đảng viên.");
  const rel = relation(ctx, memberId);
  const cycle = cycleRows[0];
  if (!cycle) throw conflict(`Chưa mở chu kỳ năm ${year}: chưa ghi sổ tay được.`);
  requireOpen(cycle);
  if (input.kind !== "free" && !reviewKindsOf(modeOf(cycle)).includes(input.kind))
    throw invalid({ kind: `Chu kỳ năm ${year} không có kỳ "${ENTRY_KIND_LABEL[input.kind]}".` });
  if (input.kind !== "free" && siblings.some((x) => x.kind === input.kind))
    throw conflict(`Đã có bài "${ENTRY_KIND_LABEL[input.kind]}" của năm ${year}: mở bài đó để sửa.`);
  const s: Surroundings = {
    cycle,
    planRegistered: planRows[0]?.firstSubmittedAt != null,
    itemIds: items.map((i) => i.id),
    siblings,
    evaluationDecided: false,
  };
  const blank: EntryRow = {
    id: newId(),
    tenantId: ctx.tenant.id,
    cycleId: cycle.id,
    year,
    memberId,
    unitId: member.unitId,
    unitPath: member.unitPath,
    grp: member.group,
    kind: input.kind,
    status: "draft",
    title: "",
    body: "",
    strengths: "",
    shortcomings: "",
    remedies: "",
    progressJson: "[]",
    timing: null,
    submittedAt: null,
    enteredByAccountId: null,
    enteredByLabel: null,
    ...firstVersion(ctx),
  };
  let row = onBehalf(ctx, merge(blank, input, items), rel);
  if (input.submit) row = submitted(ctx, row, s, member);
  await writeBatch(
    ctx.db,
    [
      ctx.db.insert(notebookEntries).values(row),
      ...bumps(ctx, null, row),
      auditInsert(ctx, {
        action: input.submit ? "notebook.submit" : "notebook.create",
        entityType: "notebookEntry",
        entityId: row.id,
        onBehalfOf: rel === "behalf" ? memberId : null,
        after: toEntryOut(row),
      }),
      ...(input.submit ? [entrySubmittedEvent(ctx, row)] : []),
    ],
    { "notebook_entries.kind": conflict(`Đã có bài "${ENTRY_KIND_LABEL[input.kind]}" của năm ${year}.`) },
  );
  return toEntryOut(row);
}

export async function saveEntry(ctx: Ctx, id: string, input: SaveEntryInput): Promise<EntryOut> {
  start(ctx);
  const { row, member, s, items } = await loadEntry(ctx, id);
  const rel = relation(ctx, row.memberId);
  requireOpen(s.cycle);
  checkAction(row.status as never, input.submit ? "submit" : "save");
  if (row.version !== input.version) throw conflict(STALE);
  let after = onBehalf(ctx, merge(row, input, items), rel);
  if (input.submit) after = submitted(ctx, after, s, member);
  else after = { ...after, unitId: member.unitId, unitPath: member.unitPath, grp: member.group };
  await writeBatch(ctx.db, [
    ...saveStatements(ctx, row, after, input.submit ? "notebook.submit" : "notebook.save", rel),
    ...(input.submit ? [entrySubmittedEvent(ctx, { ...after, version: row.version + 1 })] : []),
  ]);
  return toEntryOut({ ...after, version: row.version + 1, updatedAt: ctx.now });
}

export async function submitEntry(ctx: Ctx, id: string, version: number): Promise<EntryOut> {
  return saveEntry(ctx, id, { version, submit: true });
}

/** Deletes a draft; returns whose notebook and which year it was in. */
export async function deleteEntry(
  ctx: Ctx,
  id: string,
  version: number,
): Promise<{ memberId: string; year: number }> {
  start(ctx);
  const { row, s } = await loadEntry(ctx, id);
  const rel = relation(ctx, row.memberId);
  requireOpen(s.cycle);
  checkAction(row.status as never, "delete");
  if (row.version !== version) throw conflict(STALE);
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, notebookEntries, { id, version }, null),
    auditInsert(ctx, {
      action: "notebook.delete",
      entityType: "notebookEntry",
      entityId: id,
      onBehalfOf: rel === "behalf" ? row.memberId : null,
      before: toEntryOut(row),
    }),
  ]);
  return { memberId: row.memberId, year: row.year };
}
