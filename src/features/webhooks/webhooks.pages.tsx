import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { isId, vnDayStartMs } from "../../domain";
import { parseViDate } from "../../lib/sheets";
import { invalid, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { type FormState, pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { listWithCreate } from "../../platform/admin-lists";
import { ctxOf } from "../../platform/tenant-context";
import { CreateEndpointInput, UpdateEndpointInput } from "./webhooks.inputs";
import { getEndpointWithLog } from "./webhooks-attempt.service";
import { DELIVERY_ID, ReplayRangeInput } from "./webhooks-deliveries.inputs";
import { replayDelivery, replayRange } from "./webhooks-dispatch.service";
import { DeliveryLog } from "./views/webhooks-log";
import * as endpoints from "./webhooks.service";
import { EndpointPage, SecretPage, WebhooksPage } from "./views/webhooks-views";

const show = pageUnder("/admin/webhooks");
type C = Context<AppEnv>;

/** The endpoint id of the path, or 404 before any read. */
function idOf(c: C): string {
  const id = c.req.param("id") ?? "";
  if (!isId(id)) throw notFound("Không tìm thấy địa chỉ nhận webhook.");
  return id;
}

/** The posted fields as the API's body: the checked `type:<type>` boxes become `eventTypes`. */
function endpointFields(f: Record<string, string>) {
  const eventTypes = Object.keys(f)
    .filter((k) => k.startsWith("type:"))
    .map((k) => k.slice(5));
  return { url: f.url, description: f.description ?? "", eventTypes };
}

async function renderList(c: C, form?: FormState) {
  const ctx = ctxOf(c);
  const body = (
    <WebhooksPage
      ctx={ctx}
      endpoints={await endpoints.listEndpoints(ctx)}
      form={form}
      done={c.req.query("done")}
    />
  );
  return show(c, "Webhook", body, form ? 400 : 200);
}

/** The endpoint's page; `back` is the form that came back with errors (its settings, or the replay). */
async function renderEndpoint(
  c: C,
  id: string,
  back?: { form: "edit" | "replay"; state: FormState; status: number },
) {
  const ctx = ctxOf(c);
  const before = c.req.query("before");
  const q = before && DELIVERY_ID.test(before) ? { before } : {};
  const { endpoint: e, log } = await getEndpointWithLog(ctx, id, q);
  const edit = back?.form === "edit" ? back.state : undefined;
  const replay = back?.form === "replay" ? back.state : undefined;
  const body = (
    <EndpointPage ctx={ctx} e={e} form={edit} done={c.req.query("done")}>
      <DeliveryLog base={`/t/${ctx.tenant.slug}/admin/webhooks/${e.id}`} log={log} form={replay} />
    </EndpointPage>
  );
  return show(c, e.description || "Địa chỉ nhận webhook", body, back?.status ?? 200);
}

/** `dd/mm/yyyy` → the start of that day in Vietnam, as RFC 3339 (a whole day later with `after`). */
function vnDayStart(text: string | undefined, after = false): string | undefined {
  const iso = text ? parseViDate(text) : null;
  if (!iso) return undefined;
  return new Date(vnDayStartMs(iso) + (after ? 86_400_000 : 0)).toISOString();
}

/** Mounted at /t/:slug/admin/webhooks: tenant admins. */
export const webhooksPages = listWithCreate(
  renderList,
  async (c, ctx, f) => {
    const created = await endpoints.createEndpoint(
      ctx,
      parseForm(CreateEndpointInput, endpointFields(f)),
      endpoints.webhookEnv(c.env),
    );
    return show(c, "Webhook mới", <SecretPage ctx={ctx} id={created.id} secret={created.secret} />, 201);
  },
  [400, 409],
)
  .get("/:id", (c) => renderEndpoint(c, idOf(c)))
  .post("/:id", (c) => {
    const id = idOf(c);
    return submitForm(
      c,
      async (f) => {
        const input = parseForm(UpdateEndpointInput, { ...endpointFields(f), version: Number(f.version) });
        await endpoints.updateEndpoint(ctxOf(c), id, input, endpoints.webhookEnv(c.env));
        return seeOther(c, tenantPath(c, `/admin/webhooks/${id}?done=saved`));
      },
      (state, status) => renderEndpoint(c, id, { form: "edit", state, status }),
    );
  })
  .post("/:id/deliveries/:deliveryId/replay", async (c) => {
    const id = idOf(c);
    const deliveryId = c.req.param("deliveryId");
    if (!DELIVERY_ID.test(deliveryId)) throw notFound("Không tìm thấy lần gửi này.");
    await replayDelivery(ctxOf(c), id, deliveryId, c.env.JOBS);
    return seeOther(c, tenantPath(c, `/admin/webhooks/${id}?done=replayed`));
  })
  .post("/:id/replay", (c) => {
    const id = idOf(c);
    return submitForm(
      c,
      async (f) => {
        const from = vnDayStart(f.fromDate);
        const to = vnDayStart(f.toDate, true);
        if (!from || !to)
          throw invalid({
            ...(from ? {} : { from: "Ngày không hợp lệ: cần dạng dd/mm/yyyy." }),
            ...(to ? {} : { to: "Ngày không hợp lệ: cần dạng dd/mm/yyyy." }),
          });
        await replayRange(ctxOf(c), id, parseForm(ReplayRangeInput, { from, to }), c.env.JOBS);
        return seeOther(c, tenantPath(c, `/admin/webhooks/${id}?done=replayed`));
      },
      (state, status) => renderEndpoint(c, id, { form: "replay", state, status }),
    );
  })
  .post("/:id/disable", async (c) => {
    const id = idOf(c);
    await endpoints.setEndpointEnabled(ctxOf(c), id, false);
    return seeOther(c, tenantPath(c, `/admin/webhooks/${id}?done=saved`));
  })
  .post("/:id/enable", async (c) => {
    const id = idOf(c);
    await endpoints.setEndpointEnabled(ctxOf(c), id, true);
    return seeOther(c, tenantPath(c, `/admin/webhooks/${id}?done=saved`));
  })
  .post("/:id/rotate", async (c) => {
    const ctx = ctxOf(c);
    const id = idOf(c);
    const r = await endpoints.rotateEndpointSecret(ctx, id, endpoints.webhookEnv(c.env));
    return show(c, "Khóa bí mật mới", <SecretPage ctx={ctx} id={id} secret={r.secret} rotated />, 200);
  })
  .post("/:id/delete", async (c) => {
    await endpoints.deleteEndpoint(ctxOf(c), idOf(c));
    return seeOther(c, tenantPath(c, "/admin/webhooks?done=deleted"));
  });
