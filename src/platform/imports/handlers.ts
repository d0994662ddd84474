// The importers' handlers on the JOBS queue: a feature's *.jobs.ts lists its importers here and
// src/index.ts registers the result.
import type { Bindings } from "../../env";
import { Meter } from "../meter";
import type { JobHandler, JobMessage } from "../queue";
import { findTenant, tenantDb } from "../tenancy";
import { runImportMessage } from "./run";
import type { AnyImportSpec } from "./spec";

/** One queue handler per importer, keyed by its job kind. */
export function importJobHandlers(...specs: AnyImportSpec[]): Record<string, JobHandler> {
  const handler =
    (spec: AnyImportSpec): JobHandler =>
    async (env: Bindings, msg: JobMessage, attempts: number) => {
      const meter = new Meter();
      const tenant = await findTenant(env, meter, { id: msg.tenantId });
      if (!tenant || tenant.status === "suspended" || tenant.status === "deleting") return;
      // A tenant being moved between databases is read-only: try again once the move is over.
      if (tenant.readOnly) throw new Error("tenant is read-only");
      const base = {
        db: tenantDb(env, tenant, meter),
        tenant,
        requestId: `job-${String(msg.jobId)}`,
        now: Date.now(),
      };
      await runImportMessage(base, spec, { files: env.FILES, queue: env.JOBS }, msg, attempts);
    };
  return Object.fromEntries(specs.map((s) => [s.kind, handler(s)]));
}
