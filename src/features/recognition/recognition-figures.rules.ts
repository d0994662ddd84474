/** The feature's counter metrics and the deltas each kind of row contributes (pure). */
import type { CounterDelta } from "../../platform/counters";
import { LEVELS, type Level, SUBJECT_KINDS, type SubjectKind } from "./commendations.inputs";
import { MODES, type Mode } from "./conferences.inputs";
import { MODEL_STATUSES, type ModelStatus } from "./models.inputs";

export const modelMetric = (s: ModelStatus) => `exemplars.models.${s}`;
export const EXEMPLARY_METRIC = "exemplars.models.exemplary";
export const commendationMetric = (l: Level, k: SubjectKind) => `exemplars.commendations.${l}.${k}`;
export const conferenceMetric = (m: Mode, what: "count" | "sites" | "participants") =>
  `exemplars.conferences.${m}.${what}`;

export const MODEL_METRICS = [...MODEL_STATUSES.map(modelMetric), EXEMPLARY_METRIC];
export const COMMENDATION_METRICS = LEVELS.flatMap((l) => SUBJECT_KINDS.map((k) => commendationMetric(l, k)));
export const CONFERENCE_METRICS = MODES.flatMap((m) =>
  (["count", "sites", "participants"] as const).map((w) => conferenceMetric(m, w)),
);
export const EXEMPLAR_METRICS = [...MODEL_METRICS, ...COMMENDATION_METRICS, ...CONFERENCE_METRICS];

/** The counters one model-year row contributes (sign -1 to take it away). */
export function yearDeltas(
  row: { status: string; exemplary: boolean | number } | null,
  sign = 1,
): CounterDelta[] {
  if (!row) return [];
  const out: CounterDelta[] = [{ metric: modelMetric(row.status as ModelStatus), grp: "all", delta: sign }];
  if (row.exemplary) out.push({ metric: EXEMPLARY_METRIC, grp: "all", delta: sign });
  return out;
}

export function commendationDeltas(row: { level: string; subjectKind: string }, sign = 1): CounterDelta[] {
  return [
    {
      metric: commendationMetric(row.level as Level, row.subjectKind as SubjectKind),
      grp: "all",
      delta: sign,
    },
  ];
}

export function conferenceDeltas(
  row: { mode: string; sites: number; participants: number },
  sign = 1,
): CounterDelta[] {
  const m = row.mode as Mode;
  return [
    { metric: conferenceMetric(m, "count"), grp: "all", delta: sign },
    { metric: conferenceMetric(m, "sites"), grp: "all", delta: sign * row.sites },
    { metric: conferenceMetric(m, "participants"), grp: "all", delta: sign * row.participants },
  ];
}

/** Sums deltas of the same metric (a status change nets out what did not change). */
export function netDeltas(...lists: CounterDelta[][]): CounterDelta[] {
  const m = new Map<string, number>();
  for (const d of lists.flat()) m.set(d.metric, (m.get(d.metric) ?? 0) + d.delta);
  return [...m].filter(([, v]) => v !== 0).map(([metric, delta]) => ({ metric, grp: "all", delta }));
}

/**
 * The counter changes of an edited record at one place: a single net change while its year stays,
 * its old contribution taken out of the old year and the new one added to the new year otherwise.
 */
export function yearMoves(
  before: { year: number; deltas: CounterDelta[] },
  after: { year: number; deltas: CounterDelta[] },
): { year: number; deltas: CounterDelta[] }[] {
  const out = before.deltas.map((d) => ({ ...d, delta: -d.delta }));
  if (before.year === after.year) return [{ year: after.year, deltas: netDeltas(out, after.deltas) }];
  return [
    { year: before.year, deltas: out },
    { year: after.year, deltas: after.deltas },
  ];
}
