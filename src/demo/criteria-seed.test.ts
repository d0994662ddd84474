import { vnYear } from "../domain";
import { describe, expect, it } from "vitest";
import { makeTenant, makeUnit } from "../../test/harness";
import type { ServiceError } from "../platform/errors";
import { DEMO_TENANTS } from "./demo-data";
import { deleteUnit } from "../features/orgs";

import { seedCriteriaStep } from "./criteria-seed.service";
import { getYearTheme, listFocusIssuesForUnit, resolveEffectiveCriteria } from "../features/criteria";

describe("demo seed", () => {
  it("tra-vinh adopts 62-KH/ĐUK; the school's 23-KH/ĐU concretises and adds; a cell sees the result with origins", async () => {
    const t = await makeTenant();
    const root = { id: t.rootId, path: t.rootPath, depth: 0 };
    const khoi = await makeUnit(t, root, "bloc", "Đảng bộ Khối");
    const truong = await makeUnit(t, khoi, "grassroots", "Đảng bộ Trường Chính trị");
    const cb1 = await makeUnit(t, truong, "cell", "Chi bộ Khoa Xây dựng Đảng");
    const ctx = t.ctx();
    const demo = DEMO_TENANTS.find((d) => d.slug === "tra-vinh")!;
    await seedCriteriaStep({
      ctx,
      tenant: t.info,
      demo,
      unitIds: { tinh: t.rootId, khoi: khoi.id, truong: truong.id, cb1: cb1.id },
      accountIds: {},
      passwordHash: "",
    });
    for (const year of [2022, vnYear(ctx.now)]) {
      const eff = await resolveEffectiveCriteria(ctx, cb1.id, year);
      const ex = eff.criteria.filter((c) => c.group === "exemplar");
      const fo = eff.criteria.filter((c) => c.group === "follower");
      expect([ex.length, fo.length]).toEqual([6, 7]);
      const steps = (key: string) =>
        eff.criteria.find((c) => c.key === key)!.trail.map((o) => `${o.kind} ${o.unitName} ${o.docNumber}`);
      expect(steps("62kdukexemplar02")).toEqual([
        `added ${eff.levels[0]!.unitName} 62-KH/ĐUK`,
        "concretised Đảng bộ Trường Chính trị 23-KH/ĐU",
      ]);
      expect(steps("62kdukexemplar01")).toEqual([`added ${eff.levels[0]!.unitName} 62-KH/ĐUK`]);
      expect(ex.at(-1)!.trail).toEqual([
        expect.objectContaining({ kind: "added", unitId: truong.id, docNumber: "23-KH/ĐU" }),
      ]);
      expect((await listFocusIssuesForUnit(ctx, cb1.id, year)).issues).toHaveLength(3);
      expect(await getYearTheme(ctx, year)).toMatchObject({ year });
    }
    // A unit without sets can be deleted; one holding criteria sets cannot (only retired).
    const e = await deleteUnit(ctx, cb1.id, 1).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeNull();
    const blocked = await deleteUnit(ctx, truong.id, 1).then(
      () => null,
      (err: unknown) => err,
    );
    expect((blocked as ServiceError).status).toBe(409);
  });
});
