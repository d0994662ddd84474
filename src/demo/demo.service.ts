import { eq } from "drizzle-orm";
import { tenants } from "../db/schema/control";
import { accounts } from "../db/schema/tenant/core";
import type { Bindings } from "../env";
import { createAccount } from "../features/accounts";
import { createUnit } from "../features/orgs";
import type { Ctx, TenantInfo } from "../platform/context";
import { Meter } from "../platform/meter";
import { hashPassword } from "../platform/passwords";
import { provisionTenant, rootAdminCtx } from "../platform/provisioning";
import { scoped } from "../platform/scope";
import { controlDb } from "../platform/tenancy";
import { DEMO_PASSWORD, DEMO_TENANTS, type DemoTenant } from "./demo-data";
import { SEED_STEPS } from "./steps";

export interface SeedState {
  /** Acts as the tenant's demo admin. */
  ctx: Ctx;
  tenant: TenantInfo;
  demo: DemoTenant;
  unitIds: Record<string, string>;
  /** Account id by login. */
  accountIds: Record<string, string>;
  passwordHash: string;
}

/**
 * Seeds the demo tenants through the service verbs. Idempotent: a tenant whose slug is
 * already registered is left alone. Refuses anything but local databases (the route that
 * calls it exists only under `npm start`, which passes DEMO_SEED=on to wrangler dev).
 */
export async function seedDemo(
  env: Bindings,
  requestId: string,
): Promise<{ created: string[]; skipped: string[] }> {
  const meter = new Meter();
  const control = controlDb(env, meter);
  const out = { created: [] as string[], skipped: [] as string[] };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_TENANTS) {
    const existing = await control
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.slug, demo.slug));
    if (existing.length) {
      out.skipped.push(demo.slug);
      continue;
    }
    await seedTenant(env, demo, passwordHash, requestId);
    out.created.push(demo.slug);
  }
  return out;
}

async function seedTenant(env: Bindings, demo: DemoTenant, passwordHash: string, requestId: string) {
  const meter = new Meter();
  const root = demo.units.find((u) => u.parent === null)!;
  const admin = demo.accounts.find((a) => a.role === "admin")!;
  const created = await provisionTenant(
    env,
    meter,
    {
      slug: demo.slug,
      name: demo.name,
      kind: demo.kind,
      province: demo.province,
      binding: demo.binding,
      status: "active",
      memberCap: null,
      root: { kind: root.kind, code: root.code, name: root.name },
      admin: { login: admin.login, displayName: admin.displayName, passwordHash },
    },
    requestId,
  );
  const ctx = await rootAdminCtx(env, meter, created, admin, requestId, "seed");
  const unitIds: Record<string, string> = { [root.key]: created.rootUnitId };
  for (const u of demo.units.filter((x) => x.parent !== null)) {
    const unit = await createUnit(ctx, {
      parentId: unitIds[u.parent!]!,
      kind: u.kind,
      code: u.code,
      name: u.name,
    });
    unitIds[u.key] = unit.id;
  }
  const accountIds: Record<string, string> = { [admin.login]: created.adminId };
  for (const a of demo.accounts.filter((x) => x.role !== "admin")) {
    const acc = await createAccount(ctx, {
      login: a.login,
      displayName: a.displayName,
      role: a.role,
      unitId: unitIds[a.unit]!,
    });
    accountIds[a.login] = acc.id;
    // Demo accounts get the demo password directly instead of a setup link.
    await ctx.db
      .update(accounts)
      .set({ passwordHash })
      .where(scoped(ctx, accounts.tenantId, eq(accounts.id, acc.id)));
  }
  const state: SeedState = { ctx, tenant: ctx.tenant, demo, unitIds, accountIds, passwordHash };
  for (const step of SEED_STEPS) await step(state);
}
