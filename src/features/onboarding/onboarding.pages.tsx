import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { hideOnboarding } from "./onboarding.service";

/** Mounted at /t/:slug/onboarding. */
export const onboardingPages = new Hono<AppEnv>().post("/hide", async (c) => {
  await hideOnboarding(ctxOf(c));
  return seeOther(c, tenantPath(c, "/"));
});
