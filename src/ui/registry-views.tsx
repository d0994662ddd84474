/**
 * The pieces every registry page repeats: the filter form, the list card with its pager and its
 * export links, the alerts of a record page, and the panels that edit or delete the record.
 */
import type { Child, FC } from "hono/jsx";
import type { FormState } from "../platform/pages";
import { Alert, Button, Card, Empty, FormErrors, Hidden, PostForm } from "./components";

/** A query string from the non-empty entries. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** Select options from labels, with an optional empty choice first. */
export const opts = <T extends string>(labels: Record<T, string>, empty?: string) => [
  ...(empty === undefined ? [] : [{ value: "", label: empty }]),
  ...(Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label })),
];

/** Next year back to ten years ago, with an empty choice. */
export const yearChoices = (now: number, empty = "Mọi năm") => {
  const y = new Date(now).getUTCFullYear();
  const out = [{ value: "", label: empty }];
  for (let i = y + 1; i >= y - 10; i--) out.push({ value: String(i), label: String(i) });
  return out;
};

/** A GET filter form laid out inline. */
export const FilterForm: FC<{ action: string; children?: Child }> = ({ action, children }) => (
  <form method="get" action={action} class="form-inline" aria-label="Bộ lọc">
    {children}
    <button type="submit" class="btn btn-secondary">
      Lọc
    </button>
  </form>
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

/** A page of a list: the table (`children`: its head and body) or `empty`, the pager, the exports. */
export const ListCard: FC<{
  base: string;
  params: Record<string, string | undefined>;
  count: number;
  next: string | null;
  empty: string;
  title?: string;
  children?: Child;
}> = ({ base, params, count, next, empty, title, children }) => (
  <Card title={title}>
    {count === 0 ? (
      <Empty>{empty}</Empty>
    ) : (
      <div class="table-wrap">
        <table>{children}</table>
      </div>
    )}
    <Pager next={next} base={base} params={params} />
    <ExportLinks base={`${base}/export`} params={params} />
  </Card>
);

/** A record page's alerts: what was just done, and a refusal that names no field. */
export const RecordAlerts: FC<{ done?: string | undefined; state?: FormState | undefined }> = ({
  done,
  state,
}) => (
  <>
    {done && <Alert kind="success">{done}</Alert>}
    {state?.message && !Object.keys(state.errors).length && <Alert kind="error">{state.message}</Alert>}
  </>
);

/** A form's summary heading over its field errors (a refusal without fields shows in RecordAlerts). */
const fieldMessage = (state: FormState | undefined) =>
  state && Object.keys(state.errors).length ? state.message : undefined;

/** The record's edit form in a panel, open when it comes back with errors. */
export const EditPanel: FC<{
  action: string;
  version: number;
  title: string;
  state?: FormState | undefined;
  children?: Child;
}> = ({ action, version, title, state, children }) => (
  <details class="panel" open={!!state}>
    <summary>{title}</summary>
    <div>
      <FormErrors errors={state?.errors} message={fieldMessage(state)} />
      <PostForm action={action}>
        <Hidden name="version" value={version} />
        {children}
        <Button>Lưu</Button>
      </PostForm>
    </div>
  </details>
);

/** The record's delete form in a panel. */
export const DeletePanel: FC<{
  action: string;
  version: number;
  title: string;
  button?: string;
  state?: FormState | undefined;
  children?: Child;
}> = ({ action, version, title, button, state, children }) => (
  <details class="panel" open={!!state}>
    <summary>{title}</summary>
    <div>
      <FormErrors errors={state?.errors} message={fieldMessage(state)} />
      {children}
      <PostForm action={action}>
        <Hidden name="version" value={version} />
        <Button kind="danger">{button ?? "Xóa"}</Button>
      </PostForm>
    </div>
  </details>
);
