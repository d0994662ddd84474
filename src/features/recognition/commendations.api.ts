import { registryApi } from "../../platform/registry/api";
import { commendationsImportApi } from "./recognition-import.api";
import { commendationDecisionApi } from "./commendations-decision.api";
import { exportCommendations } from "./commendations-export.service";
import { listCommendations } from "./commendations-list.service";
import {
  CommendationOut,
  CreateCommendationInput,
  ListCommendationsQuery,
  UpdateCommendationInput,
} from "./commendations.inputs";
import {
  createCommendation,
  deleteCommendation,
  getCommendation,
  updateCommendation,
} from "./commendations.service";

/** Commendations under /commendations: the registry's routes, its import and the decision documents. */
export const commendationsApi = registryApi(
  {
    tag: "commendations",
    who: { read: "all", write: "managers" },
    names: { query: "ListCommendationsQuery", list: "CommendationList" },
    schemas: {
      query: ListCommendationsQuery,
      item: CommendationOut,
      create: CreateCommendationInput,
      update: UpdateCommendationInput,
    },
    text: {
      list: "List commendations (filters: year, level, form, collective/individual, subject, unit subtree, member, model); a member sees their own",
      export: "Export the filtered commendations as XLSX or CSV (re-importable)",
      create: "Record a commendation of a model, a member or a unit",
      get: "A commendation",
      update: "Edit a commendation",
      remove: "Delete a commendation",
    },
    list: listCommendations,
    export: exportCommendations,
    create: createCommendation,
    get: getCommendation,
    update: updateCommendation,
    remove: deleteCommendation,
  },
  commendationsImportApi,
  commendationDecisionApi,
);
