/**
 * The request flow: requestContext (request id, D1 meter, security headers) → body limit →
 * CSRF for form posts → /api: JSON-only bodies, tenant from the session cookie → /t/:slug:
 * tenant from the path, session checked against it → a feature router → errors mapped to
 * problem+json (API) or a Vietnamese page (HTML).
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env";
import { accountsApi } from "./features/accounts/accounts.api";
import { accountsPages } from "./features/accounts/accounts.pages";
import { authApi } from "./features/auth/auth.api";
import { authPages } from "./features/auth/auth.pages";
import { homePages } from "./features/home/home.pages";
import { orgsApi } from "./features/orgs/orgs.api";
import { orgsPages } from "./features/orgs/orgs.pages";
import { publicPages } from "./features/public/public.pages";
import { apiDocsApp } from "./platform/api-docs";
import { ServiceError, problemBody } from "./platform/errors";
import { UPLOAD_PATH, csrfForms, jsonBodies, requestContext } from "./platform/http";
import { validationHook } from "./platform/openapi";
import { renderError } from "./platform/pages";
import { methodNotAllowed } from "./platform/routes";
import { tenantFromPath, tenantFromSession } from "./platform/tenant-context";
import { seedRoutes } from "./seed/seed.routes";
import { FAVICON_SVG, APP_CSS } from "./ui/styles";

const MAX_BODY = 1024 * 1024;
const MAX_UPLOAD = 50 * 1024 * 1024;

export function buildApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook, strict: false });

  app.use("*", requestContext);
  app.use("*", async (c, next) =>
    bodyLimit({
      maxSize: UPLOAD_PATH.test(c.req.path) ? MAX_UPLOAD : MAX_BODY,
      onError: () => {
        throw new ServiceError("payload_too_large");
      },
    })(c, next),
  );
  app.use("*", csrfForms);

  app.get("/healthz", (c) => c.json({ status: "ok", version: c.env.APP_VERSION }));
  app.get("/static/app.css", (c) =>
    c.body(APP_CSS, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    }),
  );
  app.get("/static/favicon.svg", (c) =>
    c.body(FAVICON_SVG, 200, { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" }),
  );

  // JSON API
  app.use("/api/v1/*", jsonBodies, tenantFromSession);
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.route("/", authApi);
  api.route("/", orgsApi);
  api.route("/", accountsApi);
  app.route("/api/v1", api);
  app.openAPIRegistry.registerComponent("schemas", "Problem", {
    type: "object",
    required: ["type", "title", "status", "detail", "code", "requestId"],
    properties: {
      type: { type: "string", format: "uri" },
      title: { type: "string" },
      status: { type: "integer" },
      detail: { type: "string", description: "Human-readable message in Vietnamese" },
      code: { type: "string" },
      requestId: { type: "string" },
      errors: {
        type: "object",
        additionalProperties: { type: "string" },
        description: "Field path → message",
      },
    },
  });
  app.doc31("/api/v1/openapi.json", (c) => ({
    openapi: "3.1.0",
    info: {
      title: "Gương mẫu API",
      version: c.env.APP_VERSION,
      description:
        "REST API of Gương mẫu. Authenticate with POST /api/v1/auth/login (session cookie). Bodies are JSON; errors are RFC 9457 problem+json.",
    },
    tags: [{ name: "auth" }, { name: "orgs" }, { name: "accounts" }],
  }));
  app.route("/api/docs", apiDocsApp("/api/v1/openapi.json"));

  app.route("/", seedRoutes);

  // HTML
  app.route("/", publicPages);
  app.use("/t/:slug/*", tenantFromPath);
  app.use("/t/:slug", tenantFromPath);
  app.route("/t/:slug", authPages);
  app.route("/t/:slug", homePages);
  app.route("/t/:slug", orgsPages);
  app.route("/t/:slug", accountsPages);

  app.notFound((c) => {
    const err = methodNotAllowed(app, c.req.method, c.req.path)
      ? new ServiceError("method_not_allowed")
      : new ServiceError("not_found");
    return respondError(c, err);
  });
  app.onError((err, c) => respondError(c, err));
  return app;
}

function respondError(c: Context<AppEnv>, err: unknown) {
  const e =
    err instanceof ServiceError ? err : new ServiceError("internal", undefined, undefined, { cause: err });
  if (e.code === "internal") console.error(`[${c.get("requestId")}]`, err);
  if (c.req.path.startsWith("/api/")) {
    return c.body(JSON.stringify(problemBody(e, c.get("requestId"))), e.status as 400, {
      "Content-Type": "application/problem+json",
    });
  }
  return renderError(c, e);
}
