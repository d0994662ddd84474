/** Background jobs on a tenant's data (move, export, deletion): their record and how the API shows it. */
import { newId } from "../../platform/ids";

export type JobKind = "move" | "export" | "delete";
export type JobStatus = "pending" | "running" | "done" | "failed" | "cancelled";
export const ACTIVE: JobStatus[] = ["pending", "running"];

export interface Job {
  id: string;
  tenantId: string;
  kind: JobKind;
  status: JobStatus;
  params: Record<string, unknown>;
  cursor: Record<string, unknown>;
  result: Record<string, unknown> | null;
  done: number;
  total: number;
  error: string | null;
  runAfter: number;
  leaseUntil: number | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

export function newJob(
  input: Pick<Job, "tenantId" | "kind" | "params" | "createdBy"> & { runAfter: number; now: number },
): Job {
  return {
    id: newId(),
    tenantId: input.tenantId,
    kind: input.kind,
    status: "pending",
    params: input.params,
    cursor: {},
    result: null,
    done: 0,
    total: 0,
    error: null,
    runAfter: input.runAfter,
    leaseUntil: null,
    createdBy: input.createdBy,
    createdAt: input.now,
    updatedAt: input.now,
    finishedAt: null,
  };
}

/** A job as the API and pages show it. */
export function jobOut(j: Job, now = Date.now()) {
  const c = j.cursor as { phase?: string; switchedAt?: number };
  const drain = Number((j.params as { drainMs?: number }).drainMs ?? 0);
  const wait = j.kind === "move" && c.phase === "cleanup" ? (c.switchedAt ?? 0) + drain : 0;
  return {
    id: j.id,
    tenantId: j.tenantId,
    kind: j.kind,
    status: j.status,
    phase: c.phase ?? null,
    done: Math.round(j.done),
    total: j.total,
    error: j.error,
    params: j.params,
    result: j.result,
    runAfter: j.runAfter,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
    finishedAt: j.finishedAt,
    waitUntil: ACTIVE.includes(j.status) && wait > now ? wait : null,
  };
}

export const JOB_KIND_LABEL: Record<string, string> = {
  move: "Chuyển cơ sở dữ liệu",
  export: "Xuất dữ liệu",
  delete: "Xóa đơn vị",
};
export const JOB_STATUS_LABEL: Record<string, string> = {
  pending: "Đang chờ",
  running: "Đang chạy",
  done: "Hoàn tất",
  failed: "Không thành công",
  cancelled: "Đã hủy",
};

export const MOVE_PHASE_LABEL: Record<string, string> = {
  prepare: "Chuẩn bị",
  clear: "Dọn dữ liệu cũ ở nơi đến",
  copy: "Sao chép",
  verify: "Đối chiếu số dòng và tổng kiểm",
  switch: "Chuyển sổ đăng ký",
  mark: "Đánh dấu nơi cũ",
  cleanup: "Xóa dữ liệu ở nơi cũ",
  abort: "Hủy, hoàn tác",
};
