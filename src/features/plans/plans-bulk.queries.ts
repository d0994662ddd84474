// Many rows in one statement: `INSERT … SELECT … FROM json_each(?)` keeps a bulk write (items,
// audit rows, events, notifications of up to 50 plans) within one statement each, whatever
// D1's 100-parameter limit would allow for a VALUES list.
import { getTableColumns, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { auditLog } from "../../db/schema/tenant/core";
import type { AuditInput } from "../../platform/audit";
import type { Ctx } from "../../platform/context";
import type { Db } from "../../platform/db";
import { newId } from "../../platform/ids";

/** One INSERT of all `rows` (in the table's column order), or null when there are none. */
export function insertMany<T extends SQLiteTable>(db: Db, table: T, rows: T["$inferInsert"][]) {
  if (rows.length === 0) return null;
  const keys = Object.keys(getTableColumns(table));
  const data = JSON.stringify(rows.map((r) => keys.map((k) => (r as Record<string, unknown>)[k] ?? null)));
  const cols = sql.join(
    keys.map((_, i) => sql.raw(`j.value ->> ${i}`)),
    sql`, `,
  );
  return db.insert(table).select(sql`SELECT ${cols} FROM json_each(${data}) AS j WHERE true`);
}

/** Audit rows of several mutations, like auditInsert, in one statement. */
export function auditMany(ctx: Ctx, inputs: AuditInput[]) {
  const actorLabel = `${ctx.actor.displayName} (${ctx.actor.login})`;
  return insertMany(
    ctx.db,
    auditLog,
    inputs.map((i) => ({
      id: newId(),
      tenantId: ctx.tenant.id,
      at: ctx.now,
      requestId: ctx.requestId,
      actorAccountId: ctx.actor.accountId,
      actorLabel,
      onBehalfOf: i.onBehalfOf ?? null,
      action: i.action,
      entityType: i.entityType,
      entityId: i.entityId,
      beforeJson: i.before === undefined ? null : JSON.stringify(i.before),
      afterJson: i.after === undefined ? null : JSON.stringify(i.after),
    })),
  );
}
