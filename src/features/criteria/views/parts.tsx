import { GROUPS, GROUP_MOTTO, type Group } from "../../../domain";
import type { Child, FC } from "hono/jsx";
import { Badge, Button, Empty, PostForm } from "../../../ui/components";
import { formatIsoDate } from "../../../ui/format";
import type { FocusIssueOut } from "../criteria-focus.service";
import { FOCUS_KIND_LABEL, ordinalLabel } from "../criteria.inputs";
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

/** A form in a panel, open when it came back; a refusal that names no field stands above it. */
export const PanelForm: FC<{
  title: string;
  state: Panel | undefined;
  action: string;
  submit: string;
  children?: Child;
}> = ({ title, state, action, submit, children }) => (
  <details class="panel" open={!!state}>
    <summary>{title}</summary>
    <div>
      {state?.message && !Object.keys(state.errors).length && <p class="error-text">{state.message}</p>}
      <PostForm action={action}>
        {children}
        <Button>{submit}</Button>
      </PostForm>
    </div>
  </details>
);

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

/** The label, hint and error around a field with its own id. */
const Shell: FC<InputProps & { children?: Child }> = (p) => (
  <div class={`field ${p.error ? "field-error" : ""}`}>
    <label for={p.id}>
      {p.label}
      {p.required && <span class="req"> *</span>}
    </label>
    {p.children}
    {p.hint && !p.error && <p class="hint">{p.hint}</p>}
    {p.error && <p class="error-text">{p.error}</p>}
  </div>
);

/** A labelled input with its own id, for pages that repeat a form per item. */
export const Input: FC<InputProps> = (p) => (
  <Shell {...p}>
    <input
      id={p.id}
      name={p.name}
      type={p.type ?? "text"}
      value={p.value ?? ""}
      required={p.required}
      maxlength={p.maxlength}
      aria-invalid={p.error ? "true" : undefined}
    />
  </Shell>
);

export const Area: FC<InputProps & { rows?: number }> = (p) => (
  <Shell {...p}>
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
  </Shell>
);

type DocField = "title" | "issuer" | "docNumber" | "docDate";

/** The issuing document's title, issuer, number and date, as a set's forms ask for them. */
export const DocFields: FC<{
  values: Partial<Record<DocField, string | null | undefined>>;
  errors: Record<string, string>;
  required?: boolean;
  hints?: Partial<Record<DocField, string | undefined>>;
}> = ({ values, errors, required, hints = {} }) => (
  <>
    {(
      [
        ["title", "Tên văn bản", true],
        ["issuer", "Cơ quan ban hành", true],
        ["docNumber", "Số hiệu", false],
      ] as const
    ).map(([name, label, needed]) => (
      <Input
        id={`f-${name}`}
        label={label}
        name={name}
        value={values[name]}
        error={errors[name]}
        required={needed && required ? true : undefined}
        hint={name === "docNumber" ? "Ví dụ: 23-KH/ĐU" : hints[name]}
      />
    ))}
    <Input
      id="f-docDate"
      label="Ngày ban hành"
      name="docDate"
      type="date"
      value={values.docDate}
      error={errors.docDate}
    />
  </>
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

/** Focus issues as a numbered list: the title, its kind and the unit that chose it. */
export const FocusIssueList: FC<{ issues: FocusIssueOut[] }> = ({ issues }) => (
  <ol class="list">
    {issues.map((i) => (
      <li>
        <span>
          {i.title}
          <br />
          <span class="meta">
            {FOCUS_KIND_LABEL[i.kind]} · {i.unitName}
          </span>
        </span>
      </li>
    ))}
  </ol>
);
