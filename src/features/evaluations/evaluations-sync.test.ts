import { describe, expect, it } from "vitest";
import { call, json } from "../../../test/harness";
import { notebookWorld, personWithPlan } from "../../../test/notebook-kit";
import { expectBadSince, pageThrough, since } from "../../../test/sync-kit";
import type { EvaluationListOut } from "./evaluations.inputs";

type Item = EvaluationListOut["items"][number];
const selfLevel = async (cookie: string, level: string, version?: number) =>
  json<{ version: number }>(
    await call("POST", "/api/v1/evaluations/mine/self", {
      cookie,
      json: { level, note: "Tự đánh giá.", version },
    }),
  );

describe("evaluations changed since an instant (incremental sync)", () => {
  it("only members whose evaluation changed, by (updatedAt, id), paging correctly across a change", async () => {
    const w = await notebookWorld();
    const people = [
      await personWithPlan(w, w.cell1, true),
      await personWithPlan(w, w.cell1, false),
      await personWithPlan(w, w.cell2, true),
    ];
    const untouched = await personWithPlan(w, w.cell2, false);
    const from = Date.now();
    const versions = new Map<string, number>();
    for (const p of people) versions.set(p.memberId, (await selfLevel(p.cookie, "tot")).version);
    let changed: Item | undefined;
    const { all } = await pageThrough<Item>(
      w.admin,
      `/api/v1/evaluations?updatedSince=${since(from)}&limit=2`,
      async ([one]) => {
        changed = one;
        const p = people.find((x) => x.memberId === one!.memberId)!;
        await selfLevel(p.cookie, "xuat_sac", versions.get(p.memberId));
      },
    );
    expect(new Set(all.map((i) => i.memberId))).toEqual(new Set(people.map((p) => p.memberId)));
    expect(all.map((i) => i.memberId)).not.toContain(untouched.memberId);
    expect(all.at(-1)).toMatchObject({ memberId: changed!.memberId, selfLevel: "xuat_sac" });
    expect(all.every((i) => Date.parse(i.updatedAt as unknown as string) >= from)).toBe(true);
    await expectBadSince(w.admin, "/api/v1/evaluations");
  });
});
