// Reminders: "remind" one person or everyone pending, and the Cron job N days before each
// deadline — idempotent, one stage a day, only to members whose plan is not in.
import { vnYear } from "../../domain/time";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications } from "../../db/schema/tenant/notifications";
import { runScheduled } from "../../platform/scheduled";
import { accounts } from "../../db/schema/tenant/core";
import { E, call, cookieFor, d1Calls, dbOf, expectStatus, json, makeTenant } from "../../../test/harness";
import { itemsFor, makePerson, planVerb, schoolInCycle, secretaryOf } from "../../../test/plans-kit";

import type { MemberPlanOut, PlanOut } from "./plans.outputs";
import { planRemindersJob, sendScheduledReminders } from "./plans-remind.service";

type RemindResult = {
  sent: number;
  alreadyToday: number;
  lastRemindedAt: string | null;
  withoutAccount: number;
};

const Y = vnYear(Date.now());
const DAY = 86_400_000;

async function world(deadlines: { exemplarDeadline: string; followerDeadline: string }) {
  const t = await makeTenant();
  const s = await schoolInCycle(t, deadlines);
  const done = await makePerson(t, s.cell1, true);
  const pendingLeader = await makePerson(t, s.cell1, true);
  const pendingFollower = await makePerson(t, s.cell2, false);
  const v = await json<MemberPlanOut>(await call("GET", "/api/v1/plans/mine", { cookie: done.cookie }));
  const p = await json<PlanOut>(
    await call("PUT", "/api/v1/plans/mine", {
      cookie: done.cookie,
      json: {
        registration: "x",
        items: itemsFor(
          v.criteria.map((c) => c.criterionVersionId),
          Y,
        ),
      },
    }),
  );
  await json(await planVerb("/api/v1/plans/mine/submit", done.cookie, p.version));
  return { t, s, done, pendingLeader, pendingFollower };
}

const notesOf = async (t: Awaited<ReturnType<typeof world>>["t"], memberId: string) =>
  dbOf(t).select().from(notifications).where(eq(notifications.memberId, memberId));

