import { Hono } from "hono";
import type { Context } from "hono";
import { isId } from "../../domain";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { type FormState, pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { CreateEndpointInput, UpdateEndpointInput } from "./webhooks.inputs";
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

async function renderEndpoint(c: C, id: string, form?: FormState, status: 400 | 409 = 400) {
  const ctx = ctxOf(c);
  const e = await endpoints.getEndpoint(ctx, id);
  const body = <EndpointPage ctx={ctx} e={e} form={form} done={c.req.query("done")} />;
  return show(c, e.description || "Địa chỉ nhận webhook", body, form ? status : 200);
}

/** Mounted at /t/:slug/admin/webhooks: tenant admins. */
export const webhooksPages = new Hono<AppEnv>()
  .get("/", (c) => renderList(c))
  .post("/", (c) => {
    const ctx = ctxOf(c);
    return submitForm(
      c,
      async (f) => {
        const created = await endpoints.createEndpoint(
          ctx,
          parseForm(CreateEndpointInput, endpointFields(f)),
          endpoints.webhookEnv(c.env),
        );
        return show(c, "Webhook mới", <SecretPage ctx={ctx} id={created.id} secret={created.secret} />, 201);
      },
      (state) => renderList(c, state),
      [400, 409],
    );
  })
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
      (state, status) => renderEndpoint(c, id, state, status),
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
