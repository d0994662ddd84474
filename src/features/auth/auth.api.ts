import { createRoute } from "@hono/zod-openapi";
import { ServiceError } from "../../platform/errors";
import { apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from "../../platform/session";
import { ctxOf } from "../../platform/tenant-context";
import { findTenant, tenantDb } from "../../platform/tenancy";
import { sha256Hex } from "../../platform/ids";
import { verifyPassword } from "../../platform/passwords";
import { ChangePasswordInput, LoginInput } from "./auth.inputs";
import { MeOut, meOf } from "./auth.outputs";
import { changePassword, login, logout, meByToken } from "./auth.service";
import { SIGN_IN_FAILURES, throttled } from "../../platform/throttle";

const tags = ["auth"];

/** Mounted at /api/v1/auth. */
export const authApi = apiRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/login",
      tags,
      summary: "Sign in and receive the session cookie",
      request: jsonBody(LoginInput),
      responses: {
        200: jsonContent(MeOut, "Signed in; Set-Cookie carries the session"),
        ...problemResponses(400, 401, 415, 429),
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
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
      return c.json(await meByToken(pctx, token), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/logout",
      tags,
      summary: "End the current session",
      responses: { 204: { description: "Signed out" }, ...problemResponses(401) },
    }),
    async (c) => {
      await logout(ctxOf(c));
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags,
      summary: "Who the session belongs to",
      responses: { 200: jsonContent(MeOut), ...problemResponses(401) },
    }),
    (c) => {
      const ctx = ctxOf(c);
      return c.json(meOf(ctx.tenant, ctx.actor), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/password",
      tags,
      summary: "Change the password; every other session ends",
      request: jsonBody(ChangePasswordInput),
      responses: {
        204: { description: "Changed; a fresh session cookie is set" },
        ...problemResponses(400, 401),
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const { token } = await changePassword(ctx, c.req.valid("json"));
      writeSessionCookie(c, ctx.tenant.id, token);
      return c.body(null, 204);
    },
  );
