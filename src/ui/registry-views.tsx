/**
 * The pieces every registry page repeats: the filter form, the list card with its pager and its
 * export links, the alerts of a record page, and the panels that edit or delete the record.
 */
import type { Child, FC } from "hono/jsx";
import type { FormState } from "../platform/pages";
import type { Panel } from "../platform/registry/pages";
import { Alert, Card, DataTable, Field, type ListColumn, Select } from "./components";
import { FormPanel, panelOf } from "./form-kit";

export type { ListColumn };

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

/**
 * A GET filter form laid out inline. With `params`, a registry's usual filters frame the others:
 * the year first (`now` gives the choices), the unit subtree by its code last.
 */
export const FilterForm: FC<{
  action: string;
  params?: Record<string, string | undefined>;
  now?: number;
  children?: Child;
}> = ({ action, params, now, children }) => (
  <form method="get" action={action} class="form-inline" aria-label="Bộ lọc">
    {params && now !== undefined && (
      <Select label="Năm" name="year" value={params.year} options={yearChoices(now)} />
    )}
    {children}
    {params && (
      <Field label="Mã đơn vị (cả cấp dưới)" name="unitCode" value={params.unitCode} maxlength={40} />
    )}
    <button type="submit" class="btn btn-secondary">
      Lọc
    </button>
  </form>
);

/** A filter of the list: a select whose value comes from the query, `all` the empty choice first. */
export const FilterSelect = <T extends string>(p: {
  label: string;
  name: string;
  params: Record<string, string | undefined>;
  labels: Record<T, string>;
  all: string;
}) => <Select label={p.label} name={p.name} value={p.params[p.name]} options={opts(p.labels, p.all)} />;

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

/**
 * A page of a list: a table of `columns` with a row per item (`row` gives its cells), or `empty`;
 * the pager and the export links under it.
 */
export function ListCard<T>(p: {
  base: string;
  params: Record<string, string | undefined>;
  list: { items: T[]; nextCursor: string | null };
  columns: ListColumn[];
  row: (item: T) => Child;
  empty: string;
  title?: string;
}) {
  return (
    <Card title={p.title}>
      <DataTable items={p.list.items} empty={p.empty} columns={p.columns} row={(x) => <tr>{p.row(x)}</tr>} />
      <Pager next={p.list.nextCursor} base={p.base} params={p.params} />
      <ExportLinks base={`${p.base}/export`} params={p.params} />
    </Card>
  );
}

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
}> = (p) => <FormPanel {...p} message={fieldMessage(p.state)} submit="Lưu" />;

/** The record's delete form in a panel. */
export const DeletePanel: FC<{
  action: string;
  version: number;
  title: string;
  button?: string;
  state?: FormState | undefined;
  children?: Child;
}> = ({ action, version, title, button, state, children }) => (
  <FormPanel
    title={title}
    action={action}
    state={state}
    message={fieldMessage(state)}
    lead={children}
    version={version}
    submit={button ?? "Xóa"}
    kind="danger"
  />
);

/** A record's edit panel (its fields are the children) over its delete panel, under the record's path. */
export const RecordPanels: FC<{
  href: string;
  version: number;
  panel?: Panel | undefined;
  editTitle: string;
  deleteTitle: string;
  children?: Child;
}> = (p) => (
  <>
    <EditPanel
      action={`${p.href}/update`}
      version={p.version}
      title={p.editTitle}
      state={panelOf(p.panel, "update")}
    >
      {p.children}
    </EditPanel>
    <DeletePanel
      action={`${p.href}/delete`}
      version={p.version}
      title={p.deleteTitle}
      state={panelOf(p.panel, "delete")}
    />
  </>
);
