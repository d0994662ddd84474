// The API document at /api/v1/openapi.json: its shared components (the problem body, the two
// security schemes) and its header (description, tags in reading order). The routes add their paths.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { finish } from "./api-document-finish";

export function registerApiDocument(app: OpenAPIHono<AppEnv>): void {
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
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description:
      "An API key `gmk_<tenant>_<secret>`; it selects the tenant by itself. Its scope is `read` (GET only) or `write`: an operation listing `write` needs a write key.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "operatorSession", {
    type: "apiKey",
    in: "cookie",
    name: "__Host-gm_op",
    description: "An operator's session cookie (the operator console); tenant credentials get 404",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "__Host-gm_session",
    description: "The session cookie set by POST /api/v1/auth/login (`gm_session` over plain http)",
  });
  const header = (version: string) => ({
    openapi: "3.1.0",
    info: {
      title: "Gương mẫu API",
      version,
      description:
        "REST API of Gương mẫu. Systems authenticate with an API key (`Authorization: Bearer gmk_…`, created by a tenant admin; see docs/integrations.md); people with POST /api/v1/auth/login (session cookie). Any POST may carry `Idempotency-Key`. Bodies are JSON; errors are RFC 9457 problem+json.",
    },
    // OpenAPI's own default, said out loud: the origin the document is served from (one for every tenant).
    servers: [{ url: "/", description: "This deployment: the origin this document is served from" }],
    tags: [
      {
        name: "auth",
        description: "Signing in and out as a person (session cookie), who is signed in, the password",
      },
      {
        name: "orgs",
        description:
          "The unit tree: units and their codes, the tree in one call, creating, renaming, moving, retiring",
      },
      { name: "accounts", description: "Sign-in accounts of the tenant's people, their roles and units" },
      {
        name: "api-keys",
        description: "Keys integrators call the API with (tenant admins, signed in as a person)",
      },
      { name: "members", description: "Party members: roster, import, groups, transfers, accounts" },
      {
        name: "criteria",
        description:
          "Criteria frameworks and sets per unit and year, effective criteria, year themes, focus issues",
      },
      {
        name: "exemplars",
        description:
          "Models and exemplars: the registry, year statuses, evidence files, study conferences, figures, the public page",
      },
      { name: "commendations", description: "Commendations of models, members and units, by level and form" },
      {
        name: "cycles",
        description: "Yearly cycles: deadlines, checkpoint mode, minimum plan items, gating",
      },
      {
        name: "plans",
        description: "Registrations and personal plans, the cell's confirmation, dashboards and reminders",
      },
      { name: "notifications", description: "The member's in-app notification centre" },
      { name: "home", description: "What is waiting for the signed-in person (“Việc đang chờ”)" },
      {
        name: "push",
        description:
          "Web Push: the devices a person registers to receive their notifications on the phone (VAPID, RFC 8291)",
      },
      {
        name: "events",
        description: "The change feed: what changed, in order, for integrators (kept 30 days)",
      },
      {
        name: "webhooks",
        description:
          "Endpoints that receive the change events as signed POSTs, their delivery log and replay",
      },
      {
        name: "notebook",
        description: "The notebook “Sổ tay làm theo gương Bác”: reviews, the cell's comments, compliance",
      },
      {
        name: "meetings",
        description:
          "Cell meetings (sinh hoạt chi bộ): attendance member by member, the praise, criticism and reports recorded in them, the rotation of reports before the cell",
      },
      {
        name: "evaluations",
        description:
          "The year-end rating: self-proposal, the cell's proposal, the committee's decision, the cap check",
      },
      {
        name: "reports",
        description:
          "Live figures up the tree, drill-down to people, exports, the party-format report (DOCX), the recount",
      },
      { name: "signup", description: "A new committee signs up (public, with a challenge question)" },
      { name: "onboarding", description: "The checklist a new tenant's admin is guided through" },
      { name: "exports", description: "The tenant's whole data as a ZIP archive (tenant admins)" },
      { name: "platform", description: "Operators only (operator session cookie); 404 for everyone else" },
    ],
  });
  // Served by hand rather than doc31(), to finish each operation (api-document-finish.ts).
  app.get("/api/v1/openapi.json", (c) => c.json(finish(app.getOpenAPI31Document(header(c.env.APP_VERSION)))));
}
