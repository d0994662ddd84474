// Six export requests at once make one job: the unique index on a tenant's running export turns the
// losers of the race into joiners instead of five more jobs competing with every tenant for the queue.
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tenantJobs } from "../../db/schema/control";
import { opCtx } from "../../platform/control-plane";
import { Meter } from "../../platform/meter";
import { E, call, cookieFor, json, makeTenant } from "../../../test/harness";
import { driveJob } from "../../../test/platform-kit";
import { requestExport } from "./lifecycle-export.service";

describe("one export per tenant", () => {
  it("joins six simultaneous requests, API and pages alike, into one job", async () => {
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
      .select({ id: tenantJobs.id })
      .from(tenantJobs)
      .where(and(eq(tenantJobs.tenantId, t.info.id), eq(tenantJobs.kind, "export")));
    expect(rows.map((r) => r.id)).toEqual([ids[0]]);
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
