// The write machinery of the notebook shared by the member's and the cell's verbs: who acts,
// the merge of content, the submission checks, loading an entry with its surroundings in one
// round trip, and the versioned update with audit and counters.
import { vnToday } from "../../domain/time";
import { notebookEntries } from "../../db/schema/tenant/notebook";
import { auditInsert } from "../../platform/audit";
import { eventInsert } from "../../platform/events";
import { pick } from "../../platform/pick";
import type { Ctx } from "../../platform/context";
import { cycleQuery } from "../cycles";
import { conflict, invalid, notFound } from "../../platform/errors";
import { requireRole, requireWritable } from "../../platform/tenant-context";

import { factBumps } from "../../platform/counter-facts";
import type { CreateEntryInput } from "./notebook.inputs";
import {
  type CycleLike,
  earlierReviews,
  entryFacts,
  kindLabel,
  modeOf,
  progressErrors,
  submitErrors,
  timingOf,
} from "./notebook.rules";
import {
  type EntryRow,
  entryByIdQuery,
  evaluationOfMemberQuery,
  parseProgress,
  planItemIdsQuery,
  planStateQuery,
  siblingsQuery,
  toEntryOut,
} from "./notebook.queries";
import { nextVersion, rowOf, writeAtVersion } from "../../platform/lookups";

export interface Surroundings {
  cycle: CycleLike & { id: string };
  planRegistered: boolean;
  itemIds: string[];
  siblings: { id: string; kind: string; status: string }[];
  evaluationDecided: boolean;
}

export interface MemberNow {
  id: string;
  unitId: string;
  unitPath: string;
  group: string;
}

export function start(ctx: Ctx) {
  requireRole(ctx, "admin", "secretary", "member");
  requireWritable(ctx);
}

/** "self" when the actor is the member; a secretary or admin otherwise acts on the member's behalf. */
export function relation(ctx: Ctx, memberId: string): "self" | "behalf" {
  if (ctx.actor.memberId === memberId) return "self";
  if (ctx.actor.role === "admin" || ctx.actor.role === "secretary") return "behalf";
  throw notFound("Không tìm thấy sổ tay.");
}

export function bumps(ctx: Ctx, before: EntryRow | null, after: EntryRow | null) {
  return factBumps(ctx, before ? entryFacts(before) : [], after ? entryFacts(after) : []);
}

/** Content of the input merged over the row; the progress keeps each plan item's position. */
export function merge(
  row: EntryRow,
  input: Partial<CreateEntryInput>,
  items: { id: string; position: number }[],
): EntryRow {
  const out = { ...row };
  for (const k of ["title", "body", "strengths", "shortcomings", "remedies"] as const)
    if (input[k] !== undefined) out[k] = input[k]!;
  if (input.progress !== undefined) {
    const errors = progressErrors(
      input.progress,
      items.map((i) => i.id),
    );
    if (Object.keys(errors).length) throw invalid(errors);
    const pos = new Map(items.map((i) => [i.id, i.position]));
    out.progressJson = JSON.stringify(
      input.progress.map((p) => ({
        itemId: p.itemId,
        position: pos.get(p.itemId) ?? 0,
        status: p.status,
        note: p.note ?? "",
      })),
    );
  }
  return out;
}

/** The row as submitted: checks order, the plan, the three parts; marks the timing; counts under the member's cell now. */
export function submitted(ctx: Ctx, row: EntryRow, s: Surroundings, member: MemberNow): EntryRow {
  const mode = modeOf(s.cycle);
  if (row.kind !== "free") {
    if (!s.planRegistered)
      throw conflict("Cần nộp kế hoạch cá nhân (lần ghi thứ nhất của sổ tay) trước khi nộp bản tự đánh giá.");
    const done = new Set(s.siblings.filter((x) => x.status === "submitted").map((x) => x.kind));
    const missing = earlierReviews(mode, row.kind as never).filter((k) => !done.has(k));
    if (missing.length) throw conflict(`Cần nộp bản "${kindLabel(missing[0]!)}" trước.`);
  }
  const progress = parseProgress(row.progressJson);
  const errors = submitErrors({ ...row, progress }, s.itemIds);
  if (Object.keys(errors).length)
    throw invalid(errors, "Bài tự đánh giá cần đủ ba phần và mức thực hiện từng nội dung.");
  return {
    ...row,
    status: "submitted",
    timing: timingOf(s.cycle, row.kind as never, vnToday(ctx.now)),
    submittedAt: ctx.now,
    unitId: member.unitId,
    unitPath: member.unitPath,
    grp: member.group,
  };
}

