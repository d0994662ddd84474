import { apiOps } from "../../platform/api-routes";
import { PushDeviceOut, PushDevicesOut, SubscribeInput } from "./push.inputs";
import { listMyDevices, pushSettings, removeDevice, subscribeDevice } from "./push.service";

const api = apiOps("push");
/** Every operation is a person's own: their session, their devices. */
const own = { who: "person" } as const;

/** Mounted at /api/v1/push. A person's own devices; API keys get 403. */
export const pushApi = api.router(
  api.get("/subscriptions", {
    ...own,
    summary: "Whether Web Push is on, its VAPID public key, and the signed-in person's registered devices",
    out: PushDevicesOut,
    problems: [401, 403],
    run: (ctx, _input, c) => listMyDevices(ctx, pushSettings(c.env)),
  }),
  api.post("/subscriptions", {
    ...own,
    summary: "Register this browser's push subscription (PushSubscription.toJSON()) for the signed-in person",
    description:
      "The same `endpoint` again updates the device (and moves it to this account if another person registered it on that browser). The endpoint must be a public https URL. 400 when push is off on this deployment (no VAPID keys).",
    body: SubscribeInput,
    out: PushDeviceOut,
    status: 201,
    problems: [400, 401, 403, 415],
    run: (ctx, { json }, c) => subscribeDevice(ctx, json, pushSettings(c.env)),
  }),
  api.delete("/subscriptions/{id}", {
    ...own,
    summary: "Remove one of the signed-in person's devices (another person's is 404)",
    problems: [401, 403, 404],
    call: removeDevice,
  }),
);
