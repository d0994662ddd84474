import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import worker from "../..";
import type { Bindings } from "../../env";
import type { Ctx } from "../../platform/context";
import type { JobMessage } from "../../platform/queue";
import { OUTBOX_JOB } from "../../platform/outbox";
import { secretBox } from "../../platform/secret-box";
import { E, ORIGIN, call, cookieFor, json, makeTenant } from "../../../test/harness";
import { memoryQueue } from "../../../test/queue-kit";
import { planWorld, submitPlan } from "../../../test/plans-kit";
import { createUnit } from "../orgs";
import { type AttemptDeps, attemptDelivery, listDeliveries } from "./webhooks-attempt.service";
import { DELIVER_JOB, dispatchEvents, replayDelivery, replayRange } from "./webhooks-dispatch.service";
import { FAILING_DISABLE_MS, RETRY_DELAYS_S } from "./webhooks-sign.rules";
import type { EventPageOut } from "./webhooks-feed.inputs";
import { createEndpoint, getEndpoint, webhookEnv } from "./webhooks.service";

const URL = "https://nhan.tinh.example/webhooks";

/** A receiver answering the statuses given in turn (then 200), recording each request. */
function receiver(statuses: number[] = []) {
  const got: { url: string; headers: Record<string, string>; body: string }[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    got.push({ url, headers: init.headers as Record<string, string>, body: String(init.body) });
    const status = statuses.shift() ?? 200;
    return new Response(status === 200 ? "đã nhận" : "lỗi máy nhận", { status });
  }) as unknown as typeof fetch;
  return { got, fetcher };
}

const deps = (q: ReturnType<typeof memoryQueue>, fetcher: typeof fetch): AttemptDeps => ({
  queue: q,
  box: secretBox(E),
  fetch: fetcher,
});

/** Runs the queued delivery messages once each (the first message of each delivery id). */
async function runDeliveries(ctx: Ctx, q: ReturnType<typeof memoryQueue>, fetcher: typeof fetch) {
  const ids = [
    ...new Set(q.sent.filter((m) => m.body.kind === DELIVER_JOB).map((m) => String(m.body.deliveryId))),
  ];
  q.sent.length = 0;
  for (const id of ids) await attemptDelivery(ctx, id, deps(q, fetcher));
  return ids;
}

