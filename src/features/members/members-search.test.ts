// A search's count stops after SEARCH_COUNT_CAP + 1 matches: a common word must not read the
// whole province; the list and the API say "more than" then.
import { describe, expect, it } from "vitest";
import { call, dbOf, expectStatus, json } from "../../../test/harness";
import { writeBatch } from "../../platform/batch";
import { recountAll } from "../../counter-sources";
import { searchKey } from "../../platform/text";
import { type BulkRow, bulkUpsertStatements } from "./members-bulk.queries";
import { SEARCH_COUNT_CAP } from "./members-list.service";
import { vietnameseSortKey } from "./members-sort.rules";
import { rosterWorld } from "./members.fixtures";

describe("search totals", () => {
  it("count a common word's matches up to 1,000 and say “more than”, exactly below that", async () => {
    const w = await rosterWorld();
    const rows: BulkRow[] = Array.from({ length: SEARCH_COUNT_CAP + 5 }, (_, i) => {
      const name = i < 3 ? `Thạch Thị Sa Ra ${i}` : `Nguyễn Văn Số ${i}`;
      return {
        c: `SC.${String(i).padStart(6, "0")}`,
        n: name,
        s: searchKey(name),
        k: vietnameseSortKey(name),
        b: null,
        g: null,
        u: w.cells[i % 3]!.id,
        j: null,
        o: null,
        t: "official",
        p: [],
        v: [],
      };
    });
    const ctx = w.t.ctx();
    await writeBatch(ctx.db, bulkUpsertStatements(ctx, rows, { columns: [], rules: [], reason: "Kiểm thử" }));
    const list = async (q: string) =>
      json<{ total: number; totalIsLowerBound: boolean; items: unknown[] }>(
        await call("GET", `/api/v1/members?q=${encodeURIComponent(q)}`, { cookie: w.cookie }),
      );
    expect(await list("nguyen")).toMatchObject({ total: SEARCH_COUNT_CAP + 1, totalIsLowerBound: true });
    expect(await list("sa ra")).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect(await list("")).toMatchObject({ total: SEARCH_COUNT_CAP + 5, totalIsLowerBound: false });
    const html = await expectStatus(
      await call("GET", `/t/${w.t.info.slug}/members?q=nguyen`, { cookie: w.cookie }),
      200,
    );
    expect(html).toContain("hơn 1.000 đảng viên");
    await exact(w);
  });
});

async function exact(w: Awaited<ReturnType<typeof rosterWorld>>) {
  expect(await recountAll(dbOf(w.t), w.t.info.id)).toEqual([]);
}
