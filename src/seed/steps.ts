import { seedCriteriaStep } from "../features/criteria";
import { seedExemplarsStep } from "../features/recognition";
import { seedMembersStep } from "../features/members";
import { seedMeetingsStep } from "../features/meetings";
import { seedPlansStep } from "../features/plans";
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
