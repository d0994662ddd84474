import { apiOps } from "../../platform/api-routes";
import {
  CloseCycleInput,
  CreateCycleInput,
  CycleListOut,
  CycleOut,
  ReopenCycleInput,
  UpdateCycleInput,
} from "./cycles.inputs";
import { closeCycle, createCycle, getCycle, listCycles, reopenCycle, updateCycle } from "./cycles.service";

const api = apiOps("cycles");

/** Mounted at /api/v1/cycles. */
export const cyclesApi = api.router(
  api.get("/", {
    who: "all",
    summary: "The tenant's yearly cycles, newest first",
    out: CycleListOut,
    problems: [401, 403],
    run: async (ctx) => ({ items: await listCycles(ctx) }),
  }),
  api.post("/", {
    who: "admin",
    summary: "Open the cycle of a year (deadlines, checkpoint mode, minimum items, framework, gating)",
    body: CreateCycleInput,
    out: CycleOut,
    status: 201,
    call: createCycle,
  }),
  api.get("/{id}", {
    who: "all",
    summary: "A cycle",
    out: CycleOut,
    call: getCycle,
  }),
  api.patch("/{id}", {
    who: "admin",
    summary: "Change the settings of an open cycle",
    body: UpdateCycleInput,
    out: CycleOut,
    call: updateCycle,
  }),
  api.post("/{id}/close", {
    who: "admin",
    summary: "Close a cycle: every plan of its year is locked (writes answer 409)",
    body: CloseCycleInput,
    out: CycleOut,
    call: closeCycle,
  }),
  api.post("/{id}/reopen", {
    who: "admin",
    summary: "Reopen a closed cycle, with a recorded reason",
    body: ReopenCycleInput,
    out: CycleOut,
    call: reopenCycle,
  }),
);