describe("webhook delivery", () => {
  it("a submitted plan reaches a registered receiver signed as Standard Webhooks, and the request woke the dispatcher", async () => {
    const w = await planWorld();
    const admin = w.t.ctx();
    const made = await createEndpoint(admin, { url: URL, eventTypes: ["plan.submitted"] }, webhookEnv(E));
    // The member's submit, through the Worker with a JOBS that keeps its messages.
    const jobs = memoryQueue();
    const env = { ...E, JOBS: jobs } as unknown as Bindings;
    const ids = (await (await call("GET", "/api/v1/plans/mine", { cookie: w.leader.cookie })).json()) as {
      criteria: { criterionVersionId: string }[];
    };
    const send = async (path: string, body: unknown) => {
      const ctx = createExecutionContext();
      const req = new Request(`${ORIGIN}${path}`, {
        method: path.endsWith("submit") ? "POST" : "PUT",
        headers: { cookie: w.leader.cookie, origin: ORIGIN, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const res = await worker.fetch(req, env, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    };
    const items = ids.criteria.slice(0, 4).map((c, i) => ({
      criterionVersionId: c.criterionVersionId,
      commitment: `Cam kết số ${i + 1}: thực hiện nghiêm túc`,
      measure: "Hoàn thành đúng hạn",
      dueDate: `${new Date().getUTCFullYear()}-12-15`,
    }));
    const saved = await json<{ version: number }>(
      await send("/api/v1/plans/mine", { registration: "Đăng ký", items }),
    );
    expect(jobs.sent.map((m) => m.body.kind)).toEqual([]); // a save makes no event
    const plan = await json<{ id: string }>(
      await send("/api/v1/plans/mine/submit", { version: saved.version }),
    );
    expect(jobs.sent.map((m) => m.body)).toEqual([{ kind: OUTBOX_JOB, tenantId: w.t.info.id }]);

    const q = memoryQueue();
    expect(await dispatchEvents(admin, q)).toBe(1);
    expect(await dispatchEvents(admin, q)).toBe(0); // each event is fanned out once
    const r = receiver();
    await runDeliveries(admin, q, r.fetcher);
    expect(r.got).toHaveLength(1);
    const { url, headers, body } = r.got[0]!;
    expect(url).toBe(URL);
    const verified = new Webhook(made.secret).verify(body, headers) as {
      type: string;
      resource: { id: string };
    };
    expect(verified).toMatchObject({ type: "plan.submitted", resource: { type: "plan", id: plan.id } });
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    // The same event is in the feed, with the same id as the webhook-id.
    const feed = await json<EventPageOut>(
      await call("GET", "/api/v1/events?types=plan.submitted", { cookie: await cookieFor(w.t, w.t.adminId) }),
    );
    expect(feed.items.map((e) => e.id)).toEqual([headers["webhook-id"]]);
    expect(() => new Webhook(made.secret).verify(`${body} `, headers)).toThrow();
  });

  it("a receiver failing twice then answering 200: one success, three attempts in the log, retries after 5 s then 30 s", async () => {
    const t = await makeTenant();
    const ctx = t.ctx();
    const made = await createEndpoint(ctx, { url: URL }, webhookEnv(E));
    const unitCtx = { ...ctx, now: ctx.now + 1 };
    const q = memoryQueue();
    await createUnit(unitCtx, { parentId: t.rootId, kind: "district", code: "WHD1", name: "Huyện nhận tin" });
    expect(await dispatchEvents(unitCtx, q)).toBe(1);
    const [id] = q.sent.map((m) => String(m.body.deliveryId));
    const r = receiver([500, 503]);
    await attemptDelivery(unitCtx, id!, deps(q, r.fetcher));
    expect(q.sent.at(-1)).toEqual({
      body: { kind: DELIVER_JOB, tenantId: t.info.id, deliveryId: id },
      delaySeconds: 5,
    });
    await attemptDelivery({ ...unitCtx, now: unitCtx.now + 5_000 }, id!, deps(q, r.fetcher));
    expect(q.sent.at(-1)!.delaySeconds).toBe(30);
    await attemptDelivery({ ...unitCtx, now: unitCtx.now + 35_000 }, id!, deps(q, r.fetcher));
    // A duplicate message after success sends nothing more.
    await attemptDelivery({ ...unitCtx, now: unitCtx.now + 36_000 }, id!, deps(q, r.fetcher));
    expect(r.got).toHaveLength(3);
    const log = await listDeliveries(ctx, made.id, {});
    expect(log.items).toHaveLength(1);
    const d = log.items[0]!;
    expect([d.status, d.attempts, d.lastStatusCode]).toEqual(["succeeded", 3, 200]);
    expect(d.log.map((a) => a.statusCode)).toEqual([500, 503, 200]);
    expect(d.log[0]!.responseExcerpt).toBe("lỗi máy nhận");
    expect(d.log.every((a) => a.latencyMs >= 0 && a.error === null)).toBe(true);
    expect((await getEndpoint(ctx, made.id)).failingSince).toBeNull();
    // Replaying the delivery sends the same event again under the same webhook-id.
    const again = await replayDelivery(ctx, made.id, d.id, q);
    expect([again.replayOf, again.eventId, again.status]).toEqual([d.id, d.eventId, "pending"]);
    await runDeliveries(ctx, q, r.fetcher);
    expect(r.got.at(-1)!.headers["webhook-id"]).toBe(r.got[0]!.headers["webhook-id"]);
  });

  it("the retry schedule ends about a day after the first try, each delay within the queue's 12 h", () => {
    expect(RETRY_DELAYS_S[0]).toBe(5);
    expect(Math.max(...RETRY_DELAYS_S)).toBeLessThanOrEqual(12 * 3600);
    const total = RETRY_DELAYS_S.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(22 * 3600);
    expect(total).toBeLessThan(26 * 3600);
  });

  it("an endpoint failing for 5 days is disabled and the admins are told in the app; timeouts are logged", async () => {
    const t = await makeTenant();
    const ctx = t.ctx();
    const made = await createEndpoint(ctx, { url: URL }, webhookEnv(E));
    const later = { ...ctx, now: ctx.now + 1 };
    await createUnit(later, { parentId: t.rootId, kind: "district", code: "WHD2", name: "Huyện lỗi" });
    const q = memoryQueue();
    await dispatchEvents(later, q);
    const id = String(q.sent[0]!.body.deliveryId);
    const down = (async () => {
      throw new DOMException("The operation timed out.", "TimeoutError");
    }) as unknown as typeof fetch;
    await attemptDelivery(later, id, deps(q, down));
    const failing = await getEndpoint(ctx, made.id);
    expect(failing.failingSince).toBe(new Date(later.now).toISOString());
    const log = await listDeliveries(ctx, made.id, {});
    expect(log.items[0]!.log[0]).toMatchObject({ statusCode: null, error: "Hết thời gian chờ (10 giây)." });
    await attemptDelivery({ ...later, now: later.now + FAILING_DISABLE_MS }, id, deps(q, down));
    const off = await getEndpoint(ctx, made.id);
    expect([off.status, off.disabledReason]).toEqual(["disabled", "failing"]);
    const notes = await json<{ items: { title: string; link: string }[] }>(
      await call("GET", "/api/v1/notifications", { cookie: await cookieFor(t, t.adminId) }),
    );
    expect(notes.items.map((n) => [n.title, n.link])).toEqual([
      ["Webhook đã tự tắt", `/admin/webhooks/${made.id}`],
    ]);
    // Nothing more goes to a disabled endpoint: the pending retry is cancelled.
    const r = receiver();
    await attemptDelivery({ ...later, now: later.now + FAILING_DISABLE_MS + 60_000 }, id, deps(q, r.fetcher));
    expect(r.got).toHaveLength(0);
    expect((await listDeliveries(ctx, made.id, {})).items[0]!.status).toBe("cancelled");
  });

  it("tenant A's events never reach tenant B's endpoints", async () => {
    const a = await planWorld();
    const b = await makeTenant();
    const bq = memoryQueue();
    const bEndpoint = await createEndpoint(b.ctx(), { url: URL }, webhookEnv(E));
    await submitPlan(a.leader.cookie);
    const aq = memoryQueue();
    await dispatchEvents(a.t.ctx(), aq);
    expect(await dispatchEvents(b.ctx(), bq)).toBe(0);
    expect((await listDeliveries(b.ctx(), bEndpoint.id, {})).items).toEqual([]);
    await replayRange(
      b.ctx(),
      bEndpoint.id,
      { from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z" },
      bq,
    );
    expect(bq.sent).toEqual([]);
  });
});
