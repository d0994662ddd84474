import { Hono } from "hono";
import type { Context } from "hono";
import { VN_OFFSET_MS, isId } from "../../domain";
import type { AppEnv } from "../../env";
import { invalid, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { type FormState, page, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { parseViDate } from "../../lib/sheets";
import { getUnitByCode } from "../orgs";
import { CreateApiKeyInput } from "./api-keys.inputs";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.service";
import { ApiKeysPage, CreatedKeyPage } from "./views/api-keys-views";

const ACTIVE = "/admin/api-keys";

async function renderList(c: Context<AppEnv>, form?: FormState) {
  const ctx = ctxOf(c);
  const keys = await listApiKeys(ctx);
  return page(c, "Khóa API", <ApiKeysPage ctx={ctx} keys={keys} form={form} done={c.req.query("done")} />, {
    active: ACTIVE,
    status: form ? 400 : 200,
  });
}

/** `dd/mm/yyyy` → the end of that day in Vietnam (epoch ms); "" → null; anything else → NaN (invalid). */
function endOfVnDay(text: string | undefined): number | null {
  if (!text?.trim()) return null;
  const iso = parseViDate(text);
  return iso ? Date.parse(`${iso}T00:00:00Z`) - VN_OFFSET_MS + 86_400_000 - 1 : Number.NaN;
}

/** Mounted at /t/:slug/admin/api-keys. */
export const apiKeysPages = new Hono<AppEnv>()
  .get("/", (c) => renderList(c))
  .post("/", (c) => {
    const ctx = ctxOf(c);
    return submitForm(
      c,
      async (f) => {
        const unit = f.unitCode ? await getUnitByCode(ctx, f.unitCode, "unitCode") : null;
        const expiresAt = endOfVnDay(f.expires);
        if (Number.isNaN(expiresAt)) throw invalid({ expiresAt: "Ngày hết hạn cần theo dạng dd/mm/yyyy." });
        const input = parseForm(CreateApiKeyInput, {
          name: f.name,
          scopes: f.scope === "write" ? ["read", "write"] : ["read"],
          unitId: unit?.id,
          expiresAt,
        });
        const created = await createApiKey(ctx, input);
        return page(c, "Khóa API mới", <CreatedKeyPage ctx={ctx} created={created} />, {
          active: ACTIVE,
          status: 201,
        });
      },
      (state) => renderList(c, state),
      [400],
    );
  })
  .post("/:id/revoke", async (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound("Không tìm thấy khóa API.");
    await revokeApiKey(ctxOf(c), id);
    return seeOther(c, tenantPath(c, "/admin/api-keys?done=revoked"));
  });
