import { describe, expect, it } from "vitest";
import { dbOf, makeTenant, makeUnit } from "../../test/harness";
import { bumpCounters, readCounters, tabulate } from "./counters";
import { recountCounters } from "./recount";

describe("roll-up counters", () => {
  it("bumps a unit and all its ancestors in one statement; the recount finds drift and fixes it", async () => {
    const t = await makeTenant();
    const ctx = t.ctx();
    const district = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
    const cell = await makeUnit(t, district, "cell");
    await ctx.db.batch([
      bumpCounters(ctx, cell.path, 2026, [
        { metric: "test.members", grp: "exemplar", delta: 2 },
        { metric: "test.members", grp: "follower", delta: 3 },
      ]),
    ]);
    await ctx.db.batch([
      bumpCounters(ctx, district.path, 2026, [{ metric: "test.members", grp: "follower", delta: 1 }]),
    ]);
    const table = tabulate(await readCounters(ctx, [t.rootId, district.id, cell.id], 2026));
    expect(table[t.rootId]!["test.members"]).toEqual({ exemplar: 2, follower: 4, all: 6 });
    expect(table[cell.id]!["test.members"]).toEqual({ exemplar: 2, follower: 3, all: 5 });

    // The raw facts say: 2 + 3 in the cell only (the district bump above was drift).
    const source = {
      name: "test",
      metrics: ["test.members"],
      query: async () => [
        { unitPath: cell.path, year: 2026, metric: "test.members", grp: "exemplar", value: 2 },
        { unitPath: cell.path, year: 2026, metric: "test.members", grp: "follower", value: 3 },
      ],
    };
    {
      const diffs = await recountCounters(dbOf(t), t.info.id, [source]);
      expect(diffs.map((d) => [d.unitId, d.grp, d.stored, d.actual]).sort()).toEqual(
        [
          [district.id, "follower", 4, 3],
          [t.rootId, "follower", 4, 3],
        ].sort(),
      );
      await recountCounters(dbOf(t), t.info.id, [source], { fix: true });
      expect(await recountCounters(dbOf(t), t.info.id, [source])).toEqual([]);
    }
  });
});
