import { eq } from "drizzle-orm";
import { tenants } from "../db/schema/control";
import { accounts, auditLog, sessions, tenantState, units } from "../db/schema/tenant/core";
import type { Bindings } from "../env";
import type { Ctx, TenantStatus } from "./context";
import { type Db, makeDb } from "./db";
import { ServiceError, invalid } from "./errors";
import { newId } from "./ids";
import type { Meter } from "./meter";
import { newSession } from "./session";
import { controlDb, dataBinding, findTenant, tenantDb } from "./tenancy";
import { searchKey } from "./text";

export interface NewTenant {
  slug: string;
  name: string;
  kind: string;
  province: string;
  binding: string;
  status: TenantStatus;
  memberCap: number | null;
  contactName?: string;
  contactPhone?: string;
  root: { kind: string; code: string; name: string };
  admin: { login: string; displayName: string; passwordHash: string };
  /** Also create a session for the admin, in the same data batch (sign-up signs them in). */
  signIn?: boolean;
}

export const RESERVED_SLUGS = new Set([
  "api",
  "t",
  "admin",
  "platform",
  "console",
  "signup",
  "dang-ky",
  "login",
  "static",
  "docs",
  "healthz",
  "www",
  "app",
  "help",
  "status",
  "demo",
  "test",
]);

/**
 * Creates a tenant: one atomic batch in the control plane (registry row), then one in its
 * data database (state row, root unit, first admin, audit). If the second fails the
 * registry row is removed again, so no half tenant remains.
 */
export async function provisionTenant(
  env: Bindings,
  meter: Meter,
  t: NewTenant,
  requestId: string,
): Promise<{ tenantId: string; rootUnitId: string; adminId: string; sessionToken?: string }> {
  const now = Date.now();
  const tenantId = newId();
  const rootUnitId = newId();
  const adminId = newId();
  const control = controlDb(env, meter);
  const data: Db = makeDb(dataBinding(env, t.binding), meter);
  const session = t.signIn ? await newSession(tenantId, adminId, now) : null;
  try {
    await control.insert(tenants).values({
      id: tenantId,
      slug: t.slug,
      name: t.name,
      kind: t.kind,
      province: t.province,
      status: t.status,
      dbBinding: t.binding,
      memberCap: t.memberCap,
      contactName: t.contactName ?? "",
      contactPhone: t.contactPhone ?? "",
      createdAt: now,
      updatedAt: now,
    });
  } catch (err) {
    if (String((err as Error).message + String((err as Error).cause ?? "")).includes("UNIQUE"))
      throw invalid({ slug: "Địa chỉ (mã) này đã có đơn vị khác dùng." });
    throw err;
  }
  try {
    await data.batch([
      data.insert(tenantState).values({
        tenantId,
        slug: t.slug,
        name: t.name,
        status: t.status,
        updatedAt: now,
      }),
      data.insert(units).values({
        id: rootUnitId,
        tenantId,
        parentId: null,
        kind: t.root.kind,
        code: t.root.code,
        name: t.root.name,
        searchKey: searchKey(t.root.name),
        path: `/${rootUnitId}/`,
        depth: 0,
        status: "active",
        createdAt: now,
        updatedAt: now,
      }),
      data.insert(accounts).values({
        id: adminId,
        tenantId,
        login: t.admin.login,
        displayName: t.admin.displayName,
        role: "admin",
        unitId: rootUnitId,
        passwordHash: t.admin.passwordHash,
        status: "active",
        createdAt: now,
        updatedAt: now,
      }),
      data.insert(auditLog).values({
        id: newId(),
        tenantId,
        at: now,
        requestId,
        actorLabel: "hệ thống",
        action: "tenant.create",
        entityType: "tenant",
        entityId: tenantId,
        afterJson: JSON.stringify({ slug: t.slug, name: t.name, binding: t.binding }),
      }),
      ...(session ? [data.insert(sessions).values(session.row)] : []),
    ]);
  } catch (err) {
    await control.delete(tenants).where(eq(tenants.id, tenantId));
    throw new ServiceError("internal", undefined, undefined, { cause: err });
  }
  return { tenantId, rootUnitId, adminId, ...(session ? { sessionToken: session.token } : {}) };
}

/**
 * The context of a provisioned tenant's admin at its root unit, for code that builds a tenant through
 * the service verbs (the demo seed, the benchmark).
 */
export async function rootAdminCtx(
  env: Bindings,
  meter: Meter,
  t: { tenantId: string; adminId: string; rootUnitId: string },
  admin: { login: string; displayName: string },
  requestId: string,
  sessionId: string,
): Promise<Ctx> {
  const tenant = (await findTenant(env, meter, { id: t.tenantId }))!;
  return {
    db: tenantDb(env, tenant, meter),
    tenant,
    requestId,
    now: Date.now(),
    actor: {
      accountId: t.adminId,
      login: admin.login,
      displayName: admin.displayName,
      role: "admin",
      unitId: t.rootUnitId,
      unitPath: `/${t.rootUnitId}/`,
      memberId: null,
      sessionId,
    },
  };
}
