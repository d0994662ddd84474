import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { page, seeOther } from "../../platform/pages";
import { LandingView } from "./views/landing";

/** Mounted at /: the landing page and the tenant-code sign-in form. */
export const publicPages = new Hono<AppEnv>()
  .get("/", (c) => page(c, "Trên làm gương mẫu mực, dưới tích cực làm theo", <LandingView />))
  .get("/dang-nhap", (c) => {
    const slug = (c.req.query("don-vi") ?? "").trim().toLowerCase();
    return /^[a-z0-9-]{2,40}$/.test(slug) ? seeOther(c, `/t/${slug}/login`) : seeOther(c, "/#dang-nhap");
  });
