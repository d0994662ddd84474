import type { CriteriaGroup } from "../criteria.inputs";

/** A criteria framework shipped with the product, adopted into a tenant's root set for a year. */
export interface CriteriaTemplate {
  id: string;
  /** How the library lists it. */
  name: string;
  title: string;
  issuer: string;
  docNumber: string;
  /** ISO date of the issuing document. */
  docDate: string;
  basis: string;
  criteria: { key: string; group: CriteriaGroup; title: string; body: string; isCore: boolean }[];
}
