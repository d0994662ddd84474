import { vnYear } from "../../domain/time";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestTenant, call, dbOf, expectStatus, json } from "../../../test/harness";
import {
  confirmPlanFor,
  counterDrift,
  expectNoCounterDrift,
  type ReportsWorld,
  reportsWorld,
} from "../../../test/harness-reports";
import { makePerson } from "../../../test/plans-kit";
import { bumpCounters } from "../../platform/counters";

const Y = vnYear(Date.now());
type Result = {
  fixed: boolean;
  differences: {
    unitId: string;
    unitName: string | null;
    metric: string;
    grp: string;
    stored: number;
    actual: number;
  }[];
  sources: string[];
};

let t: TestTenant;
let s: ReportsWorld["s"];
let admin: string;

beforeAll(async () => {
  ({ t, s, admin } = await reportsWorld(Y));
  const p = await makePerson(t, s.cell1, true);
  await confirmPlanFor(t.ctx(), p.memberId, Y);
});

describe("recount and compare", () => {
  it("finds no difference after a scenario, from the API and the page", async () => {
    const r = await json<Result>(await call("GET", "/api/v1/reports/recount", { cookie: admin }));
    expect(r.differences).toEqual([]);
    expect(r.sources).toEqual(
      expect.arrayContaining(["plans", "notebook", "evaluations", "meetings", "exemplars.models"]),
    );
    const html = await expectStatus(
      await call("GET", `/t/${t.info.slug}/reports/recount?run=1`, { cookie: admin }),
      200,
    );
    expect(html).toContain("Không có chênh lệch");
  });

  it("lists drift with unit names, fixes it by adding the difference, and audits the fix", async () => {
    // Drift: a stray bump of the cell's confirmed plans (and its ancestors).
    await dbOf(t).batch([
      bumpCounters(t.ctx(), s.cell1.path, Y, [{ metric: "plan.confirmed", grp: "exemplar", delta: 2 }]),
    ]);
    const found = await json<Result>(await call("GET", "/api/v1/reports/recount", { cookie: admin }));
    const cell = found.differences.find((d) => d.unitId === s.cell1.id)!;
    expect(cell).toMatchObject({
      unitName: "Chi bộ Một",
      metric: "plan.confirmed",
      grp: "exemplar",
      stored: 3,
      actual: 1,
    });
    expect(found.differences).toHaveLength(4); // the cell, the school, the bloc and the root
    const page = await expectStatus(
      await call("GET", `/t/${t.info.slug}/reports/recount?run=1`, { cookie: admin }),
      200,
    );
    expect(page).toContain("Có 4 chênh lệch.");
    const fixed = await call("POST", `/t/${t.info.slug}/reports/recount`, { cookie: admin, form: {} });
    expect(fixed.status).toBe(303);
    expect(fixed.headers.get("location")).toBe(`/t/${t.info.slug}/reports/recount?run=1&done=fixed`);
    expect(await counterDrift(t)).toEqual([]);
    const audit = await dbOf(t).all<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE tenant_id = ${t.info.id} AND action = 'counters.fix'`,
    );
    expect(audit).toHaveLength(1);
    const v = await json<{ figures: Record<string, { exemplar: number }> }>(
      await call("GET", `/api/v1/reports/units/${s.school.id}/figures?year=${Y}`, { cookie: admin }),
    );
    expect(v.figures.confirmed!.exemplar).toBe(1);
    const again = await json<Result>(
      await call("POST", "/api/v1/reports/recount", { cookie: admin, json: { fix: true } }),
    );
    expect(again).toMatchObject({ fixed: false, differences: [] });
    await expectNoCounterDrift(t);
  });

  it("validates its body", async () => {
    const res = await call("POST", "/api/v1/reports/recount", { cookie: admin, json: { fix: "yes" } });
    expect((await json<{ errors: Record<string, string> }>(res, 400)).errors.fix).toBeTruthy();
  });
});
