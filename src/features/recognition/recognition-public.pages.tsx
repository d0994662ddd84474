/** The public page “gương người tốt, việc tốt” under /guong-nguoi-tot: anyone may read it while it is on. */
import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { page } from "../../platform/pages";
import { publicCtxOf } from "../../platform/tenant-context";
import { publicExemplars } from "./recognition-public.service";
import { PublicExemplars } from "./views/public-views";

export const publicExemplarsPages = new Hono<AppEnv>().get("/", async (c) => {
  const data = await publicExemplars(publicCtxOf(c));
  return page(c, data.title, <PublicExemplars data={data} />);
});
