import type { SeedState } from "./demo";

/**
 * Extra demo data each feature contributes, run in order after the tree and accounts
 * exist (members, criteria, plans…). Each step receives the admin ctx of the tenant.
 */
export const SEED_STEPS: ((s: SeedState) => Promise<void>)[] = [];