describe("remind", () => {
  it("one person or everyone pending in a unit, in one batch; at most once a day each", async () => {
    const w = await world({ exemplarDeadline: `${Y + 1}-03-01`, followerDeadline: `${Y + 1}-03-15` });
    const sec = await secretaryOf(w.t, w.s.school);
    const one = await call("POST", "/api/v1/plans/remind", {
      cookie: sec.cookie,
      json: { year: Y, memberIds: [w.pendingLeader.memberId] },
    });
    expect(await json<RemindResult>(one)).toEqual({
      sent: 1,
      alreadyToday: 0,
      lastRemindedAt: null,
      withoutAccount: 0,
    });
    expect(d1Calls(one)).toBeLessThanOrEqual(3);
    // Someone whose account was never activated cannot read a reminder: counted apart, not notified.
    const inactive = await makePerson(w.t, w.s.cell2, false);
    await dbOf(w.t).update(accounts).set({ passwordHash: null }).where(eq(accounts.id, inactive.account.id));
    const remindAll = () =>
      call("POST", "/api/v1/plans/remind", { cookie: sec.cookie, json: { year: Y, unitId: w.s.school.id } });
    const all = await json<RemindResult>(await remindAll());
    // The follower; the leader was reminded today already (and when), the other one submitted.
    expect([all.sent, all.alreadyToday, all.withoutAccount]).toEqual([1, 1, 1]);
    expect(Date.parse(all.lastRemindedAt!)).toBeGreaterThan(Date.now() - 600_000);
    expect(await notesOf(w.t, w.done.memberId)).toHaveLength(0);
    expect(await notesOf(w.t, inactive.memberId)).toHaveLength(0);
    // Again the same day: 0, and the page says why.
    expect(await json<RemindResult>(await remindAll())).toMatchObject({
      sent: 0,
      alreadyToday: 2,
      withoutAccount: 1,
    });
    const page = await call("POST", `/t/${w.t.info.slug}/plans/remind`, {
      cookie: sec.cookie,
      form: { year: String(Y), unitId: w.s.school.id },
    });
    const told = await expectStatus(
      await call("GET", page.headers.get("location")!, { cookie: sec.cookie }),
      200,
    );
    expect(told).toContain("Đã nhắc 0 đồng chí có tài khoản; 1 đồng chí chưa có tài khoản");
    expect(told).toMatch(/2 đồng chí đã được nhắc hôm nay lúc \d\d:\d\d/);
    // Another tenant's unit, or a cell outside a secretary's subtree: 404.
    const other = await makeTenant();
    await json(
      await call("POST", "/api/v1/plans/remind", {
        cookie: sec.cookie,
        json: { year: Y, unitId: other.rootId },
      }),
      404,
    );
    const cellSec = await secretaryOf(w.t, w.s.cell1);
    await json(
      await call("POST", "/api/v1/plans/remind", {
        cookie: cellSec.cookie,
        json: { year: Y, unitId: w.s.cell2.id },
      }),
      404,
    );
    await json(await call("POST", "/api/v1/plans/remind", { cookie: sec.cookie, json: { year: Y } }), 400);
    await json(
      await call("POST", "/api/v1/plans/remind", {
        cookie: w.pendingLeader.cookie,
        json: { year: Y, unitId: w.s.school.id },
      }),
      403,
    );

    // The member sees it on the home page (≤ 2 round trips) and in the centre, and marks it read.
    const home = `/t/${w.t.info.slug}/`;
    await call("GET", home, { cookie: w.pendingFollower.cookie });
    const res = await call("GET", home, { cookie: w.pendingFollower.cookie });
    const html = await res.text();
    expect(html).toContain("Nhắc nộp kế hoạch năm");
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    const list = await json<{ unread: number }>(
      await call("GET", "/api/v1/notifications", { cookie: w.pendingFollower.cookie }),
    );
    expect(list.unread).toBe(1);
    const read = await call("POST", `/t/${w.t.info.slug}/notifications/read`, {
      cookie: w.pendingFollower.cookie,
      form: {},
    });
    expect(read.status).toBe(303);
    const after = await json<{ unread: number }>(
      await call("GET", "/api/v1/notifications", { cookie: w.pendingFollower.cookie }),
    );
    expect(after.unread).toBe(0);
  });
});

describe("scheduled reminders", () => {
  it("go out N days before each deadline, once per stage, only to the pending group", async () => {
    const deadline = Date.now() + 3 * DAY;
    const iso = new Date(deadline + 7 * 3600_000).toISOString().slice(0, 10);
    const w = await world({ exemplarDeadline: iso, followerDeadline: `${Y + 1}-03-15` });
    const ctx = w.t.ctx();
    expect(await sendScheduledReminders(ctx)).toBe(1);
    expect(await sendScheduledReminders(ctx)).toBe(0);
    await planRemindersJob.run(ctx, E);
    const leaderNotes = await notesOf(w.t, w.pendingLeader.memberId);
    expect(leaderNotes.map((n) => n.title)).toEqual([`Còn 3 ngày đến hạn nộp kế hoạch năm ${Y}`]);
    expect(await notesOf(w.t, w.pendingFollower.memberId)).toHaveLength(0);
    expect(await notesOf(w.t, w.done.memberId)).toHaveLength(0);
    // Two days later: the 1-day stage is new; the Cron entry point runs it for every live tenant.
    const mine = (errors: string[]) => errors.filter((e) => e.includes(planRemindersJob.name));
    expect(mine(await runScheduled(E, Date.now() + 2 * DAY))).toEqual([]);
    expect(mine(await runScheduled(E, Date.now() + 2 * DAY))).toEqual([]);
    const later = await notesOf(w.t, w.pendingLeader.memberId);
    expect(later.map((n) => n.dedupeKey?.split(":")[3])).toEqual(["d3", "d1"]);
    const cookie = await cookieFor(w.t, w.pendingLeader.account.id);
    const page = await call("GET", `/t/${w.t.info.slug}/notifications`, { cookie });
    expect(await page.text()).toContain("Còn 1 ngày đến hạn");
  });
});
