/** Response schemas of the auth API and the "me" document they describe. */
import { z } from "@hono/zod-openapi";
import { ROLES } from "../../domain";
import type { Actor, TenantInfo } from "../../platform/context";

export const MeOut = z
  .object({
    accountId: z.string(),
    login: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    unitId: z.string().nullable(),
    memberId: z.string().nullable(),
    tenant: z.object({ id: z.string(), slug: z.string(), name: z.string(), status: z.string() }),
  })
  .openapi("Me");

/** The "me" document of an actor. */
export function meOf(tenant: TenantInfo, a: Actor) {
  return {
    accountId: a.accountId,
    login: a.login,
    displayName: a.displayName,
    role: a.role,
    unitId: a.unitId,
    memberId: a.memberId,
    tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, status: tenant.status },
  };
}
