import { type SQL, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { notifications } from "../../db/schema/tenant/notifications";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { insertMany } from "../../platform/insert-many";
import type { MarkReadInput, NotificationListOut, NotificationOut } from "./notifications.inputs";

export type NotificationRow = typeof notifications.$inferSelect;

export interface NewNotification {
  memberId: string;
  kind: string;
  title: string;
  body: string;
  /** Path under /t/{slug}. */
  link?: string | null;
  /** Same key twice → the second is ignored (idempotent reminders). */
  dedupeKey?: string | null;
}

const senderLabel = (ctx: Ctx) => (ctx.actor.accountId === "system" ? "Hệ thống" : ctx.actor.displayName);

/** Every new notification also goes to the recipient's phones: the request wakes the push dispatcher. */
function willPush(ctx: Ctx) {
  if (ctx.outbox) ctx.outbox.push = true;
}

/** One statement inserting notifications (duplicates by dedupe key ignored): put it in the write batch. */
export function notifyStatement(ctx: Ctx, list: NewNotification[]) {
  const label = senderLabel(ctx);
  const stmt = insertMany(
    ctx.db,
    notifications,
    list.map((n) => ({
      id: newId(),
      tenantId: ctx.tenant.id,
      memberId: n.memberId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link ?? null,
      dedupeKey: n.dedupeKey ?? null,
      createdAt: ctx.now,
      createdByLabel: label,
      readAt: null,
      pushPending: 1,
    })),
  );
  if (stmt) willPush(ctx);
  return stmt ? stmt.onConflictDoNothing() : null;
}

/** Notifications for every row a query finds (reminders to everyone pending): its SQL per column. */
export interface NotifyFromRows {
  memberId: SQL;
  kind: string;
  title: string;
  body: SQL;
  link: string;
  dedupeKey: SQL;
  /** `FROM … WHERE …` of the rows, tenant-scoped by the caller. */
  from: SQL;
}

/** One INSERT … SELECT of notifications (duplicates by dedupe key ignored): put it in the write batch. */
export function notifyRowsStatement(ctx: Ctx, n: NotifyFromRows) {
  willPush(ctx);
  return ctx.db
    .insert(notifications)
    .select(
      sql`SELECT lower(hex(randomblob(8))), ${ctx.tenant.id}, ${n.memberId}, ${n.kind}, ${n.title}, ${n.body},
        ${n.link}, ${n.dedupeKey}, ${ctx.now}, ${senderLabel(ctx)}, NULL, 1 ${n.from}`,
    )
    .onConflictDoNothing();
}

export function toNotificationOut(n: NotificationRow): NotificationOut {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt,
    createdByLabel: n.createdByLabel,
    read: n.readAt !== null,
  };
}

/**
 * The actor's own notifications: a member's, or those addressed to the account itself when it has no
 * member record (an admin told that a webhook was disabled). Ids are unique across both.
 */
function mine(ctx: Ctx, ...conds: (SQL | undefined)[]) {
  const to = ctx.actor.memberId ?? ctx.actor.accountId;
  return scoped(ctx, notifications.tenantId, eq(notifications.memberId, to), ...conds);
}

/** The actor's latest notifications and unread count: two batchable reads (home page, centre). */
export function myNotificationsQueries(ctx: Ctx, limit: number, cursor?: string) {
  const [at, id] = cursor ? cursor.split(".") : [];
  return [
    ctx.db
      .select()
      .from(notifications)
      .where(
        mine(
          ctx,
          at && id
            ? sql`(${notifications.createdAt}, ${notifications.id}) < (${Number(at)}, ${id})`
            : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit + 1),
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(notifications)
      .where(mine(ctx, isNull(notifications.readAt))),
  ] as const;
}

export function finishMyNotifications(
  rows: NotificationRow[],
  unread: { n: number }[],
  limit: number,
): NotificationListOut {
  const page = rows.slice(0, limit);
  return {
    items: page.map(toNotificationOut),
    unread: unread[0]?.n ?? 0,
    nextCursor: rows.length > limit && page.length ? `${page.at(-1)!.createdAt}.${page.at(-1)!.id}` : null,
  };
}

export async function listMyNotifications(
  ctx: Ctx,
  q: { cursor?: string | undefined; limit?: number | undefined },
): Promise<NotificationListOut> {
  requireRole(ctx, "admin", "secretary", "member");
  const limit = q.limit ?? 30;
  const [rows, unread] = await ctx.db.batch(myNotificationsQueries(ctx, limit, q.cursor));
  return finishMyNotifications(rows, unread, limit);
}

/** Marks the actor's notifications read: the given ones, or all. */
export async function markNotificationsRead(ctx: Ctx, input: MarkReadInput): Promise<void> {
  requireRole(ctx, "admin", "secretary", "member");
  requireWritable(ctx);
  const unread = mine(
    ctx,
    isNull(notifications.readAt),
    input.ids ? inArray(notifications.id, input.ids) : undefined,
  );
  await writeBatch(ctx.db, [
    ctx.db.update(notifications).set({ readAt: ctx.now }).where(unread),
    auditInsert(ctx, {
      action: "notification.read",
      entityType: "member",
      entityId: ctx.actor.memberId || ctx.actor.accountId,
      after: { ids: input.ids ?? "all" },
    }),
  ]);
}
