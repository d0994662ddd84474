// Checking and building a plan's items against the member's effective criteria (pure).
import { newId } from "../../platform/ids";
import type { CriteriaContext } from "./plans-criteria.queries";
import type { PlanItemInput } from "./plans.inputs";
import type { ItemRow } from "./plans.queries";

export interface Built {
  rows: ItemRow[];
  errors: Record<string, string>;
}

/**
 * The rows the input describes. A criterion version must be in the current effective set,
 * or be the one an existing item already points at (nothing is re-pointed silently); a focus
 * issue must be one of the cell's path; ids must be this plan's own items.
 */
export function buildItems(p: {
  input: PlanItemInput[];
  stored: ItemRow[];
  criteria: CriteriaContext;
  year: number;
  planId: string;
  tenantId: string;
  now: number;
}): Built {
  const errors: Record<string, string> = {};
  const effective = new Map(p.criteria.criteria.map((c) => [c.criterionVersionId, c.key]));
  const storedVersions = new Map(p.stored.map((s) => [s.criterionVersionId, s.criterionKey]));
  const storedById = new Map(p.stored.map((s) => [s.id, s]));
  const focus = new Set(p.criteria.focusIssues.map((f) => f.id));
  const seen = new Set<string>();
  const rows: ItemRow[] = [];
  p.input.forEach((it, i) => {
    const f = (k: string) => `items.${i}.${k}`;
    const key = effective.get(it.criterionVersionId) ?? storedVersions.get(it.criterionVersionId);
    if (!key) errors[f("criterionVersionId")] = "Tiêu chí không thuộc bộ tiêu chí của nhóm đồng chí năm nay.";
    if (it.focusIssueId && !focus.has(it.focusIssueId))
      errors[f("focusIssueId")] = "Nội dung trọng tâm không thuộc đơn vị của đồng chí trong năm này.";
    if (it.yearTheme && it.focusIssueId)
      errors[f("focusIssueId")] =
        "Mỗi nội dung gắn với một nội dung trọng tâm hoặc với chuyên đề năm, không cả hai.";
    if (it.yearTheme && !p.criteria.yearTheme)
      errors[f("yearTheme")] = `Năm ${p.year} chưa có chuyên đề năm.`;
    if (it.dueDate < `${p.year}-01-01` || it.dueDate > `${p.year}-12-31`)
      errors[f("dueDate")] = `Thời hạn phải trong năm ${p.year}.`;
    const existing = it.id ? storedById.get(it.id) : undefined;
    if (it.id && (!existing || seen.has(it.id))) errors[f("id")] = "Nội dung này không thuộc kế hoạch.";
    if (it.id) seen.add(it.id);
    rows.push({
      id: existing?.id ?? newId(),
      tenantId: p.tenantId,
      planId: p.planId,
      position: i + 1,
      criterionKey: key ?? "",
      criterionVersionId: it.criterionVersionId,
      focusIssueId: it.focusIssueId ?? null,
      yearTheme: it.yearTheme ? 1 : 0,
      commitment: it.commitment,
      measure: it.measure,
      dueDate: it.dueDate,
      createdAt: existing?.createdAt ?? p.now,
      updatedAt: p.now,
    });
  });
  return { rows, errors };
}

/** Errors that block a submission: too few items, no registration, criteria no longer in force. */
export function submitErrors(p: {
  registration: string;
  rows: Pick<ItemRow, "criterionKey">[];
  minItems: number;
  criteria: CriteriaContext;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!p.registration.trim())
    errors.registration = "Cần ghi bản đăng ký (nội dung đăng ký làm theo) trước khi nộp.";
  if (p.rows.length < p.minItems)
    errors.items = `Kế hoạch cần ít nhất ${p.minItems} nội dung (hiện có ${p.rows.length}).`;
  const keys = new Set(p.criteria.criteria.map((c) => c.key));
  p.rows.forEach((r, i) => {
    if (!keys.has(r.criterionKey))
      errors[`items.${i}.criterionVersionId`] =
        "Tiêu chí này không còn áp dụng cho nhóm của đồng chí: chọn lại tiêu chí trước khi nộp.";
  });
  return errors;
}

export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/** The submit errors as one sentence for "chưa nộp vì …": item-level ones are named once. */
export function refusalReasons(errors: Record<string, string>): string {
  const parts: string[] = [];
  if (errors.registration) parts.push("chưa có bản đăng ký (nội dung đăng ký làm theo)");
  if (errors.items) parts.push(lowerFirst(errors.items).replace(/\.$/, ""));
  if (Object.keys(errors).some((k) => k.startsWith("items.")))
    parts.push("có nội dung gắn với tiêu chí không còn áp dụng cho nhóm của đồng chí");
  return `${parts.join("; ")}.`;
}
