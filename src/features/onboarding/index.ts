/** The onboarding feature's public face: what other features and the app may use. */
export { onboardingQuery, onboardingState } from "./onboarding.service";
export type { OnboardingState } from "./onboarding.service";
export { OnboardingChecklist } from "./views/checklist";
