import type { Context } from "hono";
import { isId, vnDayStartMs } from "../../domain";
import type { AppEnv } from "../../env";
import { isoTime } from "../../platform/api-fields";
import { invalid, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { type FormState, pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { listWithCreate } from "../../platform/admin-lists";
import type { Ctx } from "../../platform/context";
import { ctxOf } from "../../platform/tenant-context";
import { parseViDate } from "../../lib/sheets";
import { getUnitByCode } from "../orgs";
import { CreateApiKeyInput } from "./api-keys.inputs";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.service";
import { listOrigins, setOrigins } from "./api-keys-origins.service";
import { ApiKeysPage, CreatedKeyPage } from "./views/api-keys-views";

const show = pageUnder("/admin/api-keys");

async function renderList(c: Context<AppEnv>, form?: FormState, originsForm?: FormState) {
  const ctx = ctxOf(c);
  const [keys, origins] = await Promise.all([listApiKeys(ctx), listOrigins(c.env, c.get("meter"), ctx)]);
  const done = c.req.query("done");
  const body = <ApiKeysPage {...{ ctx, keys, origins, form, originsForm, done }} />;
  return show(c, "Khóa API", body, form || originsForm ? 400 : 200);
}

/** The create form as the service's input: the unit by its code, the expiry as the end of a Vietnamese day. */
async function createInput(ctx: Ctx, f: Record<string, string>) {
  const expiresAt = endOfVnDay(f.expires);
  if (Number.isNaN(expiresAt))
    throw invalid({ expiresAt: "Ngày hết hạn không hợp lệ: cần một ngày có thật, dạng dd/mm/yyyy." });
  const unit = f.unitCode ? await getUnitByCode(ctx, f.unitCode, "unitCode") : null;
  const scopes = f.scope === "write" ? ["read", "write"] : ["read"];
  const expires = expiresAt === null ? null : isoTime(expiresAt);
  return parseForm(CreateApiKeyInput, { name: f.name, scopes, unitId: unit?.id, expiresAt: expires });
}

/** `dd/mm/yyyy` → the end of that day in Vietnam (epoch ms); "" → null; anything else → NaN (invalid). */
function endOfVnDay(text: string | undefined): number | null {
  if (!text?.trim()) return null;
  const iso = parseViDate(text);
  return iso ? vnDayStartMs(iso) + 86_400_000 - 1 : Number.NaN;
}

/** Mounted at /t/:slug/admin/api-keys. */
export const apiKeysPages = listWithCreate(renderList, async (c, ctx, f) => {
  const created = await createApiKey(ctx, await createInput(ctx, f));
  return show(c, "Khóa API mới", <CreatedKeyPage ctx={ctx} created={created} />, 201);
})
  .post("/origins", (c) => {
    const ctx = ctxOf(c);
    return submitForm(
      c,
      async (f) => {
        await setOrigins(c.env, c.get("meter"), ctx, (f.origins ?? "").split(/\r?\n/));
        return seeOther(c, tenantPath(c, "/admin/api-keys?done=origins"));
      },
      (state) => renderList(c, undefined, state),
      [400],
    );
  })
  .post("/:id/revoke", async (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound("Không tìm thấy khóa API.");
    await revokeApiKey(ctxOf(c), id);
    return seeOther(c, tenantPath(c, "/admin/api-keys?done=revoked"));
  });
