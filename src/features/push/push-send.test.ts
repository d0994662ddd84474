// A reminder reaches the member's phone: the secretary's "remind" (and the Cron's) wakes the push
// dispatcher, which queues one push per device; the push request carries a VAPID JWT that verifies and a
// body the reference decoder (http_ece) decrypts to the reminder. 404/410 prune the device; 5xx retries.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications } from "../../db/schema/tenant/notifications";
import { pushSubscriptions } from "../../db/schema/tenant/push";
import { vnYear } from "../../domain/time";
import { importVapidKeys } from "../../lib/web-push";
import { PUSH_JOB } from "../../platform/outbox";
import { runScheduled } from "../../platform/scheduled";
import { call, dbOf, json, makeTenant } from "../../../test/harness";
import { ON_TIME, makePerson, schoolInCycle, secretaryOf } from "../../../test/plans-kit";
import { phone, pushOnEnv, pushService, verifyVapid } from "../../../test/push-kit";
import { memoryQueue } from "../../../test/queue-kit";
import { type PushMessage, RETRY_DELAYS_S, SEND_JOB, dispatchPush, sendPush } from "./push-send.service";

const Y = vnYear(Date.now());
const DAY = 86_400_000;

async function world(cycle: Record<string, unknown> = ON_TIME, leader = false) {
  const on = await pushOnEnv();
  const t = await makeTenant();
  const s = await schoolInCycle(t, cycle);
  const member = await makePerson(t, s.cell2, leader);
  const p = phone();
  const device = await json<{ id: string }>(
    await call("POST", "/api/v1/push/subscriptions", {
      cookie: member.cookie,
      json: p.subscription,
      env: on.env,
    }),
    201,
  );
  const vapid = await importVapidKeys(
    on.env.VAPID_PUBLIC_KEY!,
    on.env.VAPID_PRIVATE_KEY!,
    on.env.VAPID_SUBJECT!,
  );
  return { ...on, t, s, member, phone: p, device, vapid };
}

type World = Awaited<ReturnType<typeof world>>;

/** Runs the dispatcher, then each queued push once through `service`; the messages it sent. */
async function deliver(w: World, service: ReturnType<typeof pushService>) {
  const q = memoryQueue();
  await dispatchPush(w.t.ctx(), q);
  const outcomes = [];
  for (const m of q.sent.splice(0))
    outcomes.push(
      await sendPush(w.t.ctx(), m.body as PushMessage, { queue: q, vapid: w.vapid, fetch: service.fetcher }),
    );
  return { outcomes, retries: q.sent };
}

const devicesOf = (w: World) =>
  dbOf(w.t).select().from(pushSubscriptions).where(eq(pushSubscriptions.tenantId, w.t.info.id));

