import { vnYear } from "../../domain/time";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestTenant, call, d1Calls, expectStatus, json } from "../../../test/harness";
import {
  confirmPlanFor,
  expectNoCounterDrift,
  returnPlanFor,
  reportsWorld,
  submitPlanFor,
} from "../../../test/harness-reports";
import { type Person, type Unit, makePerson } from "../../../test/plans-kit";

const Y = vnYear(Date.now());

type Triple = { exemplar: number; follower: number; all: number };
type View = {
  year: number;
  unit: { id: string; name: string };
  figures: Record<string, Triple>;
  children: { unit: { id: string; name: string }; figures: Record<string, Triple> }[];
  definitions: { key: string }[];
};

interface World {
  t: TestTenant;
  admin: string;
  s: { bloc: Unit; school: Unit; cell1: Unit; cell2: Unit };
  p: Record<"a1" | "a2" | "b1" | "b2" | "c1" | "d1", Person>;
}
let w: World;

// Cell 1: leaders a1 (confirmed), a2 (returned); followers b1 (submitted), b2 (no plan).
// Cell 2: leader c1 (confirmed) after follower d1 (confirmed, ahead of its leader).
beforeAll(async () => {
  const { t, s, admin } = await reportsWorld(Y);
  const p = {
    a1: await makePerson(t, s.cell1, true, "Trần Văn An"),
    a2: await makePerson(t, s.cell1, true, "Lê Thị Bình"),
    b1: await makePerson(t, s.cell1, false, "Phạm Văn Cường"),
    b2: await makePerson(t, s.cell1, false, "Võ Thị Dung"),
    c1: await makePerson(t, s.cell2, true, "Ngô Văn Em"),
    d1: await makePerson(t, s.cell2, false, "Đỗ Thị Giang"),
  };
  const ctx = t.ctx();
  await confirmPlanFor(ctx, p.a1.memberId, Y);
  await returnPlanFor(ctx, p.a2.memberId, Y);
  await submitPlanFor(ctx, p.b1.memberId, Y);
  await confirmPlanFor(ctx, p.d1.memberId, Y);
  await confirmPlanFor(ctx, p.c1.memberId, Y);
  w = { t, admin, s, p };
});

async function view(unitId: string, cookie = w.admin): Promise<View> {
  return json<View>(await call("GET", `/api/v1/reports/units/${unitId}/figures?year=${Y}`, { cookie }));
}

const t3 = (exemplar: number, follower: number): Triple => ({ exemplar, follower, all: exemplar + follower });

