import { Hono } from "hono";
import type { AppEnv } from "../env";
import { ServiceError } from "../platform/errors";
import { seedDemoOperator } from "../features/console";
import { seedDemo } from "./demo.service";

/** POST /__dev/seed: answers only under `npm start` (DEMO_SEED=on) and only to a local caller. */
export const seedRoutes = new Hono<AppEnv>().post("/__dev/seed", async (c) => {
  const host = new URL(c.req.url).hostname;
  const local = host === "localhost" || host === "127.0.0.1" || host === "[::1]";
  if (c.env.DEMO_SEED !== "on" || !local) throw new ServiceError("not_found");
  const out = await seedDemo(c.env, c.get("requestId"));
  // The platform console's demo operator: operator / guongmau-demo at /platform/login.
  await seedDemoOperator(c.env);
  return c.json(out);
});
