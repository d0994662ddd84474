import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { apiOps } from "../../platform/api-routes";
import { ServiceError } from "../../platform/errors";
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from "../../platform/session";
import { ctxOf } from "../../platform/tenant-context";
import { findTenant, tenantDb } from "../../platform/tenancy";
import { sha256Hex } from "../../platform/ids";
import { verifyPassword } from "../../platform/passwords";
import { ChangePasswordInput, LoginInput } from "./auth.inputs";
import { MeOut, meOf } from "./auth.outputs";
import { changePassword, login, logout, meByToken } from "./auth.service";
import {
  PASSWORD_CHANGE_FAILURES,
  SIGN_IN_FAILURES,
  throttled,
  throttledForActor,
} from "../../platform/throttle";

/** Sign-in comes before any session: each verb makes its own context from the request. */
const api = apiOps("auth", { ctx: (c: Context<AppEnv>) => c });

/** Mounted at /api/v1/auth. */
export const authApi = api.router(
  api.post("/login", {
    who: "public",
    summary: "Sign in and receive the session cookie",
    body: LoginInput,
    out: MeOut,
    says: "Signed in; Set-Cookie carries the session",
    problems: [400, 401, 415, 429],
    run: async (c, { json: input }) => {
      const meter = c.get("meter");
      const { tenant, pctx, token } = await throttled(c, SIGN_IN_FAILURES, input.tenant, async () => {
        const tenant = await findTenant(c.env, meter, { slug: input.tenant });
        // Unknown tenant answers exactly like a wrong password.
        const db = tenant ? tenantDb(c.env, tenant, meter) : null;
        if (!tenant || !db) {
          await verifyPassword(input.password, null);
          throw new ServiceError(
            "unauthenticated",
            "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa.",
          );
        }
        const prev = readSessionCookie(c);
        const prevId = prev && prev.tenantId === tenant.id ? await sha256Hex(prev.token) : undefined;
        const pctx = { db, tenant, requestId: c.get("requestId"), now: Date.now() };
        const { token } = await login(pctx, input, prevId);
        return { tenant, pctx, token };
      });
      writeSessionCookie(c, tenant.id, token);
      return meByToken(pctx, token);
    },
  }),
  api.post("/logout", {
    who: "person",
    summary: "End the current session",
    says: "Signed out",
    problems: [401, 403],
    run: async (c) => {
      await logout(ctxOf(c));
      clearSessionCookie(c);
    },
  }),
  api.get("/me", {
    who: "person",
    summary: "Who the session belongs to",
    out: MeOut,
    problems: [401],
    run: (c) => {
      const ctx = ctxOf(c);
      return meOf(ctx.tenant, ctx.actor);
    },
  }),
  api.post("/password", {
    who: "person",
    summary: "Change the password; every other session ends",
    body: ChangePasswordInput,
    says: "Changed; a fresh session cookie is set",
    problems: [400, 401, 403, 429],
    run: async (c, { json }) => {
      const ctx = ctxOf(c);
      const { token } = await throttledForActor(
        c,
        PASSWORD_CHANGE_FAILURES,
        () => changePassword(ctx, json),
        [400],
      );
      writeSessionCookie(c, ctx.tenant.id, token);
    },
  }),
);
