import type { Child, FC } from "hono/jsx";
import { Badge } from "../../../ui/components";
import { type ModelStatus, STATUS_LABEL } from "../models.inputs";

export type FormState = { values: Record<string, string>; errors: Record<string, string>; message?: string };

/** A query string from the non-empty entries. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export const opts = <T extends string>(labels: Record<T, string>, empty?: string) => [
  ...(empty === undefined ? [] : [{ value: "", label: empty }]),
  ...(Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label })),
];

export const Checkbox: FC<{ name: string; label: string; checked?: boolean; hint?: string }> = (p) => (
  <div class="field">
    <label>
      <input type="checkbox" name={p.name} value="1" checked={p.checked} /> {p.label}
    </label>
    {p.hint && <p class="hint">{p.hint}</p>}
  </div>
);

const TONE: Record<ModelStatus, "good" | "accent" | "neutral" | "bad"> = {
  new: "accent",
  maintained: "good",
  replicated: "good",
  stopped: "bad",
};

export const StatusBadge: FC<{ status: ModelStatus; year?: number }> = ({ status, year }) => (
  <Badge tone={TONE[status]}>
    {STATUS_LABEL[status]}
    {year ? ` ${year}` : ""}
  </Badge>
);

/** "Xem tiếp" to the next page of a keyset-paged list. */
export const Pager: FC<{ next: string | null; base: string; params: Record<string, string | undefined> }> = ({
  next,
  base,
  params,
}) =>
  next ? (
    <p>
      <a class="btn btn-secondary" href={`${base}${qs({ ...params, cursor: next })}`}>
        Xem tiếp
      </a>
    </p>
  ) : null;

export const ExportLinks: FC<{ base: string; params: Record<string, string | undefined> }> = ({
  base,
  params,
}) => (
  <span class="page-actions">
    <a class="btn btn-secondary" href={`${base}${qs({ ...params, cursor: undefined, format: "xlsx" })}`}>
      Xuất Excel
    </a>
    <a class="btn btn-secondary" href={`${base}${qs({ ...params, cursor: undefined, format: "csv" })}`}>
      Xuất CSV
    </a>
  </span>
);

/** A GET filter form laid out inline. */
export const FilterForm: FC<{ action: string; children?: Child }> = ({ action, children }) => (
  <form method="get" action={action} class="form-inline" aria-label="Bộ lọc">
    {children}
    <button type="submit" class="btn btn-secondary">
      Lọc
    </button>
  </form>
);

export const yearChoices = (now: number, empty = "Mọi năm") => {
  const y = new Date(now).getUTCFullYear();
  const out = [{ value: "", label: empty }];
  for (let i = y + 1; i >= y - 10; i--) out.push({ value: String(i), label: String(i) });
  return out;
};
