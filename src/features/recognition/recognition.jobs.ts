// The recognition feature's handlers on the JOBS queue (registered in src/index.ts): the models and
// commendations imports, parsed and committed by the import pipeline.
import { importJobHandlers } from "../../platform/imports/handlers";
import { commendationsImport } from "./commendations-import.service";
import { modelsImport } from "./models-import.service";

export const RECOGNITION_JOBS = importJobHandlers(modelsImport, commendationsImport);
