import { auditLog } from "../db/schema/tenant/core";
import type { Ctx, PublicCtx } from "./context";
import { newId } from "./ids";

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** The member (or account) a secretary acted for. */
  onBehalfOf?: string | null;
}

/** The audit insert for one mutation: put it in the same db.batch() as the mutation. */
export function auditInsert(
  ctx: Ctx | (PublicCtx & { actor?: undefined }),
  input: AuditInput,
  label?: string,
) {
  const actor = "actor" in ctx ? ctx.actor : undefined;
  return ctx.db.insert(auditLog).values({
    id: newId(),
    tenantId: ctx.tenant.id,
    at: ctx.now,
    requestId: ctx.requestId,
    actorAccountId: actor?.accountId ?? null,
    actorLabel: label ?? (actor ? `${actor.displayName} (${actor.login})` : "hệ thống"),
    onBehalfOf: input.onBehalfOf ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    beforeJson: input.before === undefined ? null : JSON.stringify(input.before),
    afterJson: input.after === undefined ? null : JSON.stringify(input.after),
  });
}
