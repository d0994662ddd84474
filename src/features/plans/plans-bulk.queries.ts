// Many rows in one statement: `INSERT … SELECT … FROM json_each(?)` keeps a bulk write (items,
// audit rows, events, notifications of up to 50 plans) within one statement each, whatever
// D1's 100-parameter limit would allow for a VALUES list.
import { auditLog } from "../../db/schema/tenant/core";
import { type AuditInput, auditRow } from "../../platform/audit";
import type { Ctx } from "../../platform/context";
import { insertMany } from "../../platform/insert-many";

export { insertMany };

/** Audit rows of several mutations, like auditInsert, in one statement. */
export function auditMany(ctx: Ctx, inputs: AuditInput[]) {
  return insertMany(
    ctx.db,
    auditLog,
    inputs.map((i) => auditRow(ctx, i)),
  );
}
