// Moving a unit carries its figures: the counters leave the ancestors it leaves and reach the ones
// it joins, and the rows counted by a stored unit_path (plans…) follow it, so the recount agrees.
import { describe, expect, it } from "vitest";
import { call, cookieFor, json, makeUnit } from "../../../test/harness";
import { expectCountersExact, planRow, planWorld, submitPlan } from "../../../test/plans-kit";

type Triple = { exemplar: number; follower: number; all: number };

describe("moving a unit", () => {
  it("moves its members' and plans' counts to the new branch", async () => {
    const w = await planWorld();
    const { t, s } = w;
    const admin = await cookieFor(t, t.adminId);
    const plan = await submitPlan(w.leader.cookie);
    const otherBloc = await makeUnit(
      t,
      { id: t.rootId, path: t.rootPath, depth: 0 },
      "bloc",
      "Đảng bộ Khối hai",
    );
    const figures = async (unitId: string) =>
      (
        await json<{ figures: Record<string, Triple> }>(
          await call("GET", `/api/v1/reports/units/${unitId}/figures?year=${plan.year}`, { cookie: admin }),
        )
      ).figures;
    expect((await figures(s.bloc.id)).members!.all).toBe(3);
    const before = await figures(t.rootId);

    const { unit } = await json<{ unit: { version: number } }>(
      await call("GET", `/api/v1/units/${s.school.id}`, { cookie: admin }),
    );
    await json(
      await call("POST", `/api/v1/units/${s.school.id}/move`, {
        cookie: admin,
        json: { parentId: otherBloc.id, version: unit.version },
      }),
    );

    expect((await figures(s.bloc.id)).members!.all).toBe(0);
    const moved = await figures(otherBloc.id);
    expect(moved.members).toEqual(before.members);
    expect(moved.registered).toEqual(before.registered);
    expect(moved.registered!.all).toBe(1);
    expect(await figures(t.rootId)).toEqual(before);
    expect((await planRow(t, plan.id)).unitPath.startsWith(`${otherBloc.path}${s.school.id}/`)).toBe(true);
    await expectCountersExact(t);
  });
});
