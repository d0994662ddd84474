import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tenantJobs, tenantStats, tenants } from "../../db/schema/control";
import { Meter } from "../../platform/meter";
import { PLATFORM_JOBS } from "../../scheduled-jobs";
import { findTenant } from "../../platform/tenancy";
import { E, call, expectStatus, json, makeTenant } from "../../../test/harness";
import { adminCookie, signedIn, underRoot } from "../../../test/world";
import { control, makeOperator, raw, rowsEverywhere } from "../../../test/platform-kit";
import { DAY_MS } from "./lifecycle-deletion.service";
import { requestExport } from "./lifecycle-export.service";
import { runPlatformCron } from "../console";

describe("tenant deletion", () => {
  it("closes the tenant at once; after the grace period no row with its id remains in any database", async () => {
    const t = await makeTenant({ binding: "DB_POOL_1" });
    const { cookie } = await signedIn(t, "secretary", await underRoot(t, "district"));
    await requestExport(E, new Meter(), t.ctx());
    await E.FILES.put(`exports/${t.info.id}/x/leftover.zip`, "zip");
    await E.FILES.put(`t/${t.info.id}/models/m/f`, "evidence");
    // A leftover of an earlier, aborted move in the other database.
    await raw("DB_DEDICATED_1")
      .prepare(
        "INSERT INTO audit_log (id, tenant_id, at, request_id, actor_label, action, entity_type, entity_id) VALUES (?, ?, 0, 'x', 'x', 'x', 'x', 'x')",
      )
      .bind(`left-${t.info.id}`, t.info.id)
      .run();
    const neighbour = await makeTenant({ binding: "DB_POOL_1" });
    const neighbourRows = await rowsEverywhere(neighbour.info.id);

    const op = await makeOperator();
    // The console asks for the tenant's address, typed: a wrong one refuses and closes nothing.
    const wrong = await call("POST", `/platform/tenants/${t.info.id}/deletion`, {
      cookie: op.cookie,
      form: { graceDays: "0", confirmSlug: "khac" },
    });
    expect(await expectStatus(wrong, 400)).toContain(`Gõ đúng địa chỉ «${t.info.slug}»`);
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie }), 200);
    const res = await call("POST", `/platform/tenants/${t.info.id}/deletion`, {
      cookie: op.cookie,
      form: { graceDays: "0", confirmSlug: t.info.slug },
    });
    await expectStatus(res, 303);
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie }), 401);
    expect(await expectStatus(await call("GET", `/t/${t.info.slug}/login`), 401)).toContain("tạm ngừng");
    expect(Object.keys(await rowsEverywhere(t.info.id)).length).toBeGreaterThan(3);

    expect(PLATFORM_JOBS.map((j) => j.name)).toContain("platform");
    await runPlatformCron(E);

    expect(await rowsEverywhere(t.info.id)).toEqual({});
    const row = (await control().select().from(tenants).where(eq(tenants.id, t.info.id)))[0]!;
    expect(row).toMatchObject({ status: "deleted", slug: t.info.slug, contactName: "", contactPhone: "" });
    expect(await control().select().from(tenantStats).where(eq(tenantStats.tenantId, t.info.id))).toEqual([]);
    const jobs = await control().select().from(tenantJobs).where(eq(tenantJobs.tenantId, t.info.id));
    expect(jobs.find((j) => j.kind === "delete")?.status).toBe("done");
    expect(jobs.filter((j) => j.status === "pending" || j.status === "running")).toEqual([]);
    expect((await E.FILES.list({ prefix: `exports/${t.info.id}/` })).objects).toEqual([]);
    expect((await E.FILES.list({ prefix: `t/${t.info.id}/` })).objects).toEqual([]);
    expect(await findTenant(E, new Meter(), { id: t.info.id })).toBeNull();
    await expectStatus(await call("GET", `/t/${t.info.slug}/login`), 404);
    expect(await rowsEverywhere(neighbour.info.id)).toEqual(neighbourRows);
    // The address stays taken by the tombstone.
    await expectStatus(
      await call("POST", `/api/v1/platform/tenants/${t.info.id}/deletion`, {
        cookie: op.cookie,
        json: { graceDays: 0 },
      }),
      404,
    );
  });

  it("waits for the grace period, and can be cancelled until then", async () => {
    const t = await makeTenant();
    const op = await makeOperator();
    const job = await json<{ runAfter: number; status: string }>(
      await call("POST", `/api/v1/platform/tenants/${t.info.id}/deletion`, {
        cookie: op.cookie,
        json: { graceDays: 30 },
      }),
      201,
    );
    expect(job.runAfter).toBeGreaterThan(Date.now() + 29 * DAY_MS);
    await expectStatus(
      await call("POST", `/api/v1/platform/tenants/${t.info.id}/deletion`, {
        cookie: op.cookie,
        json: { graceDays: 1 },
      }),
      409,
    );
    await runPlatformCron(E);
    expect(await rowsEverywhere(t.info.id)).toHaveProperty("DB_POOL_1.units", 1);
    await expectStatus(
      await call("DELETE", `/api/v1/platform/tenants/${t.info.id}/deletion`, { cookie: op.cookie }),
      204,
    );
    const row = (await control().select().from(tenants).where(eq(tenants.id, t.info.id)))[0]!;
    expect(row.status).toBe("active");
    await expectStatus(await call("GET", "/api/v1/auth/me", { cookie: await adminCookie(t) }), 200);
    await expectStatus(
      await call("DELETE", `/api/v1/platform/tenants/${t.info.id}/deletion`, { cookie: op.cookie }),
      409,
    );
  });

  it("validates the grace period", async () => {
    const t = await makeTenant();
    const op = await makeOperator();
    const res = await call("POST", `/platform/tenants/${t.info.id}/deletion`, {
      cookie: op.cookie,
      form: { graceDays: "-1" },
    });
    expect(await expectStatus(res, 400)).toContain("Tối thiểu 0 ngày.");
    await expectStatus(
      await call("POST", `/api/v1/platform/tenants/${t.info.id}/deletion`, {
        cookie: op.cookie,
        json: { graceDays: 400 },
      }),
      400,
    );
  });
});
