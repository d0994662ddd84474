import { inArray } from "drizzle-orm";
import { tenants } from "../db/schema/control";
import type { Bindings } from "../env";
import type { Ctx } from "./context";
import { Meter } from "./meter";
import { wakeDispatchers } from "./outbox";
import { controlDb, tenantDb, toTenantInfo } from "./tenancy";

/** A job run once per live tenant by the Cron Trigger, as the system actor. */
export type TenantJob = { name: string; run: (ctx: Ctx, env: Bindings) => Promise<void> };
/** A job run once per trigger on the control plane (deletions, housekeeping); the composition lists them. */
export type PlatformJob = { name: string; run: (env: Bindings, now: number) => Promise<void> };

export const TENANT_JOBS: TenantJob[] = [];

/** The context scheduled jobs act in: a system actor with the tenant admin's reach. */
export function systemCtx(env: Bindings, tenant: ReturnType<typeof toTenantInfo>, now: number): Ctx {
  return {
    db: tenantDb(env, tenant, new Meter()),
    tenant,
    requestId: `cron-${now}`,
    now,
    actor: {
      accountId: "system",
      login: "system",
      displayName: "Hệ thống",
      role: "admin",
      unitId: null,
      unitPath: null,
      memberId: null,
      sessionId: "cron",
    },
  };
}

/** Runs the platform jobs given, then every tenant job; one failing tenant or job does not stop the others. */
export async function runScheduled(
  env: Bindings,
  now = Date.now(),
  platformJobs: PlatformJob[] = [],
): Promise<string[]> {
  const errors: string[] = [];
  for (const job of platformJobs) {
    try {
      await job.run(env, now);
    } catch (err) {
      errors.push(`${job.name}: ${(err as Error).message}`);
    }
  }
  if (TENANT_JOBS.length === 0) return errors;
  const live = await controlDb(env, new Meter())
    .select()
    .from(tenants)
    .where(inArray(tenants.status, ["active", "unverified"]));
  for (const row of live) {
    const tenant = toTenantInfo(row);
    if (tenant.readOnly) continue;
    for (const job of TENANT_JOBS) {
      try {
        // A job that notifies (the reminders) or writes events wakes the dispatchers as a request does.
        const ctx = { ...systemCtx(env, tenant, now), outbox: { pending: false } };
        await job.run(ctx, env);
        await wakeDispatchers(env, tenant.id, ctx.outbox);
      } catch (err) {
        errors.push(`${tenant.slug}/${job.name}: ${(err as Error).message}`);
      }
    }
  }
  for (const e of errors) console.error(`[scheduled] ${e}`);
  return errors;
}
