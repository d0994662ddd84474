// For the demo seed's tests: a seeded demo tenant with an admin context on it, and what the
// recount would still change of a feature's counters (nothing, when the seed counted right).
import { recountAll } from "../src/counter-sources";
import { Meter } from "../src/platform/meter";
import { findTenant } from "../src/platform/tenancy";
import { E, ctxFor, dbOf } from "./harness";

/** The demo tenant `slug` (seedDemo has run) and an admin acting on it. */
export async function demoTenant(slug: string, id = "seed") {
  const tenant = (await findTenant(E, new Meter(), { slug }))!;
  const admin = ctxFor(tenant, {
    id,
    login: "admin",
    role: "admin",
    unitId: null,
    unitPath: null,
    memberId: null,
    displayName: "Quản trị",
  });
  return { tenant, admin, db: dbOf({ info: tenant } as Parameters<typeof dbOf>[0]) };
}

/** The differences a recount finds in the metrics starting with `prefix`. */
export async function recountDrift(slug: string, prefix: string) {
  const { tenant, db } = await demoTenant(slug);
  return (await recountAll(db, tenant.id)).filter((d) => d.metric.startsWith(prefix));
}
