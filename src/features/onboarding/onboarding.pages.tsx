import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { hideOnboarding } from "./onboarding.service";

export const onboardingPages = new Hono<AppEnv>().post("/onboarding/hide", async (c) => {
  await hideOnboarding(ctxOf(c));
  return seeOther(c, tenantPath(c, "/"));
});
