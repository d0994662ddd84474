/**
 * Every roll-up counter source of the product, listed once. The recount rebuilds exactly these,
 * and moving a unit re-roots the `unit_path` of the tables they name: a new counted feature adds
 * its source here.
 */
import { evaluationsCounterSource } from "./features/evaluations";
import { exemplarsCounterSources } from "./features/recognition";
import { meetingsCounterSource } from "./features/meetings";
import { membersCounterSource } from "./features/members";
import { notebookCounterSource } from "./features/notebook";
import { plansCounterSource } from "./features/plans";
import type { CounterDiff } from "./platform/recount";
import { recountCounters } from "./platform/recount";
import type { Db } from "./platform/db";
import type { CounterSource } from "./platform/counters";

/** A function, not a constant: features import this module, and the list must not be built mid-cycle. */
export function counterSources(): readonly CounterSource[] {
  return [
    membersCounterSource,
    plansCounterSource,
    notebookCounterSource,
    meetingsCounterSource,
    evaluationsCounterSource,
    ...exemplarsCounterSources,
  ];
}

/** Recounts every source of the tenant (see platform/recount.ts); `fix` rewrites what differs. */
export function recountAll(db: Db, tenantId: string, opts: { fix?: boolean } = {}): Promise<CounterDiff[]> {
  return recountCounters(db, tenantId, counterSources(), opts);
}
