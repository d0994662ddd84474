import { anonOpOf, opOf } from "../../platform/control-plane";
import { createRoute, z } from "@hono/zod-openapi";
import { apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { listAudit, listTenants, tenantDetail } from "./console.service";
import { changeStatus } from "./console-status.service";
import { cancelDeletion, getTenantJob, jobOut, runJob, scheduleDeletion, startMove } from "../lifecycle";

import { clearOpCookie, readOpCookie, writeOpCookie } from "../../platform/operator-session";
import { operatorLogin, operatorLogout } from "./console-operators.service";
import {
  DeletionInput,
  JobParam,
  MoveInput,
  OperatorLoginInput,
  TenantListQuery,
  TenantParam,
  VersionedInput,
} from "./console.inputs";
import { AuditOut, JobOut, OperatorOut, TenantDetailOut, TenantItemOut } from "./console.outputs";
import { refreshStats } from "./console-stats.service";

const tags = ["platform"];
/** One API call advances a move for at most this long; the CLI calls again until it is done. */
export const MOVE_BUDGET_MS = 20_000;
const errs = problemResponses(400, 404, 409, 415);

const statusRoute = (change: "verify" | "suspend" | "reactivate", summary: string) =>
  createRoute({
    method: "post",
    path: `/tenants/{id}/${change}`,
    tags,
    summary,
    request: { params: TenantParam, ...jsonBody(VersionedInput) },
    responses: { 200: jsonContent(TenantItemOut), ...errs },
  });

export const consoleApi = apiRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/login",
      tags,
      summary: "Operator sign-in (control plane); sets the operator session cookie",
      request: jsonBody(OperatorLoginInput),
      responses: { 200: jsonContent(OperatorOut), ...problemResponses(400, 401, 404, 415) },
    }),
    async (c) => {
      const { token, operator } = await operatorLogin(
        anonOpOf(c),
        c.req.valid("json"),
        readOpCookie(c) ?? undefined,
      );
      writeOpCookie(c, token);
      return c.json({ id: operator.id, login: operator.login, displayName: operator.displayName }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/logout",
      tags,
      summary: "End the operator session",
      responses: { 204: { description: "Signed out" }, ...problemResponses(404) },
    }),
    async (c) => {
      await operatorLogout(opOf(c), c.get("operator")!);
      clearOpCookie(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/tenants",
      tags,
      summary: "Tenants with status, database, members, rows and approximate size",
      request: { query: TenantListQuery },
      responses: {
        200: jsonContent(z.object({ items: z.array(TenantItemOut), page: z.number(), more: z.boolean() })),
        ...problemResponses(400, 404),
      },
    }),
    async (c) => c.json(await listTenants(opOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/tenants/{id}",
      tags,
      summary: "One tenant: registry row, per-table rows, jobs and change log",
      request: { params: TenantParam },
      responses: { 200: jsonContent(TenantDetailOut), ...problemResponses(404) },
    }),
    async (c) => {
      const d = await tenantDetail(opOf(c), c.req.valid("param").id);
      return c.json({ ...d, jobs: d.jobs.map((j) => jobOut(j)) }, 200);
    },
  )
  .openapi(statusRoute("verify", "Verify a tenant (lifts the member cap)"), async (c) =>
    c.json(await changeStatus(opOf(c), c.req.valid("param").id, "verify", c.req.valid("json").version), 200),
  )
  .openapi(statusRoute("suspend", "Suspend a tenant: its sessions stop on the next request"), async (c) =>
    c.json(await changeStatus(opOf(c), c.req.valid("param").id, "suspend", c.req.valid("json").version), 200),
  )
  .openapi(statusRoute("reactivate", "Reactivate a suspended tenant"), async (c) =>
    c.json(
      await changeStatus(opOf(c), c.req.valid("param").id, "reactivate", c.req.valid("json").version),
      200,
    ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/tenants/{id}/move",
      tags,
      summary: "Start or continue moving a tenant to another database; runs for up to 20 s per call",
      description:
        "Idempotent: calling again with the same binding continues the same job. Repeat until status is done or failed; when waitUntil is set, call again after that time.",
      request: { params: TenantParam, ...jsonBody(MoveInput) },
      responses: { 200: jsonContent(JobOut), ...errs },
    }),
    async (c) => {
      const o = opOf(c);
      const input = c.req.valid("json");
      const drainMs = input.drainSeconds === undefined ? undefined : input.drainSeconds * 1000;
      const job = await startMove(o, c.req.valid("param").id, input.binding, drainMs);
      const ran = await runJob(o, job.id, MOVE_BUDGET_MS);
      return c.json(jobOut(ran ?? job), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/tenants/{id}/jobs/{jobId}",
      tags,
      summary: "One job of a tenant (move, export, deletion)",
      request: { params: JobParam },
      responses: { 200: jsonContent(JobOut), ...problemResponses(404) },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(jobOut(await getTenantJob(opOf(c), p.id, p.jobId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/tenants/{id}/deletion",
      tags,
      summary: "Close a tenant now and delete all its data after a grace period",
      request: { params: TenantParam, ...jsonBody(DeletionInput) },
      responses: { 201: jsonContent(JobOut, "Scheduled"), ...errs },
    }),
    async (c) =>
      c.json(
        jobOut(await scheduleDeletion(opOf(c), c.req.valid("param").id, c.req.valid("json").graceDays)),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/tenants/{id}/deletion",
      tags,
      summary: "Cancel a scheduled deletion that has not started; the tenant is restored",
      request: { params: TenantParam },
      responses: { 204: { description: "Cancelled" }, ...errs },
    }),
    async (c) => {
      await cancelDeletion(opOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/stats/refresh",
      tags,
      summary: "Recount rows, approximate size and last activity of every tenant",
      responses: { 200: jsonContent(z.object({ tenants: z.number() })), ...problemResponses(404) },
    }),
    async (c) => c.json({ tenants: await refreshStats(opOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/audit",
      tags,
      summary: "The change log of every operator action, newest first",
      request: { query: z.object({ before: z.coerce.number().int().positive().optional() }) },
      responses: {
        200: jsonContent(z.object({ items: z.array(AuditOut), next: z.number().nullable() })),
        ...problemResponses(400, 404),
      },
    }),
    async (c) => c.json(await listAudit(opOf(c), c.req.valid("query").before), 200),
  );
