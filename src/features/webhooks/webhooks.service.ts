// Webhook endpoints of a tenant: managed by its admins signed in as a person (an API key cannot, as it
// cannot manage keys: a leaked key must not be able to redirect the tenant's events). The signing secret
// is shown once, sealed at rest; after a rotation the previous one stays valid for 24 h.
import { isoTimeOrNull } from "../../platform/api-fields";
import { desc } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema/tenant/webhooks";
import type { EventType } from "../../domain/events";
import type { Bindings } from "../../env";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict, forbidden, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { countQuery, firstVersion, writeAtVersion } from "../../platform/lookups";
import { matching, scoped } from "../../platform/scope";
import { type SecretBox, secretBox } from "../../platform/secret-box";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type {
  CreateEndpointInput,
  CreatedEndpointOut,
  EndpointOut,
  RotatedSecretOut,
  UpdateEndpointInput,
} from "./webhooks.inputs";
import { endpointUrlProblem } from "../../platform/url-safety";

export const MAX_ENDPOINTS = 20;
export const PREVIOUS_SECRET_MS = 24 * 3_600_000;
const NOT_FOUND = "Không tìm thấy địa chỉ nhận webhook.";
const STALE = "Địa chỉ nhận webhook vừa được thay đổi ở nơi khác. Vui lòng tải lại.";

export type EndpointRow = typeof webhookEndpoints.$inferSelect;

/** What the verbs need of the Worker: the secret box, and whether this is a local run (`npm start`). */
export interface WebhookEnv {
  box: SecretBox;
  local: boolean;
}

export function webhookEnv(env: Pick<Bindings, "WEBHOOK_SECRETS_KEY" | "DEMO_SEED">): WebhookEnv {
  return { box: secretBox(env), local: !!env.DEMO_SEED };
}

export function toEndpointOut(e: EndpointRow, now: number): EndpointOut {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    eventTypes: JSON.parse(e.eventTypes) as EventType[],
    status: e.status as EndpointOut["status"],
    disabledReason: e.disabledReason as EndpointOut["disabledReason"],
    failingSince: isoTimeOrNull(e.failingSince),
    previousSecretValidUntil:
      e.previousUntil !== null && e.previousUntil > now ? isoTimeOrNull(e.previousUntil) : null,
    version: e.version,
    createdAt: isoTimeOrNull(e.createdAt)!,
    updatedAt: isoTimeOrNull(e.updatedAt)!,
  };
}

export function requireEndpointAdmin(ctx: Ctx) {
  requireRole(ctx, "admin");
  if (ctx.actor.apiKey) throw forbidden("Khóa API không được quản lý địa chỉ nhận webhook.");
}

