// Members joined to their unit within the tenant: the base of the member lists that show or filter by
// the unit (the register's pages, the import's card lookup).
import type { SQL } from "drizzle-orm";
import { units } from "../db/schema/tenant/core";
import { members } from "../db/schema/tenant/members";
import { joinRef } from "./lookups";
import { type TenantRef, scoped } from "./scope";

type FromMembers<R> = { innerJoin(table: typeof units, on: SQL): { where(where: SQL): R } };

/** `q` (a select from members) joined to each member's unit, kept to the tenant's rows matching `conds`. */
export function withTheirUnits<R>(q: FromMembers<R>, ctx: TenantRef, ...conds: (SQL | undefined)[]): R {
  return q
    .innerJoin(units, joinRef(units, members.unitId, members))
    .where(scoped(ctx, members.tenantId, ...conds));
}
