/**
 * The control plane's context: what every operator or background verb receives (bindings, the
 * metered control database, the request id and who acts), and its change log, operator_audit.
 * It parallels ctx (context.ts) and the tenant audit (audit.ts) for the tenant-data side.
 */
import type { Context } from "hono";
import { operatorAudit } from "../db/schema/control";
import type { AppEnv, Bindings } from "../env";
import type { Db } from "./db";
import { ServiceError } from "./errors";
import { newId } from "./ids";
import { type Meter, meteredD1 } from "./meter";
import { controlDb, dataBinding } from "./tenancy";

/** What every control-plane verb receives: bindings, the metered control db, and who acts. */
export interface OpCtx {
  env: Bindings;
  meter: Meter;
  control: Db;
  requestId: string;
  now: number;
  operator: { id: string; label: string } | null;
}

export function opCtx(env: Bindings, meter: Meter, requestId: string, operator: OpCtx["operator"]): OpCtx {
  return { env, meter, control: controlDb(env, meter), requestId, now: Date.now(), operator };
}

/** The control-plane context of an operator's request (the operator gate guarantees the operator). */
export function opOf(c: Context<AppEnv>): OpCtx {
  const op = c.get("operator");
  if (!op) throw new ServiceError("not_found");
  return opCtx(c.env, c.get("meter"), c.get("requestId"), {
    id: op.id,
    label: `${op.displayName} (${op.login})`,
  });
}

/** An anonymous control-plane context (sign-in, a tenant's own export). */
export function anonOpOf(c: Context<AppEnv>): OpCtx {
  return opCtx(c.env, c.get("meter"), c.get("requestId"), null);
}

/** A metered raw handle on a tenant-data database (moves and exports need dynamic SQL). */
export function dataDb(o: Pick<OpCtx, "env" | "meter">, binding: string): D1Database {
  return meteredD1(dataBinding(o.env, binding), o.meter);
}

/**
 * Writes the tenant's own `tenant_state` row in the data database `binding` (status, read-only,
 * moved-to): what every signed-in request of the tenant reads, so the change bites at once.
 */
export async function setTenantState(
  o: Pick<OpCtx, "env" | "meter" | "now">,
  binding: string,
  tenantId: string,
  set: { status?: string; read_only?: 0 | 1; moved_to?: string | null },
): Promise<void> {
  const cols = Object.keys(set) as (keyof typeof set)[];
  await dataDb(o, binding)
    .prepare(
      `UPDATE tenant_state SET ${cols.map((c) => `${c} = ?, `).join("")}updated_at = ? WHERE tenant_id = ?`,
    )
    .bind(...cols.map((c) => set[c]), o.now, tenantId)
    .run();
}

/** Who a job acts as in the audit: the operator who started it, or the platform itself. */
export const SYSTEM_LABEL = "Hệ thống (tác vụ nền)";

export function actorOf(o: OpCtx) {
  return { operatorId: o.operator?.id ?? null, label: o.operator?.label ?? SYSTEM_LABEL };
}

export interface AuditEntry {
  operatorId: string | null;
  label: string;
  action: string;
  tenant?: { id: string; slug: string } | null;
  detail?: unknown;
  requestId: string;
  now: number;
}

/** The operator_audit insert: put it in the same control batch as the change it records. */
export function opAudit(control: Db, e: AuditEntry) {
  return control.insert(operatorAudit).values({
    id: newId(),
    at: e.now,
    requestId: e.requestId,
    operatorId: e.operatorId,
    actorLabel: e.label,
    action: e.action,
    tenantId: e.tenant?.id ?? null,
    tenantSlug: e.tenant?.slug ?? null,
    detailJson: e.detail === undefined ? null : JSON.stringify(e.detail),
  });
}

/** opAudit() as the acting operator (or the system) of `o`, at its time and request. */
export function auditOp(o: OpCtx, action: string, tenant?: AuditEntry["tenant"], detail?: unknown) {
  return opAudit(o.control, { ...actorOf(o), action, tenant, detail, requestId: o.requestId, now: o.now });
}