describe("figures up the tree", () => {
  it("counts the school's subtree by group, and drills down to each cell", async () => {
    const v = await view(w.s.school.id);
    expect(v.year).toBe(Y);
    const f = v.figures;
    expect(f.members).toEqual(t3(3, 3));
    expect(f.registered).toEqual(t3(3, 2));
    expect(f.confirmed).toEqual(t3(2, 1));
    expect(f.returned).toEqual(t3(1, 0));
    expect(f.submitted).toEqual(t3(0, 1));
    expect(f.not_started).toEqual(t3(0, 1));
    expect(f.leaders_late).toEqual(t3(0, 1));
    expect(v.children.map((c) => c.unit.id).sort()).toEqual([w.s.cell1.id, w.s.cell2.id].sort());
    const byId = Object.fromEntries(v.children.map((c) => [c.unit.id, c.figures]));
    expect(byId[w.s.cell1.id]!.members).toEqual(t3(2, 2));
    expect(byId[w.s.cell1.id]!.registered).toEqual(t3(2, 1));
    expect(byId[w.s.cell1.id]!.leaders_late).toEqual(t3(0, 0));
    expect(byId[w.s.cell2.id]!.confirmed).toEqual(t3(1, 1));
    expect(byId[w.s.cell2.id]!.leaders_late).toEqual(t3(0, 1));
    expect(v.definitions.map((d) => d.key)).toContain("eval_xuat_sac");
  });

  it("reads the same totals at the bloc and at the root, and a cell's own figures", async () => {
    const bloc = await view(w.s.bloc.id);
    expect(bloc.figures.registered).toEqual(t3(3, 2));
    expect(bloc.children.map((c) => c.unit.id)).toEqual([w.s.school.id]);
    expect(bloc.children[0]!.figures.confirmed).toEqual(t3(2, 1));
    const root = await view(w.t.rootId);
    expect(root.figures.members).toEqual(t3(3, 3));
    const cell = await view(w.s.cell2.id);
    expect(cell.children).toEqual([]);
    expect(cell.figures.members).toEqual(t3(1, 1));
    expect(cell.figures.not_started).toEqual(t3(0, 0));
  });

  it("lists the people behind a figure, leaders first, within the subtree", async () => {
    const people = async (q: string) =>
      (
        await json<{
          items: { fullName: string; group: string; status: string | null }[];
          nextCursor: string | null;
        }>(
          await call("GET", `/api/v1/reports/units/${w.s.school.id}/people?year=${Y}&${q}`, {
            cookie: w.admin,
          }),
        )
      ).items;
    expect((await people("figure=registered&group=follower")).map((p) => p.fullName).sort()).toEqual(
      ["Phạm Văn Cường", "Đỗ Thị Giang"].sort(),
    );
    expect((await people("figure=not_started")).map((p) => p.fullName)).toEqual(["Võ Thị Dung"]);
    expect((await people("figure=returned")).map((p) => [p.fullName, p.status])).toEqual([
      ["Lê Thị Bình", "returned"],
    ]);
    const all = await people("figure=members");
    expect(all).toHaveLength(6);
    expect(all.slice(0, 3).every((p) => p.group === "exemplar")).toBe(true);
    const cell2 = await json<{ items: { fullName: string }[] }>(
      await call("GET", `/api/v1/reports/units/${w.s.cell2.id}/people?year=${Y}&figure=leaders_late`, {
        cookie: w.admin,
      }),
    );
    expect(cell2.items.map((p) => p.fullName)).toEqual(["Đỗ Thị Giang"]);
  });

  it("refuses an unknown figure or group with field errors", async () => {
    const res = await call("GET", `/api/v1/reports/units/${w.s.school.id}/people?figure=nope&group=x`, {
      cookie: w.admin,
    });
    const body = await json<{ errors: Record<string, string> }>(res, 400);
    expect(Object.keys(body.errors).sort()).toEqual(["figure", "group"]);
    const models = await call("GET", `/api/v1/reports/units/${w.s.school.id}/people?figure=models_new`, {
      cookie: w.admin,
    });
    expect((await json<{ errors: Record<string, string> }>(models, 400)).errors.figure).toBeTruthy();
    const year = await call("GET", `/api/v1/reports/units/${w.s.school.id}/figures?year=1800`, {
      cookie: w.admin,
    });
    expect((await json<{ errors: Record<string, string> }>(year, 400)).errors.year).toBeTruthy();
  });

  it("renders the dashboard with server-side SVG charts and Vietnamese numbers", async () => {
    const html = await expectStatus(
      await call("GET", `/t/${w.t.info.slug}/reports/units/${w.s.school.id}?year=${Y}`, { cookie: w.admin }),
      200,
    );
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain(`Tình hình kế hoạch cá nhân năm ${Y}`);
    expect(html).toContain("83,3 %"); // registered 5 of 6
    expect(html).toContain("Chưa đạt (1 trường hợp)");
    expect(html).toContain(w.s.cell1.name);
    expect(html).toContain(
      `/reports/units/${w.s.cell1.id}/people?year=${Y}&amp;figure=registered&amp;group=all`,
    );
  });

  it("costs at most 2 D1 round trips per report page, API read, people page and export", async () => {
    const slug = w.t.info.slug;
    await call("GET", `/t/${slug}/reports/units/${w.s.school.id}`, { cookie: w.admin });
    for (const path of [
      `/t/${slug}/reports/units/${w.s.bloc.id}?year=${Y}`,
      `/t/${slug}/reports/units/${w.t.rootId}?year=${Y}`,
      `/t/${slug}/reports/units/${w.s.cell1.id}?year=${Y}`,
      `/api/v1/reports/units/${w.s.school.id}/figures?year=${Y}`,
      `/api/v1/reports/units/${w.t.rootId}/people?year=${Y}&figure=confirmed`,
      `/t/${slug}/reports/units/${w.s.school.id}/people?year=${Y}&figure=members`,
      `/t/${slug}/reports/units/${w.s.school.id}/export?year=${Y}&format=xlsx`,
      `/api/v1/reports/units/${w.s.school.id}/people/export?year=${Y}&figure=members&format=csv`,
      `/t/${slug}/reports/units/${w.s.school.id}/documents?year=${Y}`,
    ]) {
      const res = await call("GET", path, { cookie: w.admin });
      await expectStatus(res, 200);
      expect(d1Calls(res), path).toBeLessThanOrEqual(2);
    }
  });

  it("leaves no counter drift after the scenario", async () => {
    await expectNoCounterDrift(w.t);
  });
});
