// API keys of a tenant: created and revoked by its admins (never by another key), listed without their
// secret. The key is shown once; the database keeps its SHA-256 (the secret has 256 bits of entropy,
// so no slow hash is needed to make a stolen table useless).
import { and, desc, eq, gt, isNull, or } from "drizzle-orm";
import { apiKeys, units } from "../../db/schema/tenant";
import { mintApiKey, parseScopes } from "../../platform/api-key-auth";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { forbidden, invalid, notFound } from "../../platform/errors";
import { newId, newToken } from "../../platform/ids";
import { countQuery } from "../../platform/lookups";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { getUnitInScope } from "../orgs";
import type { ApiKeyOut, CreateApiKeyInput, CreatedApiKeyOut } from "./api-keys.inputs";

/** Keys a tenant may hold at once (revoked ones do not count). */
export const MAX_ACTIVE_KEYS = 50;
const NOT_FOUND = "Không tìm thấy khóa API.";

type Row = typeof apiKeys.$inferSelect;

function toOut(k: Row, unitName: string | null, now: number): ApiKeyOut {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scopes: parseScopes(k.scopes),
    unitId: k.unitId,
    unitName,
    createdBy: k.createdBy,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt,
    expiresAt: k.expiresAt,
    revokedAt: k.revokedAt,
    status:
      k.revokedAt !== null ? "revoked" : k.expiresAt !== null && now >= k.expiresAt ? "expired" : "active",
  };
}

/** Keys are managed by a person signed in as admin: a key cannot make or revoke keys. */
function requireKeyAdmin(ctx: Ctx) {
  requireRole(ctx, "admin");
  if (ctx.actor.apiKey) throw forbidden("Khóa API không được tạo hoặc thu hồi khóa API.");
}

function listQuery(ctx: Ctx) {
  return ctx.db
    .select({ k: apiKeys, unitName: units.name })
    .from(apiKeys)
    .leftJoin(units, and(eq(units.id, apiKeys.unitId), eq(units.tenantId, apiKeys.tenantId)))
    .where(scoped(ctx, apiKeys.tenantId))
    .orderBy(desc(apiKeys.createdAt))
    .limit(200);
}

export async function listApiKeys(ctx: Ctx): Promise<ApiKeyOut[]> {
  requireKeyAdmin(ctx);
  return (await listQuery(ctx)).map((r) => toOut(r.k, r.unitName, ctx.now));
}

export async function createApiKey(ctx: Ctx, input: CreateApiKeyInput): Promise<CreatedApiKeyOut> {
  requireKeyAdmin(ctx);
  requireWritable(ctx);
  if (input.expiresAt != null && input.expiresAt <= ctx.now)
    throw invalid({ expiresAt: "Ngày hết hạn phải ở sau hôm nay." });
  const unit = input.unitId ? await getUnitInScope(ctx, input.unitId) : null;
  const [active] = await countQuery(
    ctx,
    apiKeys,
    isNull(apiKeys.revokedAt),
    or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, ctx.now)),
  );
  if ((active?.n ?? 0) >= MAX_ACTIVE_KEYS)
    throw invalid({
      name: `Đơn vị đã có ${MAX_ACTIVE_KEYS} khóa đang dùng; hãy thu hồi khóa không còn cần.`,
    });
  const minted = await mintApiKey(ctx.tenant.id, newToken(32));
  const scopes = [...new Set(["read", ...input.scopes])].sort().join(" ");
  const row: Row = {
    id: newId(),
    tenantId: ctx.tenant.id,
    name: input.name,
    prefix: minted.prefix,
    keyHash: minted.hash,
    scopes,
    unitId: unit?.id ?? null,
    createdBy: ctx.actor.accountId,
    lastUsedAt: null,
    expiresAt: input.expiresAt ?? null,
    revokedAt: null,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const out = toOut(row, unit?.name ?? null, ctx.now);
  await writeBatch(ctx.db, [
    ctx.db.insert(apiKeys).values(row),
    auditInsert(ctx, { action: "api_key.create", entityType: "api_key", entityId: row.id, after: out }),
  ]);
  return { ...out, key: minted.key };
}

/** Revokes at once: the next request with the key gets 401. Revoking twice changes nothing. */
export async function revokeApiKey(ctx: Ctx, id: string): Promise<void> {
  requireKeyAdmin(ctx);
  requireWritable(ctx);
  const row = (
    await ctx.db
      .select()
      .from(apiKeys)
      .where(scoped(ctx, apiKeys.tenantId, eq(apiKeys.id, id)))
      .limit(1)
  )[0];
  if (!row) throw notFound(NOT_FOUND);
  if (row.revokedAt !== null) return;
  await writeBatch(ctx.db, [
    ctx.db
      .update(apiKeys)
      .set({ revokedAt: ctx.now, updatedAt: ctx.now, version: row.version + 1 })
      .where(scoped(ctx, apiKeys.tenantId, eq(apiKeys.id, id), isNull(apiKeys.revokedAt))),
    guardChanged(ctx.db),
    auditInsert(ctx, { action: "api_key.revoke", entityType: "api_key", entityId: id }),
  ]);
}
