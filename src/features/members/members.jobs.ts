// The members feature's handlers on the JOBS queue (registered in src/index.ts): the roster import.
import { importJobHandlers } from "../../platform/imports/handlers";
import { membersImport } from "./members-import.service";

export const MEMBERS_JOBS = importJobHandlers(membersImport);
