/** The evaluations feature's public face: what other features and the app may use. */
export { LEVELS, LEVEL_LABEL, isLevel } from "./evaluations.rules";
export { evaluationsCounterSource } from "./evaluations-counters.queries";
