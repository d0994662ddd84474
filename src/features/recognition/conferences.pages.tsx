/** HTML pages of study conferences: list with the create form, detail, edit, delete, exports. */
import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { download, listParams } from "./exemplars.http";
import { lookupCodes } from "./recognition-lookup.service";
import type { FormState } from "./views/parts";
import { CreateConferenceInput, ListConferencesQuery, UpdateConferenceInput } from "./conferences.inputs";
import { exportConferences } from "./conferences-export.service";
import {
  createConference,
  deleteConference,
  finishConferences,
  getConference,
  listConferencesQuery,
  updateConference,
} from "./conferences.service";
import { ConferencePage, ConferencesList } from "./views/conferences-views";

const ID = /^[0-9a-z]{16}$/;
const ACTIVE = "/conferences";
const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));
const fields = (f: Record<string, string>) => ({
  date: f.date,
  title: f.title,
  theme: f.theme ?? "",
  mode: f.mode,
  sites: num(f.sites),
  participants: num(f.participants),
  note: f.note,
});

async function renderList(c: Context<AppEnv>, form?: FormState, status = 200) {
  const ctx = ctxOf(c);
  const { q, params, notice } = listParams(c, ListConferencesQuery);
  const list = finishConferences(await listConferencesQuery(ctx, q));
  return page(
    c,
    "Hội nghị học tập",
    <ConferencesList ctx={ctx} list={list} params={params} notice={notice} form={form} />,
    {
      active: ACTIVE,
      status,
    },
  );
}

async function renderOne(c: Context<AppEnv>, id: string, form?: FormState, status = 200) {
  const ctx = ctxOf(c);
  const x = await getConference(ctx, id);
  return page(c, x.title, <ConferencePage ctx={ctx} x={x} form={form} done={c.req.query("done")} />, {
    active: ACTIVE,
    status,
  });
}

export const conferencesPages = new Hono<AppEnv>()
  .get("/conferences", (c) => renderList(c))
  .get("/conferences/export", async (c) => {
    const { q, notice } = listParams(c, ListConferencesQuery);
    if (notice) throw new ServiceError("bad_request", notice);
    const f = await exportConferences(ctxOf(c), q, c.req.query("format") === "csv" ? "csv" : "xlsx");
    return download(c, f.bytes, f.type, f.fileName);
  })
  .post("/conferences", async (c) => {
    const ctx = ctxOf(c);
    const f = formStrings(await readForm(c));
    try {
      if (ctx.actor.role === "member") throw new ServiceError("forbidden");
      const unitId = (await lookupCodes(ctx, [f.unitCode ?? ""], [])).unit(f.unitCode ?? "", "unitCode");
      const created = await createConference(ctx, parseForm(CreateConferenceInput, { unitId, ...fields(f) }));
      return seeOther(c, tenantPath(c, `/conferences/${created.id}?done=created`));
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
      return renderList(c, { values: f, errors: e.fields ?? {}, message: e.message }, e.status);
    }
  })
  .get("/conferences/:id", (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy hội nghị.");
    return renderOne(c, id);
  })
  .post("/conferences/:id/update", async (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy hội nghị.");
    const f = formStrings(await readForm(c));
    try {
      await updateConference(
        ctxOf(c),
        id,
        parseForm(UpdateConferenceInput, { ...fields(f), version: num(f.version) }),
      );
      return seeOther(c, tenantPath(c, `/conferences/${id}?done=update`));
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
      return renderOne(c, id, { values: f, errors: e.fields ?? {}, message: e.message }, e.status);
    }
  })
  .post("/conferences/:id/delete", async (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy hội nghị.");
    const f = formStrings(await readForm(c));
    try {
      await deleteConference(ctxOf(c), id, Number(f.version));
      return seeOther(c, tenantPath(c, "/conferences"));
    } catch (e) {
      if (!(e instanceof ServiceError) || e.status !== 409) throw e;
      return renderOne(c, id, { values: {}, errors: {}, message: e.message }, 409);
    }
  });
