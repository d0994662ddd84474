import { vnYear } from "../../domain";
import { type SQL, sql } from "drizzle-orm";
import { criteriaSetVersions } from "../../db/schema/tenant/criteria";
import { accounts, units } from "../../db/schema/tenant/core";
import { cycles } from "../../db/schema/tenant/cycles";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { inTenant } from "../../platform/scope";

export type StepKey = "criteria" | "tree" | "secretaries" | "cycle";

/**
 * How a step is detected: a scalar subquery counting rows of the tenant; the step is done when
 * any of its probes counts more than zero. A feature that adds another way to complete a step
 * appends its probe here (they all run inside the home page's one read batch).
 */
export interface OnboardingProbe {
  step: StepKey;
  count: (ctx: Ctx) => SQL;
}

/** The current year in Vietnam time (cycles are yearly). */

export const ONBOARDING_PROBES: OnboardingProbe[] = [
  {
    step: "criteria",
    count: (ctx) =>
      sql`(SELECT count(*) FROM ${criteriaSetVersions} WHERE ${inTenant(ctx, criteriaSetVersions.tenantId)} AND ${criteriaSetVersions.status} = 'published')`,
  },
  // The root unit alone is not a tree yet.
  {
    step: "tree",
    count: (ctx) => sql`(SELECT count(*) - 1 FROM ${units} WHERE ${inTenant(ctx, units.tenantId)})`,
  },
  {
    step: "tree",
    count: (ctx) => sql`(SELECT count(*) FROM ${members} WHERE ${inTenant(ctx, members.tenantId)})`,
  },
  {
    step: "secretaries",
    count: (ctx) =>
      sql`(SELECT count(*) FROM ${accounts} WHERE ${inTenant(ctx, accounts.tenantId)} AND ${accounts.role} = 'secretary')`,
  },
  {
    step: "cycle",
    count: (ctx) =>
      sql`(SELECT count(*) FROM ${cycles} WHERE ${inTenant(ctx, cycles.tenantId)} AND ${cycles.year} >= ${vnYear(ctx.now)})`,
  },
];
