/**
 * One fixture per kind of entity a route parameter can name. The isolation suite makes
 * each of them in a second tenant and proves that tenant A's sessions get 404 for them.
 * A feature that adds a route with a new kind of id adds its factory here.
 */
import { type TestTenant, makeAccount, makeUnit } from "./harness";

export type FixtureFactory = (t: TestTenant) => Promise<string>;

export const FIXTURES: Record<string, FixtureFactory> = {
  unit: async (t) => (await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district")).id,
  account: async (t) => {
    const u = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
    return (await makeAccount(t, "member", u)).id;
  },
};
