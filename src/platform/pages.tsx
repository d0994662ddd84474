import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../env";
import { Alert } from "../ui/components";
import { Layout } from "../ui/layout";
import { LoginForm } from "../ui/login-form";
import { ServiceError } from "./errors";
import { formStrings, readForm } from "./http";

/** Renders a page inside the layout, with the tenant and actor of the request. */
export function page(
  c: Context<AppEnv>,
  title: string,
  body: Child,
  opts: { status?: number; active?: string; bare?: boolean; refresh?: number } = {},
) {
  return c.html(
    <Layout
      title={title}
      tenant={c.get("tenant")}
      actor={c.get("actor")}
      active={opts.active}
      bare={opts.bare}
      refresh={opts.refresh}
    >
      {body}
    </Layout>,
    (opts.status ?? 200) as 200,
  );
}

/** `page()` for the pages under one nav entry: the title, the body and the status (200 by default). */
export const pageUnder =
  (active: string) =>
  (c: Context<AppEnv>, title: string, body: Child, status = 200) =>
    page(c, title, body, { active, status });

const TITLES: Record<number, string> = {
  400: "Yêu cầu không hợp lệ",
  401: "Cần đăng nhập",
  403: "Không có quyền",
  404: "Không tìm thấy",
  405: "Không hỗ trợ",
  409: "Không thực hiện được",
  410: "Hết hiệu lực",
  413: "Dữ liệu quá lớn",
  415: "Định dạng không hỗ trợ",
  429: "Quá nhiều yêu cầu",
};

/** The HTML face of a ServiceError; 401 on a tenant page shows the sign-in form itself. */
export function renderError(c: Context<AppEnv>, e: ServiceError) {
  const tenant = c.get("tenant");
  if (e.status === 401 && tenant) {
    const here = new URL(c.req.url);
    const next = c.req.method === "GET" ? here.pathname + here.search : undefined;
    const notice = e.message === "Vui lòng đăng nhập." ? undefined : e.message;
    return c.html(
      <Layout title="Đăng nhập" tenant={tenant}>
        <LoginForm
          slug={tenant.slug}
          tenantName={tenant.name}
          next={next}
          notice={notice ?? "Vui lòng đăng nhập để tiếp tục."}
        />
      </Layout>,
      401,
    );
  }
  const title = TITLES[e.status] ?? "Đã xảy ra lỗi";
  return c.html(
    <Layout title={title} tenant={tenant} actor={c.get("actor")}>
      <div class="auth-wrap">
        <div class="card">
          <h1>{title}</h1>
          <Alert kind="error">{e.message}</Alert>
          <p class="muted">Mã yêu cầu: {c.get("requestId")}</p>
          <p>
            <a href={tenant ? `/t/${tenant.slug}/` : "/"}>Về trang chủ</a>
          </p>
        </div>
      </div>
    </Layout>,
    e.status as 400,
  );
}

/** 303 See Other (post/redirect/get). */
export function seeOther(c: Context<AppEnv>, to: string) {
  return c.redirect(to, 303);
}

/** Path of a page inside the current tenant. */
export function tenantPath(c: Context<AppEnv>, path: string): string {
  return `/t/${c.get("tenant")?.slug ?? ""}${path}`;
}

/** What a form shows again after a rejected post: the values typed, errors by field, a summary. */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  message?: string;
}

/**
 * The page-form flow: reads the posted fields and runs `act` (validate → service → a 303); a
 * ServiceError whose status is in `statuses` (400 and 409 by default) re-renders the page through
 * `rerender` with the typed values, the field errors and that status; anything else propagates.
 */
export async function submitForm(
  c: Context<AppEnv>,
  act: (fields: Record<string, string>) => Promise<Response>,
  rerender: (state: FormState, status: 400 | 409) => Response | Promise<Response>,
  statuses: readonly number[] = [400, 409],
): Promise<Response> {
  const fields = formStrings(await readForm(c));
  try {
    return await act(fields);
  } catch (e) {
    if (!(e instanceof ServiceError) || !statuses.includes(e.status)) throw e;
    if (e.retryAfter) c.header("Retry-After", String(e.retryAfter));
    return rerender({ values: fields, errors: e.fields ?? {}, message: e.message }, e.status as 400 | 409);
  }
}
