/**
 * The pieces every form of a page repeats: a field bound to the form's state (its name, the value
 * typed back, its error), the page head with its breadcrumbs, a form in a card, and a form in a
 * panel that opens when it comes back with errors.
 */
import type { Child, FC } from "hono/jsx";
import type { FormState } from "../platform/pages";
import { Breadcrumbs, Button, Card, FormErrors, Hidden, PostForm } from "./components";
import { PageTitle } from "./layout";

/** A field's name, the value to show and its error: the props a Field, TextArea or Select takes. */
export interface Bound {
  name: string;
  value: string | undefined;
  error: string | undefined;
}

/**
 * Binds fields to values and errors by name; `fallback` is the value when nothing was typed, and
 * `errorOf` another key whose error the field shows when it has none of its own (unitCode → unitId).
 */
export const bindFields =
  (values: Record<string, string | undefined> = {}, errors: Record<string, string | undefined> = {}) =>
  (name: string, fallback?: string, errorOf?: string): Bound => ({
    name,
    value: values[name] ?? fallback,
    error: errors[name] ?? (errorOf === undefined ? undefined : errors[errorOf]),
  });

/** A binder made by bindFields or bindState. */
export type Binder = ReturnType<typeof bindFields>;

/** Binds fields to a form that came back (or to nothing: no values, no errors). */
export const bindState = (state: Pick<FormState, "values" | "errors"> | undefined) =>
  bindFields(state?.values, state?.errors);

/** The form `form` of a record page, when it is the one that came back. */
export const panelOf = <P extends { form: string }>(panel: P | undefined, form: string): P | undefined =>
  panel?.form === form ? panel : undefined;

/**
 * A page's head: the way back (breadcrumbs whose last one is the page itself, or a link back to
 * where it came from), then its title; children are its actions.
 */
export const PageHead: FC<{
  crumbs?: { href?: string; label: string }[];
  back?: { href: string; label: string };
  title: string;
  subtitle?: string | undefined;
  children?: Child;
}> = ({ crumbs, back, title, subtitle, children }) => (
  <>
    {back && (
      <p>
        <a href={back.href}>‹ {back.label}</a>
      </p>
    )}
    {crumbs && <Breadcrumbs items={crumbs} />}
    <PageTitle title={title} subtitle={subtitle}>
      {children}
    </PageTitle>
  </>
);

/** A refusal's message when it names no field (with field errors, the summary says "sửa các lỗi sau"). */
export const plainMessage = (errors: Record<string, string> | undefined, message: string | undefined) =>
  errors && Object.keys(errors).length ? undefined : message;

/** What a posted form shows: its errors over the fields, the record's version, the submit button. */
export interface FormBodyProps {
  action: string;
  errors?: Record<string, string> | undefined;
  message?: string | undefined;
  /** The version the record was read at, posted back for the conditional write. */
  version?: number | undefined;
  submit: string;
  kind?: "primary" | "secondary" | "danger";
  /** What stands above the errors (an explanation), and between them and the form (a warning). */
  intro?: Child;
  lead?: Child;
  enctype?: "multipart/form-data";
  children?: Child;
}

/**
 * The labels of the fields in a form's JSX, by field name: what the error summary names. Walks the
 * elements as written (a field a child component renders by itself is not seen; pass its label then).
 */
export function labelsOf(children: unknown, out: Record<string, string> = {}): Record<string, string> {
  if (Array.isArray(children)) {
    for (const c of children) labelsOf(c, out);
    return out;
  }
  if (!children || typeof children !== "object") return out;
  const node = children as { props?: Record<string, unknown>; children?: unknown };
  const props = node.props ?? {};
  if (typeof props.name === "string" && typeof props.label === "string") out[props.name] ??= props.label;
  labelsOf(node.children, out);
  if (props.children !== node.children) labelsOf(props.children, out);
  return out;
}

/** A posted form under its errors: the version, the fields, the submit button. */
export const FormBody: FC<FormBodyProps> = (p) => (
  <>
    {p.intro}
    <FormErrors errors={p.errors} message={p.message} labels={p.errors ? labelsOf(p.children) : undefined} />
    {p.lead}
    <PostForm action={p.action} enctype={p.enctype}>
      {p.version !== undefined && <Hidden name="version" value={p.version} />}
      {p.children}
      <Button kind={p.kind}>{p.submit}</Button>
    </PostForm>
  </>
);

/** A form in a card: errors, fields, the submit button. */
export const FormCard: FC<FormBodyProps & { title?: string }> = ({ title, ...p }) => (
  <Card title={title}>
    <FormBody {...p} />
  </Card>
);

/** A form in a panel; `state` is the form when it came back: the panel opens on its errors. */
export const FormPanel: FC<
  Omit<FormBodyProps, "errors"> & { title: string; state?: Pick<FormState, "errors"> | undefined }
> = ({ title, state, ...p }) => (
  <details class="panel" open={!!state}>
    <summary>{title}</summary>
    <div>
      <FormBody {...p} errors={state?.errors} />
    </div>
  </details>
);

/** A form that is one button (inline): it posts the record's version, then the `hidden` fields. */
export const ActionButton: FC<{
  action: string;
  version?: number | undefined;
  hidden?: Record<string, string | number>;
  kind?: "primary" | "secondary" | "danger";
  class?: string;
  children?: Child;
}> = (p) => (
  <PostForm action={p.action} class={p.class ?? "form-inline"}>
    {p.version !== undefined && <Hidden name="version" value={p.version} />}
    {Object.entries(p.hidden ?? {}).map(([name, value]) => (
      <Hidden name={name} value={value} />
    ))}
    <Button kind={p.kind}>{p.children}</Button>
  </PostForm>
);
