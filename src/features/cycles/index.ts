/** The cycles feature's public face: what other features and the app may use. */
export { CycleOut, IsoDate } from "./cycles.inputs";
export type { CheckpointMode } from "./cycles.inputs";
export {
  checkpointsOf,
  daysBetween,
  parseReminderDays,
  planDeadline,
  reminderStage,
} from "./cycles.rules";
export {
  createCycle,
  cycleOfYearQuery,
  cycleQuery,
  cyclesQuery,
  listCycles,
  requireOpenCycle,
  toCycleOut,
} from "./cycles.service";
export type { CycleRow } from "./cycles.service";