describe("Web Push delivery", () => {
  it("a secretary's reminder reaches the phone: VAPID verifies, the reference decoder reads the reminder", async () => {
    const w = await world();
    const sec = await secretaryOf(w.t, w.s.school);
    const remind = { year: Y, memberIds: [w.member.memberId] };
    const res = await call("POST", "/api/v1/plans/remind", { cookie: sec.cookie, json: remind, env: w.env });
    expect((await json<{ sent: number }>(res)).sent).toBe(1);
    // The request woke the dispatcher on the queue, with no extra D1 round trip.
    expect(w.jobs.sent.map((m) => m.body)).toEqual([{ kind: PUSH_JOB, tenantId: w.t.info.id }]);

    const service = pushService();
    const { outcomes } = await deliver(w, service);
    expect(outcomes).toEqual(["sent"]);
    const [req] = service.got;
    expect(req!.url).toBe(w.phone.subscription.endpoint);
    expect(req!.headers).toMatchObject({
      "Content-Encoding": "aes128gcm",
      "Content-Type": "application/octet-stream",
      Urgency: "high",
    });
    expect(Number(req!.headers.TTL)).toBeGreaterThan(23 * 3600);
    const claims = await verifyVapid(req!.headers.Authorization!);
    expect(claims).toMatchObject({
      aud: "https://push.example.net",
      sub: "mailto:quantri@tinhuy.example.vn",
    });
    expect(claims.k).toBe(w.env.VAPID_PUBLIC_KEY);
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());

    const shown = JSON.parse(w.phone.read(req!.body));
    expect(shown).toEqual({
      title: `Nhắc nộp kế hoạch năm ${Y}`,
      body: `Đồng chí chưa nộp kế hoạch năm ${Y}. Hạn nộp của nhóm 2: 15/03/${Y + 1}.`,
      url: `/t/${w.t.info.slug}/my-plan?year=${Y}`,
    });
    // The in-app notification says the same; each notification is pushed once.
    const [note] = await dbOf(w.t)
      .select()
      .from(notifications)
      .where(eq(notifications.memberId, w.member.memberId));
    expect([note!.title, note!.body, note!.pushPending]).toEqual([shown.title, shown.body, 0]);
    expect((await deliver(w, service)).outcomes).toEqual([]);
  });

  it("the Cron's reminders wake the dispatcher too, and reach every device of the member", async () => {
    const iso = new Date(Date.now() + 3 * DAY + 7 * 3600_000).toISOString().slice(0, 10);
    const w = await world({ exemplarDeadline: iso, followerDeadline: `${Y + 1}-03-15` }, true);
    const second = phone("https://updates.push.services.mozilla.com/wpush/v2/may-tinh");
    await json(
      await call("POST", "/api/v1/push/subscriptions", {
        cookie: w.member.cookie,
        json: second.subscription,
        env: w.env,
      }),
      201,
    );
    const mine = (await runScheduled(w.env)).filter((e) => e.includes(w.t.info.slug));
    expect(mine).toEqual([]);
    expect(w.jobs.sent.map((m) => m.body)).toContainEqual({ kind: PUSH_JOB, tenantId: w.t.info.id });
    // The Cron's own pass (push-sweep) may have queued the pushes already; the dispatcher queues the rest.
    const q = memoryQueue();
    await dispatchPush(w.t.ctx(), q);
    const sends = [...w.jobs.sent, ...q.sent].filter(
      (m) => m.body.kind === SEND_JOB && m.body.tenantId === w.t.info.id,
    );
    expect(sends).toHaveLength(2);
    const service = pushService();
    const deps = { queue: q, vapid: w.vapid, fetch: service.fetcher };
    for (const m of sends) expect(await sendPush(w.t.ctx(), m.body as PushMessage, deps)).toBe("sent");
    const byUrl = Object.fromEntries(service.got.map((r) => [r.url, r.body]));
    const title = `Còn 3 ngày đến hạn nộp kế hoạch năm ${Y}`;
    expect(JSON.parse(w.phone.read(byUrl[w.phone.subscription.endpoint]!)).title).toBe(title);
    expect(JSON.parse(second.read(byUrl[second.subscription.endpoint]!)).title).toBe(title);
  });

  it("410 from the push service prunes the device; 5xx is tried again with growing delays, then given up", async () => {
    const w = await world();
    const sec = await secretaryOf(w.t, w.s.school);
    const remind = { year: Y, memberIds: [w.member.memberId] };
    await json(await call("POST", "/api/v1/plans/remind", { cookie: sec.cookie, json: remind, env: w.env }));
    const q = memoryQueue();
    await dispatchPush(w.t.ctx(), q);
    const msg = q.sent[0]!.body as PushMessage;
    q.sent.length = 0;

    const busy = pushService([503, 503, 503, 503, 503]);
    const deps = { queue: q, vapid: w.vapid, fetch: busy.fetcher };
    let m = msg;
    const outcomes = [];
    for (let i = 0; i <= RETRY_DELAYS_S.length; i++) {
      outcomes.push(await sendPush(w.t.ctx(), m, deps));
      const next = q.sent.shift();
      if (next) {
        expect(next.delaySeconds).toBe(RETRY_DELAYS_S[i]);
        m = next.body as PushMessage;
      }
    }
    expect(outcomes).toEqual(["retry", "retry", "retry", "retry", "dropped"]);
    expect(busy.got).toHaveLength(5);
    expect(await devicesOf(w)).toHaveLength(1);

    const gone = pushService([410]);
    expect(await sendPush(w.t.ctx(), msg, { ...deps, fetch: gone.fetcher })).toBe("pruned");
    expect(await devicesOf(w)).toEqual([]);
    // A message for the pruned device sends nothing more.
    expect(await sendPush(w.t.ctx(), msg, { ...deps, fetch: gone.fetcher })).toBe("dropped");
    expect(gone.got).toHaveLength(1);
    const list = await json<{ items: unknown[] }>(
      await call("GET", "/api/v1/push/subscriptions", { cookie: w.member.cookie, env: w.env }),
    );
    expect(list.items).toEqual([]);
  });

  it("a notification older than the push TTL is not pushed; with push off the Cron clears the marks", async () => {
    const w = await world();
    const sec = await secretaryOf(w.t, w.s.school);
    const remind = { year: Y, memberIds: [w.member.memberId] };
    await json(await call("POST", "/api/v1/plans/remind", { cookie: sec.cookie, json: remind, env: w.env }));
    const late = { ...w.t.ctx(), now: Date.now() + 2 * DAY };
    const q = memoryQueue();
    expect(await dispatchPush(late, q)).toBe(0);
    expect(q.sent).toEqual([]);
    // Push off (the test environment has no VAPID keys): the reminder is in the app only, and the Cron
    // clears its mark rather than let the marks pile up.
    const other = await makePerson(w.t, w.s.cell2, false);
    await json(
      await call("POST", "/api/v1/plans/remind", {
        cookie: sec.cookie,
        json: { year: Y, memberIds: [other.memberId] },
      }),
    );
    const pending = async () =>
      (await dbOf(w.t).select().from(notifications).where(eq(notifications.tenantId, w.t.info.id))).filter(
        (n) => n.pushPending === 1,
      );
    expect((await pending()).map((n) => n.memberId)).toEqual([other.memberId]);
    await runScheduled({
      ...w.env,
      VAPID_PRIVATE_KEY: undefined,
      JOBS: memoryQueue(),
    } as unknown as typeof w.env);
    expect(await pending()).toEqual([]);
  });
});
