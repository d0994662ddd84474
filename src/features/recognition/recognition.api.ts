import { createRoute, z } from "@hono/zod-openapi";
import { Id } from "../../domain/ids";
import { whoMayCall } from "../../platform/api-routes";
import { apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import { SettingsInput } from "./models.inputs";
import { exemplarFiguresWithChildren } from "./recognition-figures.service";
import { getSettings, updateSettings } from "./recognition-public.service";
import { YearQuery } from "./recognition.inputs";

const tags = ["exemplars"];
const reads = problemResponses(400, 401, 403, 404);
const Counts = z.record(z.string(), z.number());
const Figures = z
  .object({
    unitId: z.string(),
    name: z.string(),
    code: z.string(),
    year: z.number(),
    models: Counts,
    commendations: z.record(z.string(), Counts),
    conferences: z.record(z.string(), Counts),
  })
  .openapi("ExemplarFigures");
const Settings = z
  .object({ publicPage: z.boolean(), publicTitle: z.string(), publicIntro: z.string(), version: z.number() })
  .openapi("ExemplarSettings");

/** Under /exemplars: the figures of a subtree and the public page's setting. */
export const recognitionApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      description: whoMayCall("managers", "get"),
      path: "/figures",
      tags,
      summary: "Figures of a unit's subtree for a year, and of each child unit",
      request: {
        query: z.object({
          unitId: Id.openapi({ param: { in: "query" } }),
          year: YearQuery.openapi({ param: { in: "query" } }),
        }),
      },
      responses: { 200: jsonContent(z.object({ unit: Figures, children: z.array(Figures) })), ...reads },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await exemplarFiguresWithChildren(ctxOf(c), q.unitId, q.year), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      description: whoMayCall("admin", "get"),
      path: "/settings",
      tags,
      summary: "The public page setting (admin)",
      responses: { 200: jsonContent(Settings), ...reads },
    }),
    async (c) => c.json(await getSettings(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      description: whoMayCall("admin", "put"),
      path: "/settings",
      tags,
      summary: "Turn the public page on or off (admin)",
      request: jsonBody(SettingsInput),
      responses: { 200: jsonContent(Settings), ...problemResponses(400, 401, 403, 404, 409, 415) },
    }),
    async (c) => c.json(await updateSettings(ctxOf(c), c.req.valid("json")), 200),
  );
