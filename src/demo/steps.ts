import { seedCriteriaStep } from "./criteria-seed.service";
import { seedExemplarsStep } from "./exemplars-seed.service";
import { seedMeetingsStep } from "./meetings-seed.service";
import { seedMembersStep } from "./members-seed.service";
import { seedPlansStep } from "./plans-seed.service";
import type { SeedState } from "./demo.service";

/**
 * Extra demo data each feature contributes, run in order after the tree and accounts
 * exist (members, criteria, plans…). Each step receives the admin ctx of the tenant.
 */
export const SEED_STEPS: ((s: SeedState) => Promise<void>)[] = [
  seedMembersStep,
  seedCriteriaStep,
  seedMeetingsStep,
  seedPlansStep,
  seedExemplarsStep,
];
