import { GROUPS, GROUP_MOTTO, type Group } from "../../../domain";
import type { Child, FC } from "hono/jsx";
import { Badge, Empty } from "../../../ui/components";
import { formatIsoDate } from "../../../ui/format";
import { ordinalLabel } from "../criteria.inputs";
import type { EffectiveCriterion, HiddenCriterion, OriginRef } from "../criteria.rules";

/** "62-KH/ĐUK, ngày 25/04/2022" (or whichever part is known). */
export function docLine(v: { docNumber: string | null; docDate: string | null }): string {
  const parts = [
    v.docNumber ? `Số ${v.docNumber}` : null,
    v.docDate ? `ngày ${formatIsoDate(v.docDate)}` : null,
  ];
  return parts.filter(Boolean).join(", ");
}

const originText = (o: OriginRef) => `${o.unitName}${o.docNumber ? ` (${o.docNumber})` : ""}`;

/** Where the criterion comes from: the level that set it, and every level that concretised it. */
export const OriginLine: FC<{ c: EffectiveCriterion }> = ({ c }) => (
  <p class="meta">
    {c.origin.depth === 0 ? "Khung chung: " : "Bổ sung: "}
    {originText(c.origin)}
    {c.trail.slice(1).map((o) => (
      <>
        {" · "}Cụ thể hóa: {originText(o)}
      </>
    ))}{" "}
    {c.isCore && (
      <Badge tone="accent">Cốt lõi{c.coreFrom ? ` – do ${c.coreFrom.unitName} quy định` : ""}</Badge>
    )}
  </p>
);

/** The criterion as the plans print it: "Một là, …", with its short title above. */
export const CriterionText: FC<{ c: EffectiveCriterion }> = ({ c }) => (
  <div>
    <strong>
      {c.number}. {c.title}
    </strong>
    <p>
      <em>{ordinalLabel(c.number)},</em> {c.body}
    </p>
  </div>
);

/** Effective criteria by group, each with its origin; `actions` adds controls beside an item. */
export const EffectiveGroups: FC<{
  criteria: EffectiveCriterion[];
  hidden?: HiddenCriterion[];
  groups?: readonly Group[];
  actions?: (c: EffectiveCriterion) => Child;
  showOrigin?: boolean;
}> = ({ criteria, hidden = [], groups = GROUPS, actions, showOrigin = true }) => (
  <>
    {groups.map((g) => {
      const items = criteria.filter((c) => c.group === g);
      const gone = hidden.filter((h) => h.group === g);
      return (
        <section class="card">
          <h2 class="card-title">
            {GROUP_MOTTO[g]} ({items.length} tiêu chí)
          </h2>
          {items.length === 0 ? (
            <Empty>Chưa có tiêu chí nào cho nhóm này.</Empty>
          ) : (
            <ol class="list">
              {items.map((c) => (
                <li id={`c-${c.key}`}>
                  <div>
                    <CriterionText c={c} />
                    {showOrigin && <OriginLine c={c} />}
                  </div>
                  {actions?.(c)}
                </li>
              ))}
            </ol>
          )}
          {gone.length > 0 && (
            <p class="hint">
              Đã ẩn:{" "}
              {gone.map((h, i) => (
                <>
                  {i > 0 && "; "}“{h.title}” (do {h.hiddenBy.unitName})
                </>
              ))}
            </p>
          )}
        </section>
      );
    })}
  </>
);

/** A GET form that switches the year (and keeps other query values). */
export const YearPicker: FC<{ action: string; year: number; keep?: Record<string, string> }> = ({
  action,
  year,
  keep = {},
}) => (
  <form method="get" action={action} class="form-inline no-print">
    {Object.entries(keep).map(([k, v]) => (
      <input type="hidden" name={k} value={v} />
    ))}
    <div class="field">
      <label for="f-year">Năm</label>
      <input
        id="f-year"
        name="year"
        type="number"
        inputmode="numeric"
        min="2000"
        max="2100"
        value={String(year)}
      />
    </div>
    <button type="submit" class="btn btn-secondary">
      Xem
    </button>
  </form>
);

export interface Panel {
  form: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  message?: string | undefined;
}

/** The panel of `form` when the last post of that form failed. */
export const panelFor = (panel: Panel | undefined, form: string) =>
  panel?.form === form ? panel : undefined;

interface InputProps {
  id: string;
  label: string;
  name: string;
  value?: string | number | null | undefined;
  error?: string | undefined;
  required?: boolean;
  type?: string;
  hint?: string;
  maxlength?: number;
}

/** A labelled input with its own id, for pages that repeat a form per item. */
export const Input: FC<InputProps> = (p) => (
  <div class={`field ${p.error ? "field-error" : ""}`}>
    <label for={p.id}>
      {p.label}
      {p.required && <span class="req"> *</span>}
    </label>
    <input
      id={p.id}
      name={p.name}
      type={p.type ?? "text"}
      value={p.value ?? ""}
      required={p.required}
      maxlength={p.maxlength}
      aria-invalid={p.error ? "true" : undefined}
    />
    {p.hint && !p.error && <p class="hint">{p.hint}</p>}
    {p.error && <p class="error-text">{p.error}</p>}
  </div>
);

export const Area: FC<InputProps & { rows?: number }> = (p) => (
  <div class={`field ${p.error ? "field-error" : ""}`}>
    <label for={p.id}>
      {p.label}
      {p.required && <span class="req"> *</span>}
    </label>
    <textarea
      id={p.id}
      name={p.name}
      rows={p.rows ?? 5}
      required={p.required}
      maxlength={p.maxlength}
      aria-invalid={p.error ? "true" : undefined}
    >
      {p.value ?? ""}
    </textarea>
    {p.hint && !p.error && <p class="hint">{p.hint}</p>}
    {p.error && <p class="error-text">{p.error}</p>}
  </div>
);

/** Core or not, as a select (checkboxes do not fit the form styles). */
export const CoreSelect: FC<{ id: string; value: boolean; error?: string | undefined }> = ({
  id,
  value,
  error,
}) => (
  <div class={`field ${error ? "field-error" : ""}`}>
    <label for={id}>Tính cốt lõi</label>
    <select id={id} name="isCore">
      <option value="no" selected={!value}>
        Không – cấp dưới được ẩn nếu không phù hợp
      </option>
      <option value="yes" selected={value}>
        Cốt lõi – cấp dưới không được ẩn hay bỏ
      </option>
    </select>
    {error && <p class="error-text">{error}</p>}
  </div>
);
