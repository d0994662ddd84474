import { z } from "@hono/zod-openapi";
import { TENANT_STATUSES } from "./console.service";

export const OperatorLoginInput = z
  .strictObject({
    login: z.string().trim().toLowerCase().min(1, "Cần nhập tên đăng nhập.").max(100),
    password: z.string().min(1, "Cần nhập mật khẩu.").max(200),
  })
  .openapi("OperatorLoginInput");

export const TenantListQuery = z.object({
  status: z.enum(TENANT_STATUSES, { error: "Trạng thái không hợp lệ." }).optional(),
  q: z.string().trim().max(60, "Tối đa 60 ký tự.").optional(),
  page: z.coerce.number().int().min(1).max(1000).optional(),
});

export const VersionedInput = z
  .strictObject({ version: z.number().int().positive().optional() })
  .openapi("TenantVersionInput");

export const MoveInput = z
  .strictObject({
    binding: z.string().regex(/^DB_(POOL|DEDICATED)_\d+$/, "Tên cơ sở dữ liệu không hợp lệ."),
    drainSeconds: z.number().int().min(0).max(600).optional(),
  })
  .openapi("MoveTenantInput");

export const DeletionInput = z
  .strictObject({
    graceDays: z
      .number({ error: "Số ngày chờ phải là số." })
      .int("Số ngày chờ phải là số nguyên.")
      .min(0, "Tối thiểu 0 ngày.")
      .max(365, "Tối đa 365 ngày."),
  })
  .openapi("ScheduleDeletionInput");

const tenantId = z.string().regex(/^[0-9a-z]{16}$/, "Mã định danh không hợp lệ.");
export const TenantParam = z.object({ id: tenantId.openapi({ param: { name: "id", in: "path" } }) });
export const JobParam = z.object({
  id: tenantId.openapi({ param: { name: "id", in: "path" } }),
  jobId: tenantId.openapi({ param: { name: "jobId", in: "path" } }),
});

export const OperatorOut = z
  .object({ id: z.string(), login: z.string(), displayName: z.string() })
  .openapi("Operator");

export const TenantItemOut = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: z.string(),
    province: z.string(),
    status: z.string(),
    binding: z.string(),
    readOnly: z.boolean(),
    memberCap: z.number().nullable(),
    createdAt: z.number(),
    verifiedAt: z.number().nullable(),
    members: z.number().nullable(),
    rows: z.number().nullable(),
    bytes: z.number().nullable(),
    lastActiveAt: z.number().nullable(),
    statsAt: z.number().nullable(),
  })
  .openapi("PlatformTenant");

export const JobOut = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    kind: z.enum(["move", "export", "delete"]),
    status: z.enum(["pending", "running", "done", "failed", "cancelled"]),
    phase: z.string().nullable(),
    done: z.number(),
    total: z.number(),
    error: z.string().nullable(),
    params: z.record(z.string(), z.unknown()),
    result: z.record(z.string(), z.unknown()).nullable(),
    runAfter: z.number(),
    createdAt: z.number(),
    updatedAt: z.number(),
    finishedAt: z.number().nullable(),
    /** When set, nothing happens before this time (a move waits for registry caches to drain). */
    waitUntil: z.number().nullable(),
  })
  .openapi("PlatformJob");

export const AuditOut = z
  .object({
    id: z.string(),
    at: z.number(),
    actorLabel: z.string(),
    action: z.string(),
    tenantId: z.string().nullable(),
    tenantSlug: z.string().nullable(),
    detail: z.unknown(),
  })
  .openapi("PlatformAuditEntry");

export const TenantDetailOut = z
  .object({
    tenant: TenantItemOut.extend({ contactName: z.string(), contactPhone: z.string(), version: z.number() }),
    tables: z.record(z.string(), z.number()),
    jobs: z.array(JobOut),
    audit: z.array(AuditOut),
    bindings: z.array(z.string()),
  })
  .openapi("PlatformTenantDetail");
