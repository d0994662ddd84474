/**
 * The request flow: requestContext (request id, D1 meter, security headers) → body limit →
 * CSRF for form posts → /api: CORS, JSON-only bodies, tenant from the key or session cookie, rate
 * limit per credential, Idempotency-Key → /t/:slug:
 * tenant from the path, session checked against it → a feature router → errors mapped to
 * problem+json (API) or a Vietnamese page (HTML).
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./env";
import { accountsApi } from "./features/accounts/accounts.api";
import { accountsPages } from "./features/accounts/accounts.pages";
import { apiKeysApi } from "./features/api-keys/api-keys.api";
import { apiKeysPages } from "./features/api-keys/api-keys.pages";
import { authApi } from "./features/auth/auth.api";
import { authPages } from "./features/auth/auth.pages";
import { homePages } from "./features/home/home.pages";
import { criteriaSetsApi } from "./features/criteria/criteria-sets.api";
import { cyclesApi } from "./features/cycles/cycles.api";
import { cyclesPages } from "./features/cycles/cycles.pages";
import { notificationsApi } from "./features/notifications/notifications.api";
import { homeApi } from "./features/home/home.api";
import { eventsApi } from "./features/webhooks/webhooks-feed.api";
import { webhooksApi } from "./features/webhooks/webhooks.api";
import { webhooksPages } from "./features/webhooks/webhooks.pages";
import { notificationsPages } from "./features/notifications/notifications.pages";
import { plansApi } from "./features/plans/plans.api";
import { memberPlanPages, myPlanPages } from "./features/plans/plans-member.pages";
import { plansReviewPages } from "./features/plans/plans-review.pages";
import { evaluationsApi, memberEvaluationApi } from "./features/evaluations/evaluations.api";
import { reportsApi } from "./features/reports/reports.api";
import { reportsPages } from "./features/reports/reports.pages";
import { evaluationsPages, memberEvaluationPages } from "./features/evaluations/evaluations.pages";
import { meetingsApi, memberRemarksApi } from "./features/meetings/meetings.api";
import { meetingsPages } from "./features/meetings/meetings.pages";
import { rotationApi } from "./features/meetings/meetings-rotation.api";
import { rotationPages } from "./features/meetings/meetings-rotation.pages";
import { memberNotebookApi, notebookApi } from "./features/notebook/notebook.api";
import { compliancePages, memberNotebookPages, notebookPages } from "./features/notebook/notebook.pages";
import { criteriaApi } from "./features/criteria/criteria.api";
import { criteriaPages, myCriteriaPages } from "./features/criteria/criteria.pages";
import { criteriaSetsPages } from "./features/criteria/criteria-sets.pages";
import { membersAdminPages } from "./features/members/members-admin.pages";
import { membersApi } from "./features/members/members.api";
import { membersImportApi } from "./features/members/members-import.api";
import { membersImportPages } from "./features/members/members-import.pages";
import { membersPages } from "./features/members/members.pages";
import { orgsApi } from "./features/orgs/orgs.api";
import { commendationsApi } from "./features/recognition/commendations.api";
import { commendationsPages } from "./features/recognition/commendations.pages";
import { commendationDecisionPages } from "./features/recognition/commendations-decision.pages";
import { conferencesApi } from "./features/recognition/conferences.api";
import { conferencesPages } from "./features/recognition/conferences.pages";
import { modelsApi } from "./features/recognition/models.api";
import { modelsPages } from "./features/recognition/models.pages";
import { recognitionApi } from "./features/recognition/recognition.api";
import { recognitionImportPages } from "./features/recognition/recognition-import.pages";
import { publicExemplarsPages } from "./features/recognition/recognition-public.pages";
import { recognitionPages } from "./features/recognition/recognition.pages";
import { orgsPages } from "./features/orgs/orgs.pages";
import { onboardingApi } from "./features/onboarding/onboarding.api";
import { onboardingPages } from "./features/onboarding/onboarding.pages";
import { exportApi } from "./features/lifecycle/lifecycle-export.api";
import { exportPages } from "./features/lifecycle/lifecycle-export.pages";
import { operatorGate } from "./platform/operator-session";
import { consoleApi } from "./features/console/console.api";
import { consolePages } from "./features/console/console.pages";
import { signupApi } from "./features/signup/signup.api";
import { signupPages } from "./features/signup/signup.pages";
import { publicPages } from "./features/public/public.pages";
import { apiDocsApp } from "./platform/api-docs";
import { registerApiDocument } from "./platform/api-document";
import { ERROR_STATUS, type ErrorCode, ServiceError, problemBody } from "./platform/errors";
import {
  UPLOAD_MAX_BYTES,
  UPLOAD_PATH,
  csrfForms,
  jsonBodies,
  requestContext,
  streamedUpload,
} from "./platform/http";
import { validationHook } from "./platform/openapi";
import { renderError } from "./platform/pages";
import { cors } from "./platform/cors";
import { idempotency } from "./platform/idempotency";
import { rateLimit, rateLimitHeaders } from "./platform/rate-limit";
import { allowedMethods } from "./platform/routes";
import { tenantFromPath, tenantFromSession } from "./platform/tenant-context";
import { wakeOutbox } from "./platform/outbox";
import { seedRoutes } from "./demo/demo.routes";
import { benchRoutes } from "./bench/bench.routes";
import { FAVICON_SVG, APP_CSS } from "./ui/styles";
import { FORMS_JS } from "./ui/scripts";
import { PUSH_PAGE_JS, SERVICE_WORKER_JS } from "./ui/push-scripts";
import { pushApi } from "./features/push/push.api";
import { pushPages } from "./features/push/push.pages";

const MAX_BODY = 1024 * 1024;

export function buildApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook, strict: false });

  app.use("*", requestContext);
  // After a write that carried change events, wake the webhook dispatcher (platform/outbox.ts).
  app.use("*", wakeOutbox);
  // An import's upload of undeclared length is counted as it streams: bodyLimit would buffer it whole.
  app.use("*", async (c, next) =>
    streamedUpload(c.req.method, c.req.path) && !c.req.header("content-length")
      ? next()
      : bodyLimit({
          maxSize: UPLOAD_PATH.test(c.req.path) ? UPLOAD_MAX_BYTES : MAX_BODY,
          onError: () => {
            throw new ServiceError("payload_too_large");
          },
        })(c, next),
  );
  app.use("*", csrfForms);

  app.get("/healthz", (c) => c.json({ status: "ok", version: c.env.APP_VERSION }));
  // Static assets: text built into the bundle, cached for an hour.
  const assets: [string, string, string][] = [
    ["/static/app.css", APP_CSS, "text/css"],
    ["/static/forms.js", FORMS_JS, "text/javascript"],
    ["/static/push.js", PUSH_PAGE_JS, "text/javascript"],
  ];
  for (const [path, body, type] of assets)
    app.get(path, (c) =>
      c.body(body, 200, {
        "Content-Type": `${type}; charset=utf-8`,
        "Cache-Control": "public, max-age=3600",
      }),
    );
  // The Web Push service worker: at the root so its scope covers every tenant's pages; revalidated on
  // each registration so a new version reaches phones.
  app.get("/sw.js", (c) =>
    c.body(SERVICE_WORKER_JS, 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "no-cache",
      "Service-Worker-Allowed": "/",
    }),
  );
  app.get("/static/favicon.svg", (c) =>
    c.body(FAVICON_SVG, 200, { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" }),
  );

  // Every API answer says where its caller stands in its rate limit, also the operator gate's 404.
  app.use("/api/v1/*", rateLimitHeaders);
  // Operator console and API: an operator session or 404, before anything else reads the request.
  app.use("/api/v1/platform/*", operatorGate);
  app.use("/platform/*", operatorGate);

  // JSON API
  app.use("/api/v1/*", cors, jsonBodies, tenantFromSession, rateLimit, idempotency);
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.route("/auth", authApi);
  api.route("/units", orgsApi);
  api.route("/accounts", accountsApi);
  api.route("/api-keys", apiKeysApi);
  api.route("/criteria", criteriaSetsApi);
  api.route("/criteria", criteriaApi);
  api.route("/members", membersImportApi);
  api.route("/members", membersApi);
  api.route("/cycles", cyclesApi);
  api.route("/plans", plansApi);
  api.route("/notifications", notificationsApi);
  api.route("/me", homeApi);
  api.route("/push", pushApi);
  api.route("/events", eventsApi);
  api.route("/webhook-endpoints", webhooksApi);
  api.route("/signup", signupApi);
  api.route("/onboarding", onboardingApi);
  api.route("/exports", exportApi);
  api.route("/platform", consoleApi);
  api.route("/models", modelsApi);
  api.route("/exemplars", recognitionApi);
  api.route("/conferences", conferencesApi);
  api.route("/commendations", commendationsApi);
  api.route("/meetings", meetingsApi);
  api.route("/members/:id/remarks", memberRemarksApi);
  api.route("/report-turns", rotationApi);
  api.route("/notebook", notebookApi);
  api.route("/members/:id/notebook", memberNotebookApi);
  api.route("/evaluations", evaluationsApi);
  api.route("/members/:id/evaluation", memberEvaluationApi);
  api.route("/reports", reportsApi);
  app.route("/api/v1", api);
  registerApiDocument(app);
  app.route("/api/docs", apiDocsApp("/api/v1/openapi.json"));

  app.route("/", seedRoutes);
  app.route("/", benchRoutes);

  // HTML
  app.route("/", publicPages);
  app.route("/dang-ky", signupPages);
  app.route("/platform", consolePages);
  app.use("/t/:slug/*", tenantFromPath);
  app.use("/t/:slug", tenantFromPath);
  app.route("/t/:slug", authPages);
  app.route("/t/:slug", homePages);
  app.route("/t/:slug/admin/units", orgsPages);
  app.route("/t/:slug/admin/accounts", accountsPages);
  app.route("/t/:slug/admin/api-keys", apiKeysPages);
  app.route("/t/:slug/admin/webhooks", webhooksPages);
  app.route("/t/:slug/criteria", myCriteriaPages);
  app.route("/t/:slug/admin/criteria", criteriaPages);
  app.route("/t/:slug/admin/criteria/sets", criteriaSetsPages);
  app.route("/t/:slug/members/import", membersImportPages);
  app.route("/t/:slug/members", membersAdminPages);
  app.route("/t/:slug/members", membersPages);
  app.route("/t/:slug/admin/cycles", cyclesPages);
  app.route("/t/:slug/my-plan", myPlanPages);
  app.route("/t/:slug/plans/members", memberPlanPages);
  app.route("/t/:slug/plans", plansReviewPages);
  app.route("/t/:slug/notifications/devices", pushPages);
  app.route("/t/:slug/notifications", notificationsPages);
  app.route("/t/:slug/onboarding", onboardingPages);
  app.route("/t/:slug/admin/export", exportPages);
  app.route("/t/:slug/meetings", meetingsPages);
  app.route("/t/:slug/report-turns", rotationPages);
  app.route("/t/:slug/notebook", notebookPages);
  app.route("/t/:slug/compliance", compliancePages);
  app.route("/t/:slug/members/:id/notebook", memberNotebookPages);
  app.route("/t/:slug/evaluations", evaluationsPages);
  app.route("/t/:slug/members/:id/evaluation", memberEvaluationPages);
  app.route("/t/:slug/reports", reportsPages);
  app.route("/t/:slug/exemplars/import", recognitionImportPages);
  app.route("/t/:slug/exemplars", recognitionPages);
  app.route("/t/:slug/exemplars", modelsPages);
  app.route("/t/:slug/guong-nguoi-tot", publicExemplarsPages);
  app.route("/t/:slug/commendations", commendationDecisionPages);
  app.route("/t/:slug/commendations", commendationsPages);
  app.route("/t/:slug/conferences", conferencesPages);
  app.notFound((c) => {
    const allow = allowedMethods(app, c.req.method, c.req.path);
    if (allow.length === 0) return respondError(c, new ServiceError("not_found"));
    c.header("Allow", allow.join(", "));
    return respondError(c, new ServiceError("method_not_allowed"));
  });
  app.onError((err, c) => respondError(c, err));
  return app;
}

/** An error as the ServiceError it answers as: Hono's own (a validator's 415, a 400) keep their status. */
function asServiceError(err: unknown): ServiceError {
  if (err instanceof ServiceError) return err;
  if (err instanceof HTTPException && err.status < 500) {
    const code = (Object.keys(ERROR_STATUS) as ErrorCode[]).find(
      (k) => ERROR_STATUS[k] === err.status && k !== "validation",
    );
    if (code) return new ServiceError(code, undefined, undefined, { cause: err });
  }
  return new ServiceError("internal", undefined, undefined, { cause: err });
}

function respondError(c: Context<AppEnv>, err: unknown) {
  const e = asServiceError(err);
  if (e.code === "internal") console.error(`[${c.get("requestId")}]`, err);
  if (e.retryAfter) c.header("Retry-After", String(e.retryAfter));
  if (c.req.path.startsWith("/api/")) {
    return c.body(JSON.stringify(problemBody(e, c.get("requestId"))), e.status as 400, {
      "Content-Type": "application/problem+json",
    });
  }
  return renderError(c, e);
}
