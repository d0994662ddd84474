// The web origins a tenant allows to call the API from a browser (CORS, src/platform/cors.ts): read and
// replaced as a whole list by its admins, signed in as a person.
import { asc } from "drizzle-orm";
import { corsOrigins } from "../../db/schema/control";
import type { Bindings } from "../../env";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { opCtx } from "../../platform/control-plane";
import { ORIGIN_SHAPE } from "../../platform/cors";
import { forbidden, invalid } from "../../platform/errors";
import type { Meter } from "../../platform/meter";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";

export const MAX_ORIGINS = 20;

function requirePersonAdmin(ctx: Ctx) {
  requireRole(ctx, "admin");
  if (ctx.actor.apiKey) throw forbidden("Khóa API không được đổi danh sách nguồn được phép.");
}

export async function listOrigins(env: Bindings, meter: Meter, ctx: Ctx): Promise<string[]> {
  requirePersonAdmin(ctx);
  const control = opCtx(env, meter, ctx.requestId, null).control;
  const rows = await control
    .select({ origin: corsOrigins.origin })
    .from(corsOrigins)
    .where(scoped(ctx, corsOrigins.tenantId))
    .orderBy(asc(corsOrigins.origin));
  return rows.map((r) => r.origin);
}

/** Replaces the list: each origin `https://host[:port]` (or `http://localhost[:port]`), at most 20. */
export async function setOrigins(
  env: Bindings,
  meter: Meter,
  ctx: Ctx,
  origins: string[],
): Promise<string[]> {
  requirePersonAdmin(ctx);
  requireWritable(ctx);
  const clean = [...new Set(origins.map((o) => o.trim().toLowerCase().replace(/\/$/, "")).filter(Boolean))];
  const bad = clean.find((o) => !ORIGIN_SHAPE.test(o));
  if (bad)
    throw invalid({ origins: `Nguồn «${bad}» không hợp lệ: cần dạng https://ten-mien (có thể kèm :cổng).` });
  if (clean.length > MAX_ORIGINS) throw invalid({ origins: `Tối đa ${MAX_ORIGINS} nguồn.` });
  const control = opCtx(env, meter, ctx.requestId, null).control;
  const replace = [
    control.delete(corsOrigins).where(scoped(ctx, corsOrigins.tenantId)),
    ...clean.map((origin) =>
      control.insert(corsOrigins).values({ tenantId: ctx.tenant.id, origin, createdAt: ctx.now }),
    ),
  ];
  await control.batch(replace as [(typeof replace)[0], ...typeof replace]);
  await writeBatch(ctx.db, [
    auditInsert(ctx, {
      action: "api.cors_origins",
      entityType: "tenant",
      entityId: ctx.tenant.id,
      after: clean,
    }),
  ]);
  return clean.sort();
}
