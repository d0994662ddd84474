// Reading the plan editor's form (no JavaScript): rows come as items.N.field; blank rows are
// dropped, "remove-N" drops row N, and the rest becomes the same input the JSON API takes.
import type { EditorRow, EditorValues } from "./views/plan-editor";

export type EditorAction = "save" | "submit" | "add" | "remove";

export function readEditorForm(f: Record<string, string>): {
  action: EditorAction;
  values: EditorValues;
  version: number | undefined;
} {
  const byIndex = new Map<number, Partial<EditorRow>>();
  for (const [k, v] of Object.entries(f)) {
    const m = /^items\.(\d{1,2})\.(id|criterionVersionId|link|commitment|measure|dueDate)$/.exec(k);
    if (!m) continue;
    const row = byIndex.get(Number(m[1])) ?? {};
    row[m[2] as keyof EditorRow] = v.trim();
    byIndex.set(Number(m[1]), row);
  }
  const raw = f.action ?? "save";
  const remove = /^remove-(\d{1,2})$/.exec(raw);
  const rows: EditorRow[] = [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([i]) => !remove || i !== Number(remove[1]))
    .map(([, r]) => ({
      id: r.id || undefined,
      criterionVersionId: r.criterionVersionId ?? "",
      link: r.link ?? "",
      commitment: r.commitment ?? "",
      measure: r.measure ?? "",
      dueDate: r.dueDate ?? "",
    }))
    .filter((r) => r.criterionVersionId || r.commitment || r.measure || r.dueDate);
  const action: EditorAction = remove ? "remove" : raw === "submit" || raw === "add" ? raw : "save";
  const version = /^\d{1,9}$/.test(f.version ?? "") ? Number(f.version) : undefined;
  return { action, values: { registration: f.registration ?? "", rows }, version };
}

const opt = (s: string) => (s === "" ? undefined : s);

/** The editor values as SavePlanInput's shape (validated by the same schema as the API). */
export function saveInputOf(values: EditorValues, version: number | undefined) {
  return {
    registration: values.registration,
    version,
    items: values.rows.map((r) => ({
      id: r.id,
      criterionVersionId: opt(r.criterionVersionId),
      focusIssueId: r.link && r.link !== "theme" ? r.link : undefined,
      yearTheme: r.link === "theme" ? true : undefined,
      commitment: opt(r.commitment),
      measure: opt(r.measure),
      dueDate: opt(r.dueDate),
    })),
  };
}
