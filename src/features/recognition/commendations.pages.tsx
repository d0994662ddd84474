/** HTML pages of commendations under /commendations: list with filters and exports, create, record, edit, delete. */
import { isId } from "../../domain/ids";
import { forbidden } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { registryPages } from "../../platform/registry/pages";
import { exportCommendations } from "./commendations-export.service";
import { finishCommendations, listCommendationsQuery } from "./commendations-list.service";
import {
  CreateCommendationInput,
  ListCommendationsQuery,
  UpdateCommendationInput,
} from "./commendations.inputs";
import * as commendations from "./commendations.service";
import { getModelBrief } from "./models-read.service";
import { lookupCodes } from "./recognition-lookup.service";
import { CommendationsList } from "./views/commendations-list";
import { CommendationNew, CommendationPage } from "./views/commendations-views";

const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));
const fields = (f: Record<string, string>) => ({
  ...pickFields(f, "level", "form", "decisionNumber", "decisionDate", "issuer"),
  year: num(f.year),
  content: f.content,
});

export const commendationsPages = registryPages({
  path: "/commendations",
  active: "/commendations",
  notFound: "Không tìm thấy khen thưởng.",
  query: ListCommendationsQuery,
  async listPage(ctx, { q, params, notice }) {
    const list = finishCommendations(await listCommendationsQuery(ctx, q));
    return {
      title: "Khen thưởng",
      body: <CommendationsList ctx={ctx} list={list} params={params} notice={notice} />,
    };
  },
  export: exportCommendations,
  async recordPage(ctx, id, panel, done) {
    const one = await commendations.getCommendation(ctx, id);
    return { title: one.subjectName, body: <CommendationPage ctx={ctx} c={one} panel={panel} done={done} /> };
  },
  async newPage(ctx, query, form) {
    if (ctx.actor.role === "member") throw forbidden();
    // A model's commendation: the model comes from ?model= (or the form that came back).
    const modelId = form
      ? form.values.subjectType === "model"
        ? form.values.modelId
        : undefined
      : query.model;
    const model = isId(modelId) ? await getModelBrief(ctx, modelId) : undefined;
    return { title: "Ghi khen thưởng", body: <CommendationNew ctx={ctx} model={model} form={form} /> };
  },
  async create(ctx, f) {
    if (ctx.actor.role === "member") throw forbidden();
    let subjectId = f.modelId;
    if (f.subjectType !== "model") {
      const look = await lookupCodes(ctx, [f.unitCode ?? ""], [f.memberCard ?? ""]);
      subjectId =
        f.subjectType === "unit"
          ? look.unit(f.unitCode ?? "", "unitCode")
          : look.member(f.memberCard ?? "", "memberCard");
    }
    const input = parseForm(CreateCommendationInput, { subjectType: f.subjectType, subjectId, ...fields(f) });
    return commendations.createCommendation(ctx, input);
  },
  update: (ctx, id, f) =>
    commendations.updateCommendation(
      ctx,
      id,
      parseForm(UpdateCommendationInput, { ...fields(f), version: num(f.version) }),
    ),
  remove: commendations.deleteCommendation,
});
