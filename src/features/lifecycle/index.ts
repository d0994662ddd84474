/** The tenant lifecycle's public face: jobs on a tenant's data (move, export, deletion) for the console. */
export { DEFAULT_DRAIN_MS, type MoveParams, startMove } from "./lifecycle-move.service";
export { cancelDeletion, scheduleDeletion } from "./lifecycle-deletion.service";
export { purgeExpiredExports, requestExport } from "./lifecycle-export.service";
export { runDueJobs, runInBackground, runJob } from "./lifecycle-runner.service";
export { q, tenantTables } from "./lifecycle-tables.queries";
export { activeJobQuery, getTenantJob, recentJobsQuery, toJob } from "./lifecycle.queries";
export { JOB_KIND_LABEL, JOB_STATUS_LABEL, type Job, MOVE_PHASE_LABEL, jobOut } from "./lifecycle.rules";
