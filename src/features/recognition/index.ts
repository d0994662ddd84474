/** The recognition feature's public face: models and exemplars, commendations, study conferences. */
export {
  EXEMPLARY_METRIC,
  commendationMetric,
  conferenceMetric,
  exemplarFigures,
  exemplarFiguresWithChildren,
  modelMetric,
} from "./recognition-figures.service";
export { MODEL_STATUSES, STATUS_LABEL } from "./models.inputs";
export { exemplarsCountByUnit } from "./models.queries";
export { exemplarsCounterSources } from "./recognition-recount.service";
export { FORM_LABEL, LEVELS, LEVEL_LABEL } from "./commendations.inputs";
export type { Form, Level } from "./commendations.inputs";
export { commendationsForMemberQuery, toCommendationOut } from "./commendations.queries";
export { MODES, MODE_LABEL } from "./conferences.inputs";
// The demo seed records its models, years, commendations and conferences through the verbs.
export { createCommendation } from "./commendations.service";
export { rememberDecisionDefaults } from "./commendations-decision.service";
export { createConference } from "./conferences.service";
export type { CreateModelInput } from "./models.inputs";
export { createModel, updateModel } from "./models.service";
export { setModelYear } from "./models-years.service";
export { updateSettings } from "./recognition-public.service";
