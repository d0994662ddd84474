import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { listMyDevices, pushSettings, removeDevice } from "./push.service";
import { DevicesPage } from "./views/push";

/** Mounted at /t/:slug/notifications/devices. */
export const pushPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const list = await listMyDevices(ctxOf(c), pushSettings(c.env));
    const body = (
      <DevicesPage
        base={tenantPath(c, "")}
        publicKey={list.publicKey}
        items={list.items}
        done={c.req.query("done")}
      />
    );
    return page(c, "Thiết bị nhận thông báo", body, { active: "/notifications" });
  })
  .post("/:id/delete", async (c) => {
    await removeDevice(ctxOf(c), c.req.param("id"));
    return seeOther(c, tenantPath(c, "/notifications/devices?done=removed"));
  });
