/** Shared set-up of the criteria tests (imported by *.test.ts files only). */
import { createSet } from "./criteria-create.service";
import { type TestTenant, makeTenant, makeUnit } from "../../../test/harness";
import { publishSet } from "./criteria-publish.service";
import { updateCriterion } from "./criteria-items.service";

export const YEAR = 2030;
/** Template keys used in assertions. */
export const K = {
  ex1: "62kdukexemplar01",
  ex2: "62kdukexemplar02",
  fo2: "62kdukfollower02",
  fo6: "62kdukfollower06",
} as const;

type U = { id: string; path: string; depth: number; name: string };

export interface Tree {
  t: TestTenant;
  root: U;
  bloc: U;
  school: U;
  cell: U;
  group: U;
  rootSetId: string;
  /** The root set's concurrency version after publishing. */
  rootVersion: number;
}

/** A five-level tree (province → bloc → grassroots → cell → party group) with 62-KH/ĐUK published at the root. */
export async function makeTree(opts: { core?: boolean } = {}): Promise<Tree> {
  const t = await makeTenant();
  const root = { id: t.rootId, path: t.rootPath, depth: 0, name: `Đảng bộ tỉnh ${t.info.slug}` };
  const bloc = await makeUnit(t, root, "bloc", "Đảng bộ Khối");
  const school = await makeUnit(t, bloc, "grassroots", "Đảng bộ Trường");
  const cell = await makeUnit(t, school, "cell", "Chi bộ Khoa");
  const group = await makeUnit(t, cell, "group", "Tổ đảng 1");
  const ctx = t.ctx();
  const s = await createSet(ctx, {
    unitId: root.id,
    year: YEAR,
    source: "template",
    templateId: "62-kh-duk",
  });
  // Criterion 6 of group 2 made non-core, so that lower levels may hide it.
  const v =
    opts.core === false
      ? (await updateCriterion(ctx, s.id, K.fo6, { isCore: false, version: 1 })).version
      : 1;
  const published = await publishSet(ctx, s.id, v);
  return { t, root, bloc, school, cell, group, rootSetId: s.id, rootVersion: published.version };
}

/** Starts a blank set for `unitId` and returns its id (version 1). */
export async function startSet(tree: Tree, unitId: string, docNumber = "23-KH/ĐU"): Promise<string> {
  const s = await createSet(tree.t.ctx(), {
    unitId,
    year: YEAR,
    source: "blank",
    title: "Kế hoạch thực hiện mô hình",
    issuer: "Đảng ủy",
    docNumber,
    docDate: "2022-05-09",
  });
  return s.id;
}
