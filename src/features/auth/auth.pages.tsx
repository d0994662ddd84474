import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { invalid } from "../../platform/errors";
import { sha256Hex } from "../../platform/ids";
import { page, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from "../../platform/session";
import {
  PASSWORD_CHANGE_FAILURES,
  SETUP_LINK_FAILURES,
  SIGN_IN_FAILURES,
  throttled,
  throttledForActor,
} from "../../platform/throttle";
import { ctxOf, publicCtxOf } from "../../platform/tenant-context";
import { LoginForm } from "../../ui/login-form";
import { changePassword, completeSetup, login, logout, readSetupLink } from "./auth.service";
import { PasswordForm, SetupForm } from "./views/auth-forms";

/** Only same-tenant relative paths are followed after sign-in; control characters (CR/LF) never. */
function safeNext(slug: string, next: string | undefined): string {
  const base = `/t/${slug}/`;
  const ok =
    next?.startsWith(base) &&
    !next.includes("//", 1) &&
    !next.includes("\\") &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
    !/[\u0000-\u001f\u007f]/.test(next);
  return ok && next ? next : base;
}

/** Mounted at /t/:slug: /login, /logout, /password and /setup/:token. */
export const authPages = new Hono<AppEnv>()
  .get("/login", (c) => {
    const t = c.get("tenant")!;
    if (c.get("actor")) return seeOther(c, tenantPath(c, "/"));
    return page(c, "Đăng nhập", <LoginForm slug={t.slug} tenantName={t.name} next={c.req.query("next")} />);
  })
  .post("/login", async (c) => {
    const pctx = publicCtxOf(c);
    const prev = readSessionCookie(c);
    const prevId = prev && prev.tenantId === pctx.tenant.id ? await sha256Hex(prev.token) : undefined;
    return submitForm(
      c,
      async (f) => {
        const { token } = await throttled(c, SIGN_IN_FAILURES, pctx.tenant.slug, () =>
          login(pctx, { login: f.login ?? "", password: f.password ?? "" }, prevId),
        );
        writeSessionCookie(c, pctx.tenant.id, token);
        return seeOther(c, safeNext(pctx.tenant.slug, f.next));
      },
      ({ values, message }, status) =>
        page(
          c,
          "Đăng nhập",
          <LoginForm
            slug={pctx.tenant.slug}
            tenantName={pctx.tenant.name}
            login={values.login}
            message={message}
            next={values.next}
          />,
          { status },
        ),
      [401, 429],
    );
  })
  .post("/logout", async (c) => {
    if (c.get("actor")) await logout(ctxOf(c));
    clearSessionCookie(c);
    return seeOther(c, tenantPath(c, "/login"));
  })
  .get("/password", (c) => {
    ctxOf(c);
    return page(
      c,
      "Đổi mật khẩu",
      <PasswordForm slug={c.get("tenant")!.slug} done={c.req.query("done") === "1"} />,
    );
  })
  .post("/password", (c) => {
    const ctx = ctxOf(c);
    return submitForm(
      c,
      async (f) => {
        const input = { currentPassword: f.currentPassword ?? "", newPassword: f.newPassword ?? "" };
        const { token } = await throttledForActor(
          c,
          PASSWORD_CHANGE_FAILURES,
          () => changePassword(ctx, input),
          [400],
        );
        writeSessionCookie(c, ctx.tenant.id, token);
        return seeOther(c, tenantPath(c, "/password?done=1"));
      },
      ({ errors }) =>
        page(c, "Đổi mật khẩu", <PasswordForm slug={ctx.tenant.slug} errors={errors} />, { status: 400 }),
      [400],
    );
  })
  .get("/setup/:token", async (c) => {
    const pctx = publicCtxOf(c);
    // A dead or guessed link counts against the client: guessing is refused before it can add up.
    const who = await throttled(
      c,
      SETUP_LINK_FAILURES,
      pctx.tenant.slug,
      () => readSetupLink(pctx, c.req.param("token")),
      [410],
    );
    return page(c, "Đặt mật khẩu", <SetupForm action={c.req.path} who={who} />);
  })
  .post("/setup/:token", (c) => {
    const pctx = publicCtxOf(c);
    const token = c.req.param("token");
    return submitForm(
      c,
      async (f) => {
        if ((f.password ?? "") !== (f.confirm ?? ""))
          throw invalid({ confirm: "Hai mật khẩu không khớp nhau." });
        const session = await throttled(
          c,
          SETUP_LINK_FAILURES,
          pctx.tenant.slug,
          () => completeSetup(pctx, token, f.password ?? ""),
          [410],
        );
        writeSessionCookie(c, pctx.tenant.id, session.token);
        return seeOther(c, tenantPath(c, "/?welcome=1"));
      },
      async ({ errors }) => {
        const who = await readSetupLink(pctx, token);
        return page(c, "Đặt mật khẩu", <SetupForm action={c.req.path} who={who} errors={errors} />, {
          status: 400,
        });
      },
      [400],
    );
  });