/** Marks who last wrote the entry: a secretary on the member's behalf, or the member (mark cleared). */
export function onBehalf(ctx: Ctx, row: EntryRow, rel: "self" | "behalf"): EntryRow {
  return rel === "behalf"
    ? { ...row, enteredByAccountId: ctx.actor.accountId, enteredByLabel: ctx.actor.displayName }
    : { ...row, enteredByAccountId: null, enteredByLabel: null };
}

/** An entry and everything a write needs about its member and cycle: one round trip. */
export async function loadEntry(ctx: Ctx, id: string) {
  const of = rowOf(ctx, "notebook_entries", id);
  const memberOf = of("member_id");
  const yearOf = of("year");
  const cycleOf = of("cycle_id");
  const [rows, cycleRows, planRows, items, siblings, evals] = await ctx.db.batch([
    entryByIdQuery(ctx, id),
    cycleQuery(ctx, cycleOf),
    planStateQuery(ctx, memberOf, yearOf),
    planItemIdsQuery(ctx, memberOf, yearOf),
    siblingsQuery(ctx, memberOf, cycleOf),
    evaluationOfMemberQuery(ctx, memberOf, yearOf),
  ]);
  const found = rows[0];
  const cycle = cycleRows[0];
  if (!found || !cycle) throw notFound("Không tìm thấy bài ghi trong sổ tay.");
  const member: MemberNow = {
    id: found.e.memberId,
    unitId: found.memberUnitId,
    unitPath: found.memberUnitPath,
    group: found.memberGroup,
  };
  const s: Surroundings = {
    cycle,
    planRegistered: planRows[0]?.firstSubmittedAt != null,
    itemIds: items.map((i) => i.id),
    siblings: siblings.filter((x) => x.id !== id),
    evaluationDecided: evals[0]?.status === "decided",
  };
  return { row: found.e, member, s, items };
}

/**
 * `notebook.entry_submitted`: the entry's state, not its text. A self-review is personal writing; a
 * receiver with the right to read it fetches it through the API.
 */
export function entrySubmittedEvent(ctx: Ctx, e: EntryRow) {
  return eventInsert(ctx, {
    type: "notebook.entry_submitted",
    unit: { id: e.unitId, path: e.unitPath },
    resource: { type: "notebookEntry", id: e.id },
    data: {
      ...pick(e, "id", "memberId", "cycleId", "year", "kind", "status", "timing", "submittedAt"),
      ...pick(e, "unitId", "version"),
    },
  });
}

export function saveStatements(
  ctx: Ctx,
  before: EntryRow,
  after: EntryRow,
  action: string,
  rel: "self" | "behalf",
  auditAfter: unknown = toEntryOut(after),
) {
  return [
    ...writeAtVersion(ctx, notebookEntries, before, {
      ...after,
      ...nextVersion(before, ctx),
    }),
    ...bumps(ctx, before, after),
    auditInsert(ctx, {
      action,
      entityType: "notebookEntry",
      entityId: before.id,
      onBehalfOf: rel === "behalf" ? before.memberId : null,
      before: toEntryOut(before),
      after: auditAfter,
    }),
  ];
}

export const STALE = "Bài ghi vừa được thay đổi ở nơi khác. Vui lòng tải lại trang.";
