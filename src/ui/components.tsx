import type { Child, FC } from "hono/jsx";
import { formatNumber } from "./format";

export const Card: FC<{ title?: string; children?: Child; class?: string }> = ({
  title,
  children,
  class: cls,
}) => (
  <section class={`card ${cls ?? ""}`}>
    {title && <h2 class="card-title">{title}</h2>}
    {children}
  </section>
);

export const Alert: FC<{ kind?: "info" | "error" | "success" | "warning"; children?: Child }> = ({
  kind = "info",
  children,
}) => (
  <div class={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
    {children}
  </div>
);

export interface FieldProps {
  label: string;
  name: string;
  value?: string | number | null;
  error?: string | undefined;
  type?: string;
  hint?: string;
  required?: boolean;
  /** Marked required (*) without the browser enforcing it: needed to submit, not to save a draft. */
  marked?: boolean;
  autocomplete?: string;
  inputmode?: "text" | "numeric" | "tel" | "email" | "decimal" | "search" | "url" | "none";
  maxlength?: number;
}

/** Label, control, then the hint or the error; with `describe`, the hint and error get ids for aria-describedby. */
const FieldShell: FC<{
  id: string;
  p: FieldProps;
  describe?: boolean;
  children: Child;
}> = ({ id, p, describe, children }) => (
  <div class={`field ${p.error ? "field-error" : ""}`}>
    <label for={id}>
      {p.label}
      {(p.required || p.marked) && <span class="req"> *</span>}
    </label>
    {children}
    {p.hint && !p.error && (
      <p class="hint" id={describe ? `${id}-hint` : undefined}>
        {p.hint}
      </p>
    )}
    {p.error && (
      <p class="error-text" id={describe ? `${id}-err` : undefined}>
        {p.error}
      </p>
    )}
  </div>
);

export const Field: FC<FieldProps> = (p) => {
  const id = `f-${p.name}`;
  return (
    <FieldShell id={id} p={p} describe>
      <input
        id={id}
        name={p.name}
        type={p.type ?? "text"}
        value={p.value ?? ""}
        required={p.required}
        autocomplete={p.autocomplete}
        inputmode={p.inputmode}
        maxlength={p.maxlength}
        aria-invalid={p.error ? "true" : undefined}
        aria-describedby={p.error ? `${id}-err` : p.hint ? `${id}-hint` : undefined}
      />
    </FieldShell>
  );
};

/**
 * A long text. `maxlength` is counted, not enforced by the browser (which cuts a long paste silently):
 * the count shows under the field (live with /static/forms.js) and the server refuses a longer text,
 * the page coming back with everything typed.
 */
export const TextArea: FC<FieldProps & { rows?: number }> = (p) => {
  const id = `f-${p.name}`;
  const count = String(p.value ?? "").length;
  return (
    <FieldShell id={id} p={p}>
      <textarea
        id={id}
        name={p.name}
        rows={p.rows ?? 4}
        required={p.required}
        data-max={p.maxlength}
        aria-invalid={p.error ? "true" : undefined}
        aria-describedby={p.maxlength ? `${id}-count` : undefined}
      >
        {p.value ?? ""}
      </textarea>
      {p.maxlength && (
        <p class={`counter${count > p.maxlength ? " over" : ""}`} id={`${id}-count`}>
          {formatNumber(count)}/{formatNumber(p.maxlength)} ký tự
        </p>
      )}
    </FieldShell>
  );
};

export const Select: FC<{
  label: string;
  name: string;
  value?: string | null;
  options: { value: string; label: string }[];
  error?: string | undefined;
  required?: boolean;
  hint?: string;
}> = (p) => {
  const id = `f-${p.name}`;
  return (
    <div class={`field ${p.error ? "field-error" : ""}`}>
      <label for={id}>
        {p.label}
        {p.required && <span class="req"> *</span>}
      </label>
      <select id={id} name={p.name} required={p.required} aria-invalid={p.error ? "true" : undefined}>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === (p.value ?? "")}>
            {o.label}
          </option>
        ))}
      </select>
      {p.hint && !p.error && <p class="hint">{p.hint}</p>}
      {p.error && <p class="error-text">{p.error}</p>}
    </div>
  );
};

/** A POST form with its hidden fields; CSRF is checked by Origin, so no token is needed. */
export const PostForm: FC<{
  action: string;
  children?: Child;
  class?: string;
  enctype?: "multipart/form-data" | "application/x-www-form-urlencoded";
}> = ({ action, children, class: cls, enctype }) => (
  <form method="post" action={action} class={cls ?? "form"} enctype={enctype}>
    {children}
  </form>
);

