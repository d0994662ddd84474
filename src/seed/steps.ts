import { seedCriteriaStep } from "../features/criteria/criteria.seed";
import { seedExemplarsStep } from "../features/exemplars/exemplars.seed.service";
import { seedMembersStep } from "../features/members/members.seed.service";
import { seedMeetingsStep } from "../features/meetings/meetings.seed.service";
import { seedPlansStep } from "../features/plans/plans.seed.service";
import type { SeedState } from "./demo";

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
