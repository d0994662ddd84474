import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError } from "../../platform/errors";
import { formStrings, readForm } from "../../platform/http";
import { sha256Hex } from "../../platform/ids";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from "../../platform/session";
import { ctxOf, publicCtxOf } from "../../platform/tenant-context";
import { LoginForm } from "../../ui/login-form";
import { changePassword, completeSetup, login, logout, readSetupLink } from "./auth.service";
import { PasswordForm, SetupForm } from "./views/auth-forms";

/** Only same-tenant relative paths are followed after sign-in. */
function safeNext(slug: string, next: string | undefined): string {
  const base = `/t/${slug}/`;
  return next?.startsWith(base) && !next.includes("//", 1) && !next.includes("\\") ? next : base;
}

export const authPages = new Hono<AppEnv>()
  .get("/login", (c) => {
    const t = c.get("tenant")!;
    if (c.get("actor")) return seeOther(c, tenantPath(c, "/"));
    return page(c, "Đăng nhập", <LoginForm slug={t.slug} tenantName={t.name} next={c.req.query("next")} />);
  })
  .post("/login", async (c) => {
    const pctx = publicCtxOf(c);
    const f = formStrings(await readForm(c));
    const prev = readSessionCookie(c);
    const prevId = prev && prev.tenantId === pctx.tenant.id ? await sha256Hex(prev.token) : undefined;
    try {
      const { token } = await login(pctx, { login: f.login ?? "", password: f.password ?? "" }, prevId);
      writeSessionCookie(c, pctx.tenant.id, token);
      return seeOther(c, safeNext(pctx.tenant.slug, f.next));
    } catch (e) {
      if (!(e instanceof ServiceError) || e.status !== 401) throw e;
      return page(
        c,
        "Đăng nhập",
        <LoginForm
          slug={pctx.tenant.slug}
          tenantName={pctx.tenant.name}
          login={f.login}
          message={e.message}
          next={f.next}
        />,
        { status: 401 },
      );
    }
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
  .post("/password", async (c) => {
    const ctx = ctxOf(c);
    const f = formStrings(await readForm(c));
    try {
      const { token } = await changePassword(ctx, {
        currentPassword: f.currentPassword ?? "",
        newPassword: f.newPassword ?? "",
      });
      writeSessionCookie(c, ctx.tenant.id, token);
      return seeOther(c, tenantPath(c, "/password?done=1"));
    } catch (e) {
      if (!(e instanceof ServiceError) || !e.fields) throw e;
      return page(c, "Đổi mật khẩu", <PasswordForm slug={ctx.tenant.slug} errors={e.fields} />, {
        status: 400,
      });
    }
  })
  .get("/setup/:token", async (c) => {
    const pctx = publicCtxOf(c);
    const who = await readSetupLink(pctx, c.req.param("token"));
    return page(c, "Đặt mật khẩu", <SetupForm action={c.req.path} who={who} />);
  })
  .post("/setup/:token", async (c) => {
    const pctx = publicCtxOf(c);
    const token = c.req.param("token");
    const f = formStrings(await readForm(c));
    if ((f.password ?? "") !== (f.confirm ?? "")) {
      const who = await readSetupLink(pctx, token);
      return page(
        c,
        "Đặt mật khẩu",
        <SetupForm action={c.req.path} who={who} errors={{ confirm: "Hai mật khẩu không khớp nhau." }} />,
        {
          status: 400,
        },
      );
    }
    try {
      const session = await completeSetup(pctx, token, f.password ?? "");
      writeSessionCookie(c, pctx.tenant.id, session.token);
      return seeOther(c, tenantPath(c, "/?welcome=1"));
    } catch (e) {
      if (!(e instanceof ServiceError) || !e.fields) throw e;
      const who = await readSetupLink(pctx, token);
      return page(c, "Đặt mật khẩu", <SetupForm action={c.req.path} who={who} errors={e.fields} />, {
        status: 400,
      });
    }
  });
