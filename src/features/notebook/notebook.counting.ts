// Counting as a pure function of state: a row contributes facts (unit, year, metric, group, n);
// a write bumps the counters by what the row contributes after minus what it contributed before.
import type { CounterDelta, CounterGroup } from "../../platform/counters";

export interface Fact {
  unitPath: string;
  year: number;
  metric: string;
  grp: CounterGroup;
  n: number;
}

export interface CounterChange {
  unitPath: string;
  year: number;
  deltas: CounterDelta[];
}

/** after − before, grouped by (unit, year), without zero deltas. */
export function counterChanges(before: Fact[], after: Fact[]): CounterChange[] {
  const sums = new Map<string, number>();
  const add = (f: Fact, sign: number) => {
    const k = JSON.stringify([f.unitPath, f.year, f.metric, f.grp]);
    sums.set(k, (sums.get(k) ?? 0) + sign * f.n);
  };
  for (const f of before) add(f, -1);
  for (const f of after) add(f, 1);
  const groups = new Map<string, CounterChange>();
  for (const [k, delta] of sums) {
    if (delta === 0) continue;
    const [unitPath, year, metric, grp] = JSON.parse(k) as [string, number, string, CounterGroup];
    const gk = `${unitPath}\u0000${year}`;
    const g = groups.get(gk) ?? { unitPath, year, deltas: [] };
    g.deltas.push({ metric, grp, delta });
    groups.set(gk, g);
  }
  return [...groups.values()];
}

/** A member's group as a counter group (anything unknown counts under "follower"). */
export function groupOf(g: string | null | undefined): "exemplar" | "follower" {
  return g === "exemplar" ? "exemplar" : "follower";
}
