/** The recognition feature's public face: models and exemplars, commendations, study conferences. */
export {
  EXEMPLARY_METRIC,
  commendationMetric,
  conferenceMetric,
  modelMetric,
} from "./exemplars.figures.service";
export { MODEL_STATUSES, STATUS_LABEL } from "./exemplars.inputs";
export { exemplarsCountByUnit } from "./exemplars.queries";
export { exemplarsCounterSources } from "./exemplars.recount.service";
export { FORM_LABEL, LEVELS, LEVEL_LABEL } from "./commendations.inputs";
export type { Form, Level } from "./commendations.inputs";
export { commendationsForMemberQuery, toCommendationOut } from "./commendations.queries";
export { MODES, MODE_LABEL } from "./conferences.inputs";
