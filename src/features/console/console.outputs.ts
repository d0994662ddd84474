import { z } from "@hono/zod-openapi";
import { timestamp, timestampOrNull } from "../../platform/api-fields";

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
    createdAt: timestamp(),
    verifiedAt: timestampOrNull(),
    members: z.number().nullable(),
    rows: z.number().nullable(),
    bytes: z.number().nullable(),
    lastActiveAt: timestampOrNull(),
    statsAt: timestampOrNull(),
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
    createdAt: timestamp(),
    updatedAt: timestamp(),
    finishedAt: timestampOrNull(),
    /** When set, nothing happens before this time (a move waits for registry caches to drain). */
    waitUntil: timestampOrNull(),
  })
  .openapi("PlatformJob");

export const AuditOut = z
  .object({
    id: z.string(),
    at: timestamp(),
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
