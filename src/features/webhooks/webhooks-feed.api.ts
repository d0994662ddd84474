import { apiOps } from "../../platform/api-routes";
import { EventPageOut, EventsQuery } from "./webhooks-feed.inputs";
import { listEvents } from "./webhooks-feed.service";

const api = apiOps("events");

/** Mounted at /api/v1/events. Admins (the whole tenant) and secretaries or unit keys (their subtree). */
export const eventsApi = api.router(
  api.get("/", {
    who: "managers",
    summary: "The change feed: events in the order they occurred, after a cursor",
    description:
      "Poll with `after` = the previous `nextCursor`. Events are kept 30 days. A credential limited to a unit reads the events of its subtree and the tenant-wide ones (cycles).",
    query: EventsQuery,
    out: EventPageOut,
    call: listEvents,
  }),
);
