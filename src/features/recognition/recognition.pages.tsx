/** Pages around the registry: import, templates, exports, figures, the public page and its setting. */
import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, forbidden } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf, publicCtxOf } from "../../platform/tenant-context";
import { commendationTemplate } from "./commendations-export.service";
import { importCommendations } from "./commendations-import.service";
import { YearQuery } from "./recognition.inputs";
import { exportModels, modelTemplate } from "./models-export.service";
import { exemplarFiguresWithChildren } from "./recognition-figures.service";
import { download, listParams, readMultipart } from "./exemplars.http";
import { importModels } from "./models-import.service";
import { ListModelsQuery, SettingsInput } from "./models.inputs";
import { getSettings, publicExemplars, updateSettings } from "./recognition-public.service";
import { MAX_IMPORT_BYTES } from "./recognition-sheets.rules";
import { FiguresPage } from "./views/figures-page";
import { type ImportKind, ImportPage } from "./views/import-page";
import { PublicExemplars, SettingsPage } from "./views/public-views";

const ACTIVE = "/exemplars";
const format = (s: string | undefined) => (s === "csv" ? "csv" : "xlsx");
const kindOf = (s: string | undefined): ImportKind => (s === "commendations" ? "commendations" : "models");

export const exemplarsIoPages = new Hono<AppEnv>()
  .get("/exemplars/export", async (c) => {
    const { q, notice } = listParams(c, ListModelsQuery);
    if (notice) throw new ServiceError("bad_request", notice);
    const f = await exportModels(ctxOf(c), q, format(c.req.query("format")));
    return download(c, f.bytes, f.type, f.fileName);
  })
  .get("/exemplars/import", (c) => {
    const ctx = ctxOf(c);
    if (ctx.actor.role === "member") throw forbidden();
    return page(c, "Nhập từ tệp", <ImportPage ctx={ctx} kind={kindOf(c.req.query("kind"))} />, {
      active: ACTIVE,
    });
  })
  .get("/exemplars/import/template", (c) => {
    const ctx = ctxOf(c);
    const fmt = format(c.req.query("format"));
    const f =
      kindOf(c.req.query("kind")) === "commendations"
        ? commendationTemplate(ctx, fmt)
        : modelTemplate(ctx, fmt);
    return download(c, f.bytes, f.type, f.fileName);
  })
  .post("/exemplars/import", async (c) => {
    const ctx = ctxOf(c);
    if (ctx.actor.role === "member") throw forbidden();
    let values: Record<string, string> = {};
    let kind: ImportKind = "models";
    try {
      const { fields, file } = await readMultipart(c, MAX_IMPORT_BYTES, "Tệp nhập quá lớn (tối đa 5 MB).");
      values = fields;
      kind = kindOf(fields.kind);
      if (!file) throw new ServiceError("validation", "Chưa chọn tệp.", { file: "Chưa chọn tệp để nhập." });
      const dryRun = fields.dryRun === "1";
      const result =
        kind === "commendations"
          ? await importCommendations(ctx, file.bytes, dryRun)
          : await importModels(ctx, file.bytes, dryRun);
      // The result (with its row errors) is the answer itself: there is nothing to redirect to.
      return page(
        c,
        "Nhập từ tệp",
        <ImportPage ctx={ctx} kind={kind} result={result} form={{ values, errors: {} }} />,
        {
          active: ACTIVE,
        },
      );
    } catch (e) {
      if (!(e instanceof ServiceError) || ![400, 409, 413, 415].includes(e.status)) throw e;
      const form = { values, errors: e.fields ?? { file: e.message }, message: e.message };
      return page(c, "Nhập từ tệp", <ImportPage ctx={ctx} kind={kind} form={form} />, {
        active: ACTIVE,
        status: e.status,
      });
    }
  })
  .get("/exemplars/figures", async (c) => {
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
    return page(c, "Số liệu mô hình, điển hình", <FiguresPage ctx={ctx} view={view} year={year} />, {
      active: ACTIVE,
    });
  })
  .get("/exemplars/settings", async (c) => {
    const ctx = ctxOf(c);
    const s = await getSettings(ctx);
    return page(c, "Trang công khai", <SettingsPage ctx={ctx} s={s} done={c.req.query("done") === "1"} />, {
      active: ACTIVE,
    });
  })
  .post("/exemplars/settings", async (c) => {
    const ctx = ctxOf(c);
    const f = formStrings(await readForm(c));
    try {
      await updateSettings(
        ctx,
        parseForm(SettingsInput, {
          publicPage: f.publicPage === "1",
          publicTitle: f.publicTitle ?? "",
          publicIntro: f.publicIntro ?? "",
          version: Number(f.version),
        }),
      );
      return seeOther(c, tenantPath(c, "/exemplars/settings?done=1"));
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
      const s = await getSettings(ctx);
      const form = { values: f, errors: e.fields ?? {}, message: e.message };
      return page(c, "Trang công khai", <SettingsPage ctx={ctx} s={s} form={form} />, {
        active: ACTIVE,
        status: e.status,
      });
    }
  })
  .get("/guong-nguoi-tot", async (c) => {
    const data = await publicExemplars(publicCtxOf(c));
    return page(c, data.title, <PublicExemplars data={data} />);
  });
