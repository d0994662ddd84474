import { describe, expect, it } from "vitest";
import { call, expectStatus, json, makeTenant, makeUnit } from "../../../test/harness";
import { notebookWorld, personWithPlan, submitReview } from "../../../test/notebook-kit";
import { expectBadSince, pageThrough, since } from "../../../test/sync-kit";
import type { EntryOut } from "./notebook.outputs";

type Item = Omit<EntryOut, "comments">;

describe("notebook entries across members, changed since an instant (incremental sync)", () => {
  it("lists what the actor reaches by (updatedAt, id); an entry returned while paging comes again at the end", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true);
    const b = await personWithPlan(w, w.cell1, false);
    const c = await personWithPlan(w, w.cell2, true);
    const from = Date.now();
    const made: EntryOut[] = [];
    for (const p of [a, b, c]) made.push(await json<EntryOut>(await submitReview(p, "midyear"), 201));
    // The cell returns the first entry and its member corrects and submits it again, while the admin pages.
    let fixed: Item | undefined;
    const path = `/api/v1/notebook/entries?updatedSince=${since(from)}&limit=2`;
    const { all } = await pageThrough<Item>(w.admin, path, async ([first]) => {
      const owner = [a, b, c].find((p) => p.memberId === first!.memberId)!;
      const back = await call("POST", `/api/v1/notebook/entries/${first!.id}/return`, {
        cookie: owner === c ? w.sec2 : w.sec1,
        json: { content: "Cần bổ sung kết quả cụ thể.", version: first!.version },
      });
      const returned = await json<EntryOut>(back, 200);
      const again = await call("PATCH", `/api/v1/notebook/entries/${first!.id}`, {
        cookie: owner.cookie,
        json: { strengths: "Đã bổ sung kết quả cụ thể.", version: returned.version, submit: true },
      });
      fixed = await json<EntryOut>(again, 200);
    });
    expect(new Set(all.map((e) => e.id))).toEqual(new Set(made.map((e) => e.id)));
    expect(all.at(-1)).toMatchObject({
      id: fixed!.id,
      status: "submitted",
      strengths: "Đã bổ sung kết quả cụ thể.",
    });
    expect(all[0]).not.toHaveProperty("comments");
    expect(Date.parse(all[0]!.updatedAt as unknown as string)).toBeGreaterThanOrEqual(from);

    // A secretary reaches their cell, a member their own entries; a unit filter narrows the list.
    const ids = async (cookie: string, q = "") =>
      (await pageThrough<Item>(cookie, `/api/v1/notebook/entries?limit=200${q}`, async () => {})).all
        .map((e) => e.memberId)
        .sort();
    expect(await ids(w.sec2)).toEqual([c.memberId]);
    expect(await ids(a.cookie)).toEqual([a.memberId]);
    expect(await ids(w.admin, `&unitId=${w.cell1.id}`)).toEqual([a.memberId, b.memberId].sort());
    expect(await ids(w.admin, `&year=${w.Y - 1}`)).toEqual([]);
    await expectBadSince(w.admin, "/api/v1/notebook/entries");
  });

  it("a unit outside the actor's reach or of another tenant is 404; a cursor of another list is 400", async () => {
    const w = await notebookWorld();
    await expectStatus(
      await call("GET", `/api/v1/notebook/entries?unitId=${w.cell2.id}`, { cookie: w.sec1 }),
      404,
    );
    const other = await makeTenant();
    const theirs = await makeUnit(other, { id: other.rootId, path: other.rootPath, depth: 0 }, "cell");
    await expectStatus(
      await call("GET", `/api/v1/notebook/entries?unitId=${theirs.id}`, { cookie: w.admin }),
      404,
    );
    const byName = btoa(JSON.stringify(["exemplar", "nguyen van an", "0h4k2m9q8r7s6t5v"]));
    const res = await call("GET", `/api/v1/notebook/entries?cursor=${byName}`, { cookie: w.admin });
    expect((await json<{ errors: Record<string, string> }>(res, 400)).errors.cursor).toBeDefined();
  });
});
