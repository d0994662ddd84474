import type { Ctx } from "../../platform/context";
import { type CompareRow, type Snapshot, compareSnapshots } from "./criteria.resolve";
import { type SetView, getSetView } from "./criteria.sets.service";

export interface SetComparison {
  setId: string;
  unit: { id: string; name: string };
  parentName: string | null;
  rootName: string | null;
  year: number;
  rows: CompareRow[];
  view: SetView;
}

/** The set's effective criteria (working version) beside its parent's and the root framework's. */
export async function getSetCompare(ctx: Ctx, setId: string): Promise<SetComparison> {
  const view = await getSetView(ctx, setId);
  const empty: Snapshot = { ...view.effective, version: null, criteria: [], hidden: [], notices: [] };
  return {
    setId,
    unit: { id: view.unit.id, name: view.unit.name },
    parentName: view.parent?.unit.unitName ?? null,
    rootName: view.root?.unit.unitName ?? null,
    year: view.set.year,
    rows: compareSnapshots(view.root ?? empty, view.parent ?? empty, view.effective),
    view,
  };
}
