/** HTML pages of study conferences under /conferences: list with the create form, record, edit, delete, exports. */
import { forbidden } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { registryPages } from "../../platform/registry/pages";
import { exportConferences } from "./conferences-export.service";
import { CreateConferenceInput, ListConferencesQuery, UpdateConferenceInput } from "./conferences.inputs";
import {
  createConference,
  deleteConference,
  finishConferences,
  getConference,
  listConferencesQuery,
  updateConference,
} from "./conferences.service";
import { lookupCodes } from "./recognition-lookup.service";
import { ConferencePage, ConferencesList } from "./views/conferences-views";

const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));
const fields = (f: Record<string, string>) => ({
  ...pickFields(f, "date", "title"),
  theme: f.theme ?? "",
  mode: f.mode,
  sites: num(f.sites),
  participants: num(f.participants),
  note: f.note,
});

export const conferencesPages = registryPages({
  path: "/conferences",
  active: "/conferences",
  notFound: "Không tìm thấy hội nghị.",
  query: ListConferencesQuery,
  async listPage(ctx, { q, params, notice }, _c, form) {
    const list = finishConferences(await listConferencesQuery(ctx, q));
    return {
      title: "Hội nghị học tập",
      body: <ConferencesList ctx={ctx} list={list} params={params} notice={notice} form={form} />,
    };
  },
  export: exportConferences,
  async recordPage(ctx, id, panel, done) {
    const x = await getConference(ctx, id);
    return { title: x.title, body: <ConferencePage ctx={ctx} x={x} panel={panel} done={done} /> };
  },
  async create(ctx, f) {
    if (ctx.actor.role === "member") throw forbidden();
    const unitId = (await lookupCodes(ctx, [f.unitCode ?? ""], [])).unit(f.unitCode ?? "", "unitCode");
    return createConference(ctx, parseForm(CreateConferenceInput, { unitId, ...fields(f) }));
  },
  update: (ctx, id, f) =>
    updateConference(ctx, id, parseForm(UpdateConferenceInput, { ...fields(f), version: num(f.version) })),
  remove: deleteConference,
});
