/** The bulk statements of the models import: `INSERT/UPDATE … FROM json_each(?)`, chunked. */
import { sql } from "drizzle-orm";
import { type commendations, exemplarModelYears, exemplarModels } from "../../db/schema/tenant/exemplars";
import type { Ctx } from "../../platform/context";
import { scoped } from "../../platform/scope";
import { searchKey } from "../../platform/text";
import type { ModelField, ModelKind } from "./models.inputs";
import { titleKey } from "./models.queries";

export interface ModelPlan {
  id: string;
  existing: { version: number } | null;
  unit: { id: string; path: string };
  kind: ModelKind;
  memberId: string | null;
  title: string;
  startYear: number;
  field: string;
  description: string;
  years: { year: number; status: string; exemplary: number; replicatedTo: string; note: string }[];
  /** New model, or an existing one whose fields or years change. */
  changed: boolean;
  seen?: boolean;
}

const CHUNK = 200;

export function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/**
 * Aborts the batch unless the previous statement changed exactly `n` rows. Inlined integer:
 * drizzle's D1 batch cannot bind parameters of a raw `db.run()` statement.
 */
export function guardCount(ctx: Pick<Ctx, "db">, n: number) {
  return ctx.db.run(sql.raw(`SELECT CASE WHEN changes() <> ${Math.trunc(n)} THEN json('stale_write') END`));
}

type Bumped = typeof exemplarModels | typeof commendations;

/**
 * One UPDATE of the rows `part` (each with the id and version it was read at) setting `keys` to
 * their new values and bumping the version, then guardCount(): a concurrent edit that moved a
 * version rolls the whole import back (409).
 */
export function updatesAtVersion<T extends Bumped, K extends string & keyof T["$inferInsert"]>(
  ctx: Ctx,
  table: T,
  keys: K[],
  part: ({ id: string; version: number } & Record<K, unknown>)[],
) {
  const data = JSON.stringify(part.map((r) => [r.id, r.version, ...keys.map((k) => r[k])]));
  const set = Object.fromEntries(keys.map((k, i) => [k, sql.raw(`j.value ->> ${i + 2}`)]));
  return [
    ctx.db
      .update(table as typeof exemplarModels)
      .set({ ...set, version: sql`${table.version} + 1`, updatedAt: ctx.now })
      .from(sql`json_each(${data}) AS j`)
      .where(
        scoped(ctx, table.tenantId, sql`${table.id} = j.value ->> 0`, sql`${table.version} = j.value ->> 1`),
      ),
    guardCount(ctx, part.length),
  ] as const;
}

export function bulkStatements(ctx: Ctx, plans: ModelPlan[]) {
  const t = ctx.tenant.id;
  const now = ctx.now;
  const stmts = [];
  const created = plans.filter((p) => !p.existing);
  for (const part of chunks(created)) {
    const rows = part.map((p) => [
      p.id,
      p.kind,
      p.unit.id,
      p.memberId,
      p.title,
      titleKey(p.title),
      searchKey(p.title),
      p.description,
      p.field as ModelField,
      p.startYear,
    ]);
    stmts.push(
      ctx.db.insert(exemplarModels).select(
        sql`SELECT j.value ->> 0, ${t}, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5,
                   j.value ->> 6, j.value ->> 7, j.value ->> 8, j.value ->> 9, 0, ${ctx.actor.accountId}, 1, ${now}, ${now}
            FROM json_each(${JSON.stringify(rows)}) AS j WHERE true`,
      ),
    );
  }
  // Existing models: new wording, and a version bump that a concurrent edit would have moved.
  for (const part of chunks(plans.filter((p) => p.existing))) {
    const rows = part.map((p) => ({
      id: p.id,
      version: p.existing!.version,
      description: p.description,
      field: p.field,
    }));
    stmts.push(...updatesAtVersion(ctx, exemplarModels, ["description", "field"], rows));
  }
  const years = plans.flatMap((p) =>
    p.years.map((y) => [p.id, y.year, y.status, y.exemplary, y.replicatedTo, y.note]),
  );
  for (const part of chunks(years)) {
    stmts.push(
      ctx.db
        .insert(exemplarModelYears)
        .select(
          sql`SELECT ${t}, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5, ${now}, ${now}
              FROM json_each(${JSON.stringify(part)}) AS j WHERE true`,
        )
        .onConflictDoUpdate({
          target: [exemplarModelYears.tenantId, exemplarModelYears.modelId, exemplarModelYears.year],
          set: {
            status: sql`excluded.status`,
            exemplary: sql`excluded.exemplary`,
            replicatedTo: sql`excluded.replicated_to`,
            note: sql`excluded.note`,
            updatedAt: now,
          },
        }),
    );
  }
  return stmts;
}