export const Hidden: FC<{ name: string; value: string | number }> = ({ name, value }) => (
  <input type="hidden" name={name} value={String(value)} />
);

export const Button: FC<{
  children?: Child;
  kind?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}> = ({ children, kind = "primary", name, value }) => (
  <button type="submit" class={`btn btn-${kind}`} name={name} value={value}>
    {children}
  </button>
);

export const LinkButton: FC<{ href: string; children?: Child; kind?: "primary" | "secondary" }> = ({
  href,
  children,
  kind = "secondary",
}) => (
  <a class={`btn btn-${kind}`} href={href}>
    {children}
  </a>
);

export const Badge: FC<{ children?: Child; tone?: "neutral" | "good" | "warn" | "bad" | "accent" }> = ({
  children,
  tone = "neutral",
}) => <span class={`badge badge-${tone}`}>{children}</span>;

export const Breadcrumbs: FC<{ items: { href?: string; label: string }[] }> = ({ items }) => (
  <nav class="breadcrumbs" aria-label="Đường dẫn">
    <ol>
      {items.map((i) => (
        <li>{i.href ? <a href={i.href}>{i.label}</a> : <span aria-current="page">{i.label}</span>}</li>
      ))}
    </ol>
  </nav>
);

export const Empty: FC<{ children?: Child }> = ({ children }) => <p class="empty">{children}</p>;

/** Field errors summarised at the top of a form, each linking to its input. */
/**
 * A refused form's summary: each error names its field ("Họ và tên: Trường này là bắt buộc.") and links
 * to it; `labels` are the fields' labels by name (FormBody finds them in its fields, see labelsOf).
 */
export const FormErrors: FC<{
  errors?: Record<string, string> | undefined;
  message?: string | undefined;
  labels?: Record<string, string> | undefined;
}> = ({ errors, message, labels }) =>
  errors && Object.keys(errors).length > 0 ? (
    <div class="alert alert-error" role="alert">
      <p>{message ?? "Vui lòng sửa các lỗi sau:"}</p>
      <ul>
        {Object.entries(errors).map(([k, v]) => (
          <li>
            <a href={`#f-${k}`}>{labels?.[k] ? `${labels[k]}: ${v}` : v}</a>
          </li>
        ))}
      </ul>
    </div>
  ) : message ? (
    <div class="alert alert-error" role="alert">
      {message}
    </div>
  ) : null;

/** A column of a table: its header, right-aligned for numbers; `false` leaves it out. */
export type ListColumn = string | { label: string; num: true };

/** A right-aligned column of figures. */
export const numCol = (label: string): ListColumn => ({ label, num: true });

/**
 * A table in its frame: a header row of `columns` over the rows given as children. A table that does
 * not stack on a phone (`class="stack"`) may scroll sideways there: its frame is a labelled region that
 * takes the keyboard focus, with a visible scrollbar; one known to be wide gives a `scrollHint`, shown
 * above it.
 */
export const Table: FC<{
  columns: (ListColumn | false)[];
  class?: string;
  scrollHint?: string | undefined;
  children?: Child;
}> = ({ columns, class: cls, scrollHint, children }) => {
  const stacks = !scrollHint && (cls ?? "").split(" ").includes("stack");
  const names = columns.flatMap((c) => (c === false ? [] : [typeof c === "string" ? c : c.label]));
  const region = { tabindex: 0, role: "region", "aria-label": scrollHint ?? `Bảng: ${names.join(", ")}` };
  return (
    <>
      {scrollHint && <p class="table-hint">{scrollHint}</p>}
      <div class="table-wrap" {...(stacks ? {} : region)}>
        <table class={cls}>
          <thead>
            <tr>
              {columns.map((c) =>
                c === false ? null : typeof c === "string" ? <th>{c}</th> : <th class="num">{c.label}</th>,
              )}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </>
  );
};

/** A table of `items` (a row each), or `empty` when there are none. */
export function DataTable<T>(p: {
  items: T[];
  empty: string;
  columns: (ListColumn | false)[];
  class?: string;
  scrollHint?: string;
  row: (item: T) => Child;
}) {
  return p.items.length === 0 ? (
    <Empty>{p.empty}</Empty>
  ) : (
    <Table columns={p.columns} class={p.class} scrollHint={p.scrollHint}>
      {p.items.map(p.row)}
    </Table>
  );
}
