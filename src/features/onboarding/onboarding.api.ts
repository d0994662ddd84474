import { createRoute, z } from "@hono/zod-openapi";
import { whoMayCall } from "../../platform/api-routes";
import { apiRouter, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import { getOnboarding, hideOnboarding } from "./onboarding.service";

const tags = ["onboarding"];

const OnboardingOut = z
  .object({
    steps: z.array(
      z.object({
        key: z.enum(["criteria", "tree", "secretaries", "cycle"]),
        title: z.string(),
        hint: z.string(),
        href: z.string(),
        done: z.boolean(),
      }),
    ),
    done: z.number(),
    complete: z.boolean(),
    hidden: z.boolean(),
    memberCap: z.number().nullable(),
  })
  .openapi("Onboarding");

/** Mounted at /api/v1/onboarding. */
export const onboardingApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      description: whoMayCall("admin", "get"),
      path: "/",
      tags,
      summary: "The new admin's checklist: criteria framework, tree or roster, secretaries, the year's cycle",
      responses: { 200: jsonContent(OnboardingOut), ...problemResponses(401, 403) },
    }),
    async (c) => c.json(await getOnboarding(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      description: whoMayCall("admin", "post"),
      path: "/hide",
      tags,
      summary: "Hide the checklist from the home page",
      responses: { 204: { description: "Hidden" }, ...problemResponses(401, 403, 409) },
    }),
    async (c) => {
      await hideOnboarding(ctxOf(c));
      return c.body(null, 204);
    },
  );
