/**
 * The route × role matrix: every mounted route, who may call it, and what its `:id`
 * parameter names. test/access.test.ts fails for a route missing here, and proves for
 * each route: anonymous → 401, a role not listed → 403, another tenant's id → 404.
 *
 * allow: roles that may call the route ("public" = no session needed).
 * ids:   the fixture kind of each path parameter (see test/fixtures.ts).
 * body:  a well-formed sample body (JSON routes) or form (page posts), so that the
 *        role check, not validation, is what answers.
 * list:  the response lists tenant rows: another tenant's fixtures must never appear.
 *
 * The rows live in one file per area (`*-matrix.ts`); this file assembles them.
 */
import type { Role } from "../src/platform/context";
import { EXPORT_ROUTES, OPERATOR_ROUTES } from "./console-matrix";
import { CORE_ROUTES } from "./core-matrix";
import { CRITERIA_ROUTES } from "./criteria-matrix";
import { EXEMPLARS_ROUTES } from "./exemplars-matrix";
import { MEMBERS_ROUTES } from "./members-matrix";
import { NOTEBOOK_ROUTES } from "./notebook-matrix";
import { PLANS_ROUTES } from "./plans-matrix";
import { REPORTS_ROUTES } from "./reports-matrix";
import { WEBHOOKS_ROUTES } from "./webhooks-matrix";

export type Who = Role | "public";

export interface RouteSpec {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  allow: Who[];
  ids?: Record<string, string>;
  body?: unknown;
  form?: Record<string, string>;
  query?: string;
  list?: boolean;
  /**
   * Operator console / platform API: reached only with an operator session (control plane).
   * Anonymous callers (unless `allow` is public) and every tenant session get 404, never 401/403.
   */
  operator?: boolean;
}

/** Every mounted route: a route missing here fails test/access.test.ts. */
export const MATRIX: RouteSpec[] = [
  ...CORE_ROUTES(),
  ...MEMBERS_ROUTES(),
  // exports (tenant admins)
  ...EXPORT_ROUTES(),
  ...CRITERIA_ROUTES(),
  ...REPORTS_ROUTES(),
  // cycles, plans, notifications
  ...PLANS_ROUTES(),
  // notebook, meetings, evaluations
  ...NOTEBOOK_ROUTES(),
  // models and exemplars, commendations, study conferences
  ...EXEMPLARS_ROUTES(),
  // the change feed, webhook endpoints and their delivery log
  ...WEBHOOKS_ROUTES(),
  // platform console and API: operators only (no tenant role; see `operator`)
  ...OPERATOR_ROUTES(),
];
