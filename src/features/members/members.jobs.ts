// The members feature's handlers on the JOBS queue (wired in src/index.ts).
import type { Bindings } from "../../env";
import { Meter } from "../../platform/meter";
import type { JobHandler } from "../../platform/queue";
import { findTenant, tenantDb } from "../../platform/tenancy";
import { runImportMessage } from "./members.import-run.service";
import { IMPORT_JOB_KIND } from "./members-import.service";

async function importHandler(env: Bindings, msg: Parameters<JobHandler>[1], attempts: number): Promise<void> {
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
  await runImportMessage(base, { files: env.FILES, queue: env.JOBS }, msg, attempts);
}

export const MEMBERS_JOBS: Record<string, JobHandler> = { [IMPORT_JOB_KIND]: importHandler };
