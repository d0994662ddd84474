import { TEMPLATE_62_KH_DUK } from "./62-kh-duk";
import type { CriteriaTemplate } from "./types";

export type { CriteriaTemplate } from "./types";

/** The template library, in display order. */
export const CRITERIA_TEMPLATES: readonly CriteriaTemplate[] = [TEMPLATE_62_KH_DUK];

export function findTemplate(id: string): CriteriaTemplate | undefined {
  return CRITERIA_TEMPLATES.find((t) => t.id === id);
}
