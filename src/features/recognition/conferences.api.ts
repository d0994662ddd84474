import { registryApi } from "../../platform/registry/api";
import { exportConferences } from "./conferences-export.service";
import {
  ConferenceOut,
  CreateConferenceInput,
  ListConferencesQuery,
  UpdateConferenceInput,
} from "./conferences.inputs";
import {
  createConference,
  deleteConference,
  getConference,
  listConferences,
  updateConference,
} from "./conferences.service";

/** Study conferences under /conferences (tag exemplars in the API description). */
export const conferencesApi = registryApi({
  tag: "exemplars",
  who: { read: "managers", write: "managers" },
  names: { query: "ListConferencesQuery", list: "ConferenceList" },
  schemas: {
    query: ListConferencesQuery,
    item: ConferenceOut,
    create: CreateConferenceInput,
    update: UpdateConferenceInput,
  },
  text: {
    list: "List study conferences (filters: year, mode, unit subtree)",
    export: "Export the filtered conferences as XLSX or CSV",
    create: "Record a study conference (theme defaults to the year theme)",
    get: "A study conference",
    update: "Edit a study conference",
    remove: "Delete a study conference",
  },
  list: listConferences,
  export: exportConferences,
  create: createConference,
  get: getConference,
  update: updateConference,
  remove: deleteConference,
});
