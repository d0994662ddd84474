// Integrators read the whole tree in one call, or one subtree, and find a unit by its code; a
// secretary's reach and the tenant's edge hold as everywhere else.
import { describe, expect, it } from "vitest";
import { call, d1Calls, expectStatus, json, makeTenant, makeUnit } from "../../../test/harness";
import { adminCookie, signedIn, underRoot } from "../../../test/world";
import type { UnitOut } from "./orgs.inputs";

type Tree = { items: UnitOut[]; truncated: boolean };

describe("unit tree and lookup by code", () => {
  it("answers the tree in path order in one round trip, whole or under a unit", async () => {
    const t = await makeTenant();
    const cookie = await adminCookie(t);
    const district = await underRoot(t, "district");
    const cell = await makeUnit(t, district, "cell");
    const other = await underRoot(t, "district");
    const res = await call("GET", "/api/v1/units/tree", { cookie });
    const whole = await json<Tree>(res);
    expect(whole.truncated).toBe(false);
    expect(whole.items.map((u) => u.id).sort()).toEqual([t.rootId, district.id, cell.id, other.id].sort());
    const paths = whole.items.map((u) => u.path);
    expect(paths).toEqual([...paths].sort());
    const sub = await json<Tree>(await call("GET", `/api/v1/units/tree?rootId=${district.id}`, { cookie }));
    expect(sub.items.map((u) => u.id)).toEqual([district.id, cell.id]);
    const subRes = await call("GET", `/api/v1/units/tree?rootId=${district.id}`, { cookie });
    await expectStatus(subRes, 200);
    // The session check, then the root and its subtree together.
    expect(d1Calls(subRes)).toBeLessThanOrEqual(2);
    await expectStatus(await call("GET", "/api/v1/units/tree?rootId=0000000000000000", { cookie }), 404);
    await expectStatus(await call("GET", "/api/v1/units/tree?rootId=khong-hop-le", { cookie }), 400);

    const found = await json<UnitOut>(await call("GET", `/api/v1/units/by-code/${cell.code}`, { cookie }));
    expect(found.id).toBe(cell.id);
    await expectStatus(await call("GET", "/api/v1/units/by-code/KHONG-CO", { cookie }), 404);
  });

  it("a secretary reads only their subtree; another tenant's units are 404", async () => {
    const t = await makeTenant();
    const mine = await underRoot(t, "district");
    const inside = await makeUnit(t, mine, "cell");
    const outside = await underRoot(t, "district");
    const sec = await signedIn(t, "secretary", mine);
    const tree = await json<Tree>(await call("GET", "/api/v1/units/tree", { cookie: sec.cookie }));
    expect(tree.items.map((u) => u.id).sort()).toEqual([mine.id, inside.id].sort());
    await expectStatus(
      await call("GET", `/api/v1/units/tree?rootId=${outside.id}`, { cookie: sec.cookie }),
      404,
    );
    await expectStatus(
      await call("GET", `/api/v1/units/by-code/${outside.code}`, { cookie: sec.cookie }),
      404,
    );

    const b = await makeTenant();
    const theirs = await underRoot(b, "district");
    const cookie = await adminCookie(t);
    await expectStatus(await call("GET", `/api/v1/units/tree?rootId=${theirs.id}`, { cookie }), 404);
    await expectStatus(await call("GET", `/api/v1/units/by-code/${theirs.code}`, { cookie }), 404);
  });
});
