import { anonOpOf, opOf } from "../../platform/control-plane";
import { z } from "@hono/zod-openapi";
import { apiOps } from "../../platform/api-routes";
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

/** One API call advances a move for at most this long; the CLI calls again until it is done. */
export const MOVE_BUDGET_MS = 20_000;
const api = apiOps("platform", { ctx: opOf, reads: [400, 404], writes: [400, 404, 409, 415] });
/** Before sign-in there is no operator. */
const anon = apiOps("platform", { ctx: anonOpOf });

const statusOp = (change: "verify" | "suspend" | "reactivate", summary: string) =>
  api.post(`/tenants/{id}/${change}`, {
    who: "operator",
    summary,
    params: TenantParam,
    body: VersionedInput,
    out: TenantItemOut,
    run: (o, { id, json }) => changeStatus(o, id, change, json.version),
  });

export const consoleApi = api.router(
  anon.post("/login", {
    who: "public",
    summary: "Operator sign-in (control plane); sets the operator session cookie",
    body: OperatorLoginInput,
    out: OperatorOut,
    problems: [400, 401, 404, 415],
    run: async (o, { json }, c) => {
      const { token, operator } = await operatorLogin(o, json, readOpCookie(c) ?? undefined);
      writeOpCookie(c, token);
      return { id: operator.id, login: operator.login, displayName: operator.displayName };
    },
  }),
  api.post("/logout", {
    who: "operator",
    summary: "End the operator session",
    says: "Signed out",
    problems: [404],
    run: async (o, _, c) => {
      await operatorLogout(o, c.get("operator")!);
      clearOpCookie(c);
    },
  }),
  api.get("/tenants", {
    who: "operator",
    summary: "Tenants with status, database, members, rows and approximate size",
    query: TenantListQuery,
    out: z.object({ items: z.array(TenantItemOut), page: z.number(), more: z.boolean() }),
    call: listTenants,
  }),
  api.get("/tenants/{id}", {
    who: "operator",
    summary: "One tenant: registry row, per-table rows, jobs and change log",
    params: TenantParam,
    out: TenantDetailOut,
    problems: [404],
    run: async (o, { id }) => {
      const d = await tenantDetail(o, id);
      return { ...d, jobs: d.jobs.map((j) => jobOut(j)) };
    },
  }),
  statusOp("verify", "Verify a tenant (lifts the member cap)"),
  statusOp("suspend", "Suspend a tenant: its sessions stop on the next request"),
  statusOp("reactivate", "Reactivate a suspended tenant"),
  api.post("/tenants/{id}/move", {
    who: "operator",
    summary: "Start or continue moving a tenant to another database; runs for up to 20 s per call",
    description:
      "Idempotent: calling again with the same binding continues the same job. Repeat until status is done or failed; when waitUntil is set, call again after that time.",
    params: TenantParam,
    body: MoveInput,
    out: JobOut,
    run: async (o, { id, json: input }) => {
      const drainMs = input.drainSeconds === undefined ? undefined : input.drainSeconds * 1000;
      const job = await startMove(o, id, input.binding, drainMs);
      const ran = await runJob(o, job.id, MOVE_BUDGET_MS);
      return jobOut(ran ?? job);
    },
  }),
  api.get("/tenants/{id}/jobs/{jobId}", {
    who: "operator",
    summary: "One job of a tenant (move, export, deletion)",
    params: JobParam,
    out: JobOut,
    problems: [404],
    run: async (o, { id, jobId }) => jobOut(await getTenantJob(o, id, jobId)),
  }),
  api.post("/tenants/{id}/deletion", {
    who: "operator",
    summary: "Close a tenant now and delete all its data after a grace period",
    params: TenantParam,
    body: DeletionInput,
    out: JobOut,
    status: 201,
    says: "Scheduled",
    run: async (o, { id, json }) => jobOut(await scheduleDeletion(o, id, json.graceDays)),
  }),
  api.delete("/tenants/{id}/deletion", {
    who: "operator",
    summary: "Cancel a scheduled deletion that has not started; the tenant is restored",
    params: TenantParam,
    says: "Cancelled",
    call: cancelDeletion,
  }),
  api.post("/stats/refresh", {
    who: "operator",
    summary: "Recount rows, approximate size and last activity of every tenant",
    out: z.object({ tenants: z.number() }),
    problems: [404],
    run: async (o) => ({ tenants: await refreshStats(o) }),
  }),
  api.get("/audit", {
    who: "operator",
    summary: "The change log of every operator action, newest first",
    query: z.object({ before: z.coerce.number().int().positive().optional() }),
    out: z.object({ items: z.array(AuditOut), next: z.number().nullable() }),
    run: (o, { query }) => listAudit(o, query.before),
  }),
);
