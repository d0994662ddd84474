/** Pages under /exemplars beside the registry: the figures of a subtree and the public page's setting. */
import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { parseForm } from "../../platform/forms";
import { pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { SettingsInput } from "./models.inputs";
import { exemplarFiguresWithChildren } from "./recognition-figures.service";
import { getSettings, updateSettings } from "./recognition-public.service";
import { YearQuery } from "./recognition.inputs";
import { FiguresPage } from "./views/figures-page";
import { SettingsPage } from "./views/public-views";

const ACTIVE = "/exemplars";
const showPage = pageUnder(ACTIVE);

export const recognitionPages = new Hono<AppEnv>()
  .get("/figures", async (c) => {
    const ctx = ctxOf(c);
    const y = YearQuery.safeParse(c.req.query("year") || new Date(ctx.now).getUTCFullYear());
    const year = y.success ? y.data : new Date(ctx.now).getUTCFullYear();
    const code = c.req.query("unitCode")?.trim();
    const key = code
      ? { code }
      : ctx.actor.role === "secretary" && ctx.actor.unitId
        ? { id: ctx.actor.unitId }
        : ({ root: true } as const);
    const view = await exemplarFiguresWithChildren(ctx, key, year);
    return showPage(c, "Số liệu mô hình, điển hình", <FiguresPage ctx={ctx} view={view} year={year} />);
  })
  .get("/settings", async (c) => {
    const ctx = ctxOf(c);
    const s = await getSettings(ctx);
    return showPage(
      c,
      "Trang công khai",
      <SettingsPage ctx={ctx} s={s} done={c.req.query("done") === "1"} />,
    );
  })
  .post("/settings", (c) =>
    submitForm(
      c,
      async (f) => {
        const input = parseForm(SettingsInput, {
          publicPage: f.publicPage === "1",
          publicTitle: f.publicTitle ?? "",
          publicIntro: f.publicIntro ?? "",
          version: Number(f.version),
        });
        await updateSettings(ctxOf(c), input);
        return seeOther(c, tenantPath(c, "/exemplars/settings?done=1"));
      },
      async (form, status) => {
        const ctx = ctxOf(c);
        const s = await getSettings(ctx);
        return showPage(c, "Trang công khai", <SettingsPage ctx={ctx} s={s} form={form} />, status);
      },
    ),
  );