/** A new `whsec_` secret: 32 random bytes, base64, as Standard Webhooks libraries expect. */
function newSecret(): string {
  return `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;
}

function checkUrl(url: string, env: WebhookEnv) {
  const problem = endpointUrlProblem(url, env.local);
  if (problem) throw invalid({ url: problem });
}

const typesJson = (types: EventType[] | undefined) => JSON.stringify([...new Set(types ?? [])].sort());

export const endpointQuery = (ctx: Ctx, id: string) =>
  ctx.db
    .select()
    .from(webhookEndpoints)
    .where(matching(ctx, webhookEndpoints, { id }))
    .limit(1);

export function foundEndpoint(rows: EndpointRow[]): EndpointRow {
  if (!rows[0]) throw notFound(NOT_FOUND);
  return rows[0];
}

export async function getEndpointRow(ctx: Ctx, id: string): Promise<EndpointRow> {
  requireEndpointAdmin(ctx);
  return foundEndpoint(await endpointQuery(ctx, id));
}

export async function listEndpoints(ctx: Ctx): Promise<EndpointOut[]> {
  requireEndpointAdmin(ctx);
  const rows = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(scoped(ctx, webhookEndpoints.tenantId))
    .orderBy(desc(webhookEndpoints.createdAt))
    .limit(MAX_ENDPOINTS);
  return rows.map((r) => toEndpointOut(r, ctx.now));
}

export async function getEndpoint(ctx: Ctx, id: string): Promise<EndpointOut> {
  return toEndpointOut(await getEndpointRow(ctx, id), ctx.now);
}

export async function createEndpoint(
  ctx: Ctx,
  input: CreateEndpointInput,
  env: WebhookEnv,
): Promise<CreatedEndpointOut> {
  requireEndpointAdmin(ctx);
  requireWritable(ctx);
  checkUrl(input.url, env);
  const [n] = await countQuery(ctx, webhookEndpoints);
  if ((n?.n ?? 0) >= MAX_ENDPOINTS)
    throw invalid({
      url: `Đơn vị đã có ${MAX_ENDPOINTS} địa chỉ nhận webhook; hãy xóa địa chỉ không còn dùng.`,
    });
  const secret = newSecret();
  const row: EndpointRow = {
    id: newId(),
    tenantId: ctx.tenant.id,
    url: input.url,
    description: input.description ?? "",
    eventTypes: typesJson(input.eventTypes),
    secret: await env.box.seal(secret),
    previousSecret: null,
    previousUntil: null,
    status: "active",
    disabledReason: null,
    failingSince: null,
    createdBy: ctx.actor.accountId,
    ...firstVersion(ctx),
  };
  const out = toEndpointOut(row, ctx.now);
  await writeBatch(ctx.db, [
    ctx.db.insert(webhookEndpoints).values(row),
    auditInsert(ctx, { action: "webhook.create", entityType: "webhook", entityId: row.id, after: out }),
  ]);
  return { ...out, secret };
}

/** Writes `changes` at the version read, with the audit row; the endpoint as it is after. */
async function change(
  ctx: Ctx,
  before: EndpointRow,
  changes: Partial<EndpointRow>,
  action: string,
): Promise<EndpointRow> {
  const after = { ...before, ...changes, version: before.version + 1, updatedAt: ctx.now };
  const { id: _i, tenantId: _t, createdAt: _c, ...set } = after;
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, webhookEndpoints, before, set),
    auditInsert(ctx, {
      action,
      entityType: "webhook",
      entityId: before.id,
      before: toEndpointOut(before, ctx.now),
      after: toEndpointOut(after, ctx.now),
    }),
  ]);
  return after;
}

export async function updateEndpoint(
  ctx: Ctx,
  id: string,
  input: UpdateEndpointInput,
  env: WebhookEnv,
): Promise<EndpointOut> {
  requireWritable(ctx);
  const before = await getEndpointRow(ctx, id);
  if (before.version !== input.version) throw conflict(STALE);
  if (input.url !== undefined) checkUrl(input.url, env);
  const after = await change(
    ctx,
    before,
    {
      url: input.url ?? before.url,
      description: input.description ?? before.description,
      eventTypes: input.eventTypes ? typesJson(input.eventTypes) : before.eventTypes,
    },
    "webhook.update",
  );
  return toEndpointOut(after, ctx.now);
}

/** Stops (or resumes) sending to the endpoint; the same state again changes nothing. */
export async function setEndpointEnabled(ctx: Ctx, id: string, enabled: boolean): Promise<EndpointOut> {
  requireWritable(ctx);
  const before = await getEndpointRow(ctx, id);
  if ((before.status === "active") === enabled) return toEndpointOut(before, ctx.now);
  const changes: Partial<EndpointRow> = enabled
    ? { status: "active", disabledReason: null, failingSince: null }
    : { status: "disabled", disabledReason: "manual" };
  const after = await change(ctx, before, changes, enabled ? "webhook.enable" : "webhook.disable");
  return toEndpointOut(after, ctx.now);
}

/** A new secret; the previous one still signs (beside it) for 24 h so receivers can switch over. */
export async function rotateEndpointSecret(ctx: Ctx, id: string, env: WebhookEnv): Promise<RotatedSecretOut> {
  requireWritable(ctx);
  const before = await getEndpointRow(ctx, id);
  const secret = newSecret();
  const until = ctx.now + PREVIOUS_SECRET_MS;
  await change(
    ctx,
    before,
    { secret: await env.box.seal(secret), previousSecret: before.secret, previousUntil: until },
    "webhook.rotate_secret",
  );
  return { secret, previousSecretValidUntil: isoTimeOrNull(until)! };
}

export async function deleteEndpoint(ctx: Ctx, id: string): Promise<void> {
  requireWritable(ctx);
  const before = await getEndpointRow(ctx, id);
  await writeBatch(ctx.db, [
    ...writeAtVersion(ctx, webhookEndpoints, before, null),
    // Its delivery log goes with it.
    ctx.db.delete(webhookDeliveries).where(matching(ctx, webhookDeliveries, { endpointId: id })),
    auditInsert(ctx, {
      action: "webhook.delete",
      entityType: "webhook",
      entityId: id,
      before: toEndpointOut(before, ctx.now),
    }),
  ]);
}
