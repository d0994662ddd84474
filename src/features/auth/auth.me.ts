import type { Actor, PublicCtx, TenantInfo } from "../../platform/context";
import { ServiceError } from "../../platform/errors";
import { checkSession } from "../../platform/session";

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

/** The "me" document for a freshly issued session token. */
export async function meByToken(pctx: PublicCtx, token: string) {
  const res = await checkSession(pctx.db, pctx.tenant.id, token, pctx.now);
  if (res.kind !== "ok") throw new ServiceError("unauthenticated");
  return meOf(pctx.tenant, res.actor);
}
