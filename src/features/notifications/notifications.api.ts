import { createRoute } from "@hono/zod-openapi";
import { apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import { MarkReadInput, NotificationListOut, NotificationsQuery } from "./notifications.inputs";
import { listMyNotifications, markNotificationsRead } from "./notifications.service";

const tags = ["notifications"];

/** Mounted at /api/v1/notifications. */
export const notificationsApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary: "The signed-in member's notifications (reminders, plan returned or confirmed), newest first",
      request: { query: NotificationsQuery },
      responses: { 200: jsonContent(NotificationListOut), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await listMyNotifications(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/read",
      tags,
      summary: "Mark the given notifications (or all) as read",
      request: jsonBody(MarkReadInput),
      responses: { 204: { description: "Marked" }, ...problemResponses(400, 401, 403, 415) },
    }),
    async (c) => {
      await markNotificationsRead(ctxOf(c), c.req.valid("json"));
      return c.body(null, 204);
    },
  );
