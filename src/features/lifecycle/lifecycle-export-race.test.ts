// Six export requests at once join one job: the unique index on a tenant's running export turns the
// losers of the race into joiners instead of five more jobs competing with every tenant for the queue.
import { and, asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tenantJobs } from "../../db/schema/control";
import { opCtx } from "../../platform/control-plane";
import { Meter } from "../../platform/meter";
import { E, call, cookieFor, json, makeTenant } from "../../../test/harness";
import { driveJob } from "../../../test/platform-kit";
import { requestExport } from "./lifecycle-export.service";

describe("one export per tenant", () => {
  it("joins simultaneous requests, API and pages alike, into the running job: never two at once", async () => {
    const t = await makeTenant();
    const cookie = await cookieFor(t, t.adminId);
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, () => call("POST", "/api/v1/exports", { cookie })),
      ...Array.from({ length: 2 }, () =>
        call("POST", `/t/${t.info.slug}/admin/export`, { cookie, form: {} }),
      ),
    ]);
    const ids = await Promise.all(
      answers.slice(0, 4).map(async (r) => (await json<{ id: string }>(r, 202)).id),
    );
    for (const r of answers.slice(4)) expect(r.status).toBe(303);
    expect(new Set(ids).size).toBe(1);
    const control = opCtx(E, new Meter(), "test", null).control;
    const rows = await control
      .select({ id: tenantJobs.id, createdAt: tenantJobs.createdAt, finishedAt: tenantJobs.finishedAt })
      .from(tenantJobs)
      .where(and(eq(tenantJobs.tenantId, t.info.id), eq(tenantJobs.kind, "export")))
      .orderBy(asc(tenantJobs.createdAt));
    expect(rows.map((r) => r.id)).toContain(ids[0]);
    // An empty tenant's export finishes in milliseconds (it runs after its response): a request of the
    // six that arrives after that starts the next export, which is right. What must never happen is two
    // at once: each job starts after the one before it has finished.
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i - 1]!.finishedAt).not.toBeNull();
      expect(rows[i]!.createdAt).toBeGreaterThanOrEqual(rows[i - 1]!.finishedAt!);
    }
    // Once it is done, the next request starts a new export.
    expect((await driveJob(ids[0]!)).status).toBe("done");
    const next = await requestExport(E, new Meter(), t.ctx());
    expect(next.id).not.toBe(ids[0]);
    const active = await control
      .select({ id: tenantJobs.id })
      .from(tenantJobs)
      .where(and(eq(tenantJobs.tenantId, t.info.id), inArray(tenantJobs.status, ["pending", "running"])));
    expect(active.map((r) => r.id)).toEqual([next.id]);
  });
});
