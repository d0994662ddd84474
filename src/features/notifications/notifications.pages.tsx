import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { PushOptIn, pushSettings } from "../push";
import { listMyNotifications, markNotificationsRead } from "./notifications.service";
import { CURSOR } from "./notifications.inputs";
import { NotificationsPage } from "./views/notifications";

/** Mounted at /t/:slug/notifications. */
export const notificationsPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const ctx = ctxOf(c);
    const cursor = c.req.query("cursor");
    const list = await listMyNotifications(ctx, {
      cursor: cursor && CURSOR.test(cursor) ? cursor : undefined,
    });
    const body = (
      <NotificationsPage
        list={list}
        base={tenantPath(c, "")}
        hasProfile={!!ctx.actor.memberId}
        done={c.req.query("done")}
      >
        <PushOptIn
          publicKey={pushSettings(c.env).publicKey}
          devicesHref={tenantPath(c, "/notifications/devices")}
        />
      </NotificationsPage>
    );
    return page(c, "Thông báo", body, { active: "/notifications" });
  })
  .post("/read", async (c) => {
    await markNotificationsRead(ctxOf(c), {});
    return seeOther(c, tenantPath(c, "/notifications?done=read"));
  });
