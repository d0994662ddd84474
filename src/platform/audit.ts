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

type AuditCtx = Ctx | (PublicCtx & { actor?: undefined });

/** The audit_log row of one mutation by the context's actor (the system when there is none). */
export function auditRow(ctx: AuditCtx, input: AuditInput, label?: string): typeof auditLog.$inferInsert {
  const actor = "actor" in ctx ? ctx.actor : undefined;
  return {
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
  };
}

/** The audit insert for one mutation: put it in the same db.batch() as the mutation. */
export function auditInsert(ctx: AuditCtx, input: AuditInput, label?: string) {
  return ctx.db.insert(auditLog).values(auditRow(ctx, input, label));
}
