import { vnYear } from "../../domain/time";
import { apiOps, byVersion } from "../../platform/api-routes";
import { VersionQuery, YearQuery } from "../../platform/query-params";
import * as In from "./meetings-rotation.inputs";
import * as Turns from "./meetings-rotation.service";

const api = apiOps("meetings");

/** The rotation of reports before the cell: mounted at /api/v1/report-turns. */
export const rotationApi = api.router(
  api.get("/", {
    who: "managers",
    summary: "A unit's rotation of reports before the cell in a year (default: the actor's unit, this year)",
    query: In.RotationQuery,
    out: In.RotationOut,
    call: Turns.getRotation,
  }),
  api.post("/generate", {
    who: "managers",
    summary:
      "Plan the rotation: members without a report yet, leaders (group 1) first, spread over the regular meetings left in the year",
    description:
      "The regular meeting is on `day` of each month (the last day of a shorter month) from `fromMonth`, never before today. Turns already reported stay; the other planned turns of the unit and year are replaced. Members with a turn in another unit this year are left out.",
    body: In.GenerateRotationInput,
    out: In.RotationOut,
    call: Turns.generateRotation,
  }),
  api.post("/", {
    who: "managers",
    summary: "Add a member's turn (one turn a member and year; 409 when there is one)",
    body: In.AddTurnInput,
    out: In.TurnOut,
    status: 201,
    call: Turns.addTurn,
  }),
  api.get("/mine", {
    who: "all",
    summary: "The signed-in member's turn of the year, with the cell's remark once reported (null: none)",
    query: YearQuery,
    out: In.MyTurnOut,
    run: async (ctx, { query }) => ({ turn: await Turns.getMyTurn(ctx, query.year ?? vnYear(ctx.now)) }),
  }),
  api.patch("/{id}", {
    who: "managers",
    summary: "Move a planned turn to another date of its year (409 once reported)",
    body: In.UpdateTurnInput,
    out: In.TurnOut,
    call: Turns.updateTurn,
  }),
  api.delete("/{id}", {
    who: "managers",
    summary: "Remove a planned turn (409 once reported)",
    query: VersionQuery,
    call: byVersion(async (ctx, id, version) => {
      await Turns.deleteTurn(ctx, id, version);
    }),
  }),
);
