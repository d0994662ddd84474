/** HTML pages of commendations: list with filters and exports, create, detail, edit, delete. */
import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, forbidden, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { download, listParams } from "./exemplars.http";
import { lookupCodes } from "./recognition-lookup.service";
import { getModelBrief } from "./models-read.service";
import type { FormState } from "./views/parts";
import {
  CreateCommendationInput,
  ListCommendationsQuery,
  UpdateCommendationInput,
} from "./commendations.inputs";
import { exportCommendations } from "./commendations-export.service";
import {
  createCommendation,
  deleteCommendation,
  getCommendation,
  updateCommendation,
} from "./commendations.service";
import { finishCommendations, listCommendationsQuery } from "./commendations-list.service";
import { CommendationsList } from "./views/commendations-list";
import { CommendationNew, CommendationPage } from "./views/commendations-views";

const ID = /^[0-9a-z]{16}$/;
const ACTIVE = "/commendations";
const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));
const fields = (f: Record<string, string>) => ({
  level: f.level,
  form: f.form,
  decisionNumber: f.decisionNumber,
  decisionDate: f.decisionDate,
  issuer: f.issuer,
  year: num(f.year),
  content: f.content,
});

async function renderNew(c: Context<AppEnv>, modelId: string | undefined, form?: FormState, status = 200) {
  const ctx = ctxOf(c);
  if (ctx.actor.role === "member") throw forbidden();
  const model = modelId && ID.test(modelId) ? await getModelBrief(ctx, modelId) : undefined;
  return page(c, "Ghi khen thưởng", <CommendationNew ctx={ctx} model={model} form={form} />, {
    active: ACTIVE,
    status,
  });
}

async function renderOne(c: Context<AppEnv>, id: string, form?: FormState, status = 200) {
  const ctx = ctxOf(c);
  const one = await getCommendation(ctx, id);
  return page(
    c,
    one.subjectName,
    <CommendationPage ctx={ctx} c={one} form={form} done={c.req.query("done")} />,
    {
      active: ACTIVE,
      status,
    },
  );
}

export const commendationsPages = new Hono<AppEnv>()
  .get("/commendations", async (c) => {
    const ctx = ctxOf(c);
    const { q, params, notice } = listParams(c, ListCommendationsQuery);
    const list = finishCommendations(await listCommendationsQuery(ctx, q));
    return page(
      c,
      "Khen thưởng",
      <CommendationsList ctx={ctx} list={list} params={params} notice={notice} />,
      { active: ACTIVE },
    );
  })
  .get("/commendations/export", async (c) => {
    const { q, notice } = listParams(c, ListCommendationsQuery);
    if (notice) throw new ServiceError("bad_request", notice);
    const f = await exportCommendations(ctxOf(c), q, c.req.query("format") === "csv" ? "csv" : "xlsx");
    return download(c, f.bytes, f.type, f.fileName);
  })
  .get("/commendations/new", (c) => renderNew(c, c.req.query("model")))
  .post("/commendations", async (c) => {
    const ctx = ctxOf(c);
    if (ctx.actor.role === "member") throw forbidden();
    const f = formStrings(await readForm(c));
    try {
      let subjectId = f.modelId;
      if (f.subjectType !== "model") {
        const look = await lookupCodes(ctx, [f.unitCode ?? ""], [f.memberCard ?? ""]);
        subjectId =
          f.subjectType === "unit"
            ? look.unit(f.unitCode ?? "", "unitCode")
            : look.member(f.memberCard ?? "", "memberCard");
      }
      const input = parseForm(CreateCommendationInput, {
        subjectType: f.subjectType,
        subjectId,
        ...fields(f),
      });
      const created = await createCommendation(ctx, input);
      return seeOther(c, tenantPath(c, `/commendations/${created.id}?done=created`));
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
      return renderNew(
        c,
        f.subjectType === "model" ? f.modelId : undefined,
        { values: f, errors: e.fields ?? {}, message: e.message },
        e.status,
      );
    }
  })
  .get("/commendations/:id", (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy khen thưởng.");
    return renderOne(c, id);
  })
  .post("/commendations/:id/update", async (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy khen thưởng.");
    const f = formStrings(await readForm(c));
    try {
      const input = parseForm(UpdateCommendationInput, { ...fields(f), version: num(f.version) });
      await updateCommendation(ctxOf(c), id, input);
      return seeOther(c, tenantPath(c, `/commendations/${id}?done=update`));
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
      return renderOne(c, id, { values: f, errors: e.fields ?? {}, message: e.message }, e.status);
    }
  })
  .post("/commendations/:id/delete", async (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy khen thưởng.");
    const f = formStrings(await readForm(c));
    try {
      await deleteCommendation(ctxOf(c), id, Number(f.version));
      return seeOther(c, tenantPath(c, "/commendations"));
    } catch (e) {
      if (!(e instanceof ServiceError) || e.status !== 409) throw e;
      return renderOne(c, id, { values: {}, errors: {}, message: e.message }, 409);
    }
  });
