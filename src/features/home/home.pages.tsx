import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { page } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { getHome } from "./home.service";
import { HomeView } from "./views/home-view";

/** Mounted at /t/:slug. */
export const homePages = new Hono<AppEnv>().get("/", async (c) => {
  const ctx = ctxOf(c);
  const data = await getHome(ctx);
  return page(c, "Trang chủ", <HomeView ctx={ctx} data={data} welcome={c.req.query("welcome") === "1"} />, {
    active: "/",
  });
});
