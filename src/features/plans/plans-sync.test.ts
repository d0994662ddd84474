import { describe, expect, it } from "vitest";
import { adminCookie } from "../../../test/world";
import { planVerb, planWorld, submitPlan } from "../../../test/plans-kit";
import { expectBadSince, pageThrough, since } from "../../../test/sync-kit";
import type { QueueItemOut } from "./plans.outputs";

describe("plans changed since an instant (incremental sync)", () => {
  it("every status, by (updatedAt, id); a plan confirmed while paging comes again at the end", async () => {
    const w = await planWorld();
    const from = Date.now();
    for (const p of [w.leader, w.follower, w.other]) await submitPlan(p.cookie);
    const admin = await adminCookie(w.t);
    let confirmed: QueueItemOut | undefined;
    const { first, all } = await pageThrough<QueueItemOut>(
      admin,
      `/api/v1/plans?updatedSince=${since(from)}&limit=1`,
      async ([one]) => {
        confirmed = one;
        await planVerb(`/api/v1/plans/${one!.id}/confirm`, w.sec1.cookie, one!.version).then((r) =>
          expect(r.status).toBe(200),
        );
      },
    );
    expect(first).toHaveLength(1);
    expect(new Set(all.map((p) => p.id)).size).toBe(3);
    expect(all.at(-1)).toMatchObject({ id: confirmed!.id, status: "confirmed" });
    expect(Date.parse(all.at(-1)!.updatedAt as unknown as string)).toBeGreaterThanOrEqual(from);

    // Nothing changed since a later instant; a secretary's sync stays in their subtree.
    const later = await pageThrough<QueueItemOut>(
      admin,
      `/api/v1/plans?updatedSince=${since(Date.now() + 60_000)}`,
      async () => {},
    );
    expect(later.all).toEqual([]);
    const theirs = await pageThrough<QueueItemOut>(
      w.sec2.cookie,
      `/api/v1/plans?updatedSince=${since(from)}`,
      async () => {},
    );
    expect(theirs.all.map((p) => p.memberId)).toEqual([w.other.memberId]);
    await expectBadSince(admin, "/api/v1/plans");
  });
});
