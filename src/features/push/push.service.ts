// A person's devices that receive Web Push: registered by the page script (or any client) with what
// the browser's PushSubscription gives, listed and removed by their owner. Only a person signed in may
// register; an API key has no phone.
import { asc, count, ne } from "drizzle-orm";
import { pushSubscriptions } from "../../db/schema/tenant/push";
import { vnToday } from "../../domain/time";
import { fromBase64url } from "../../lib/web-push";
import type { Bindings } from "../../env";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { forbidden, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { pushConfigured } from "../../platform/outbox";
import { matching } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { endpointUrlProblem } from "../../platform/url-safety";
import { formatIsoDate } from "../../ui/format";
import type { PushDeviceOut, PushDevicesOut, SubscribeInput } from "./push.inputs";

/** Devices one account may register (a phone, a tablet, a computer or two). */
export const MAX_DEVICES = 10;

export type SubscriptionRow = typeof pushSubscriptions.$inferSelect;

/** What the verbs need of the Worker: whether push is on, its public key, and whether this is `npm start`. */
export interface PushSettings {
  enabled: boolean;
  publicKey: string | null;
  local: boolean;
}

export function pushSettings(
  env: Pick<Bindings, "VAPID_PUBLIC_KEY" | "VAPID_PRIVATE_KEY" | "VAPID_SUBJECT" | "DEMO_SEED">,
): PushSettings {
  const enabled = pushConfigured(env);
  return { enabled, publicKey: enabled ? env.VAPID_PUBLIC_KEY!.trim() : null, local: !!env.DEMO_SEED };
}

/** The browser's key is a point on P-256 (else every push to it would fail). */
async function isP256Key(p256dh: string): Promise<boolean> {
  const ec = { name: "ECDH", namedCurve: "P-256" };
  return crypto.subtle.importKey("raw", fromBase64url(p256dh), ec, false, []).then(
    () => true,
    () => false,
  );
}

function requirePerson(ctx: Ctx) {
  requireRole(ctx, "admin", "secretary", "member");
  if (ctx.actor.apiKey) throw forbidden("Khóa API không đăng ký được thiết bị nhận thông báo.");
}

/** Whom the actor's notifications are addressed to (as the notification centre reads them). */
const recipientOf = (ctx: Ctx) => ctx.actor.memberId ?? ctx.actor.accountId;

const toOut = (r: SubscriptionRow): PushDeviceOut => ({
  id: r.id,
  label: r.label,
  pushService: new URL(r.endpoint).host,
  createdAt: r.createdAt,
});

export async function listMyDevices(ctx: Ctx, s: PushSettings): Promise<PushDevicesOut> {
  requirePerson(ctx);
  const rows = await ctx.db
    .select()
    .from(pushSubscriptions)
    .where(matching(ctx, pushSubscriptions, { accountId: ctx.actor.accountId }))
    .orderBy(asc(pushSubscriptions.createdAt))
    .limit(MAX_DEVICES);
  return { enabled: s.enabled, publicKey: s.publicKey, items: rows.map(toOut) };
}

/**
 * Registers the browser's subscription for the actor; the same endpoint again updates it (and moves it
 * to this account when someone else signed in on that device before).
 */
export async function subscribeDevice(
  ctx: Ctx,
  input: SubscribeInput,
  s: PushSettings,
): Promise<PushDeviceOut> {
  requirePerson(ctx);
  requireWritable(ctx);
  if (!s.enabled) throw invalid({}, "Hệ thống chưa được cấu hình để gửi thông báo tới điện thoại.");
  const problem = endpointUrlProblem(input.endpoint, s.local, "thông báo");
  if (problem) throw invalid({ endpoint: problem });
  if (!(await isP256Key(input.keys.p256dh)))
    throw invalid({ "keys.p256dh": "Khóa p256dh không phải khóa công khai P-256 hợp lệ." });
  const [others] = await ctx.db
    .select({ n: count() })
    .from(pushSubscriptions)
    .where(
      matching(
        ctx,
        pushSubscriptions,
        { accountId: ctx.actor.accountId },
        ne(pushSubscriptions.endpoint, input.endpoint),
      ),
    );
  if ((others?.n ?? 0) >= MAX_DEVICES)
    throw invalid({
      endpoint: `Đồng chí đã đăng ký ${MAX_DEVICES} thiết bị; hãy gỡ bớt thiết bị không còn dùng.`,
    });
  const row: SubscriptionRow = {
    id: newId(),
    tenantId: ctx.tenant.id,
    accountId: ctx.actor.accountId,
    recipientId: recipientOf(ctx),
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh.replace(/=+$/, ""),
    auth: input.keys.auth.replace(/=+$/, ""),
    label: input.label ?? `Thiết bị đăng ký ngày ${formatIsoDate(vnToday(ctx.now))}`,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const { id: _id, tenantId: _t, endpoint: _e, createdAt: _c, ...update } = row;
  const [saved] = await ctx.db.batch([
    ctx.db
      .insert(pushSubscriptions)
      .values(row)
      .onConflictDoUpdate({ target: [pushSubscriptions.tenantId, pushSubscriptions.endpoint], set: update })
      .returning(),
    auditInsert(ctx, {
      action: "push.subscribe",
      entityType: "account",
      entityId: ctx.actor.accountId,
      after: { label: row.label, pushService: new URL(row.endpoint).host },
    }),
  ]);
  return toOut(saved[0]!);
}

/** Removes one of the actor's devices; another person's device is 404 like a missing one. */
export async function removeDevice(ctx: Ctx, id: string): Promise<void> {
  requirePerson(ctx);
  requireWritable(ctx);
  const mine = matching(ctx, pushSubscriptions, { id, accountId: ctx.actor.accountId });
  const found = await ctx.db
    .select({ id: pushSubscriptions.id })
    .from(pushSubscriptions)
    .where(mine)
    .limit(1);
  if (!found[0]) throw notFound("Không tìm thấy thiết bị này.");
  await writeBatch(ctx.db, [
    ctx.db.delete(pushSubscriptions).where(mine),
    guardChanged(ctx.db),
    auditInsert(ctx, {
      action: "push.unsubscribe",
      entityType: "account",
      entityId: ctx.actor.accountId,
      after: { id },
    }),
  ]);
}
