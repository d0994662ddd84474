import { Hono } from "hono";
import type { Context } from "hono";
import { isId } from "../../domain";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import * as items from "./criteria-items.service";
import { discardDraft, publishSet, startNewDraft } from "./criteria-publish.service";
import { SET_NOT_FOUND, getSetCompare, getSetView } from "./criteria-sets.service";
import {
  AddCriterionInput,
  ConcretiseInput,
  MoveCriterionInput,
  UpdateCriterionInput,
  UpdateSetInput,
} from "./criteria.inputs";
import { ComparePage } from "./views/compare-page";
import type { Panel } from "./views/parts";
import { SetPage } from "./views/set-page";

const ACTIVE = "/admin/criteria";
const showPage = pageUnder(ACTIVE);

async function renderSet(c: Context<AppEnv>, id: string, panel?: Panel, status = 200) {
  const ctx = ctxOf(c);
  const view = await getSetView(ctx, id);
  return showPage(
    c,
    `Khung tiêu chí ${view.set.year} · ${view.unit.name}`,
    <SetPage ctx={ctx} view={view} panel={panel} done={c.req.query("done")} />,
    status,
  );
}

/** Runs a set form action: 303 back to the set, or the page again with the error (400/409). */
function act(
  c: Context<AppEnv>,
  form: string,
  run: (f: Record<string, string>, ids: { id: string; key: string }) => Promise<string>,
) {
  const id = c.req.param("id") ?? "";
  const key = c.req.param("key") ?? "";
  if (!isId(id) || (c.req.param("key") !== undefined && !isId(key))) throw notFound(SET_NOT_FOUND);
  // Per-criterion forms are told apart by key, so the failed one re-opens with its errors.
  const panelForm = form === "update" || form === "concretise" ? `${form}:${key}` : form;
  return submitForm(
    c,
    async (f) => {
      const to = await run(f, { id, key });
      return seeOther(c, tenantPath(c, to.startsWith("/") ? to : `/admin/criteria/sets/${id}?done=${to}`));
    },
    (state, status) => renderSet(c, id, { form: panelForm, ...state }, status),
  );
}

/** Form fields → input values: "" is absent, a cleared text is null, "yes"/"no" a boolean. */
export const num = (s: string | undefined) => (s === undefined || s === "" ? undefined : Number(s));
export const nullable = (s: string | undefined) => (s === undefined ? undefined : s.trim() === "" ? null : s);
const core = (s: string | undefined) => (s === "yes" ? true : s === "no" ? false : undefined);
const wording = (f: Record<string, string>) => ({
  ...pickFields(f, "title", "body"),
  isCore: core(f.isCore),
  version: num(f.version),
});

function setId(c: Context<AppEnv>): string {
  const id = c.req.param("id");
  if (!isId(id)) throw notFound(SET_NOT_FOUND);
  return id;
}

/** Mounted at /t/:slug/admin/criteria/sets. */
export const criteriaSetsPages = new Hono<AppEnv>()
  .get("/:id", (c) => renderSet(c, setId(c)))
  .get("/:id/compare", async (c) => {
    const ctx = ctxOf(c);
    const cmp = await getSetCompare(ctx, setId(c));
    return showPage(c, `So sánh khung tiêu chí · ${cmp.unit.name}`, <ComparePage ctx={ctx} cmp={cmp} />);
  })
  .post("/:id/header", (c) =>
    act(c, "header", async (f, { id }) => {
      const input = parseForm(UpdateSetInput, {
        ...pickFields(f, "title", "issuer"),
        docNumber: nullable(f.docNumber),
        docDate: nullable(f.docDate),
        basis: nullable(f.basis),
        version: num(f.version),
      });
      await items.updateSetHeader(ctxOf(c), id, input);
      return "saved";
    }),
  )
  .post("/:id/criteria", (c) =>
    act(c, "add", async (f, { id }) => {
      const input = parseForm(AddCriterionInput, { group: f.group, ...wording(f) });
      const out = await items.addCriterion(ctxOf(c), id, input);
      return `/admin/criteria/sets/${id}?done=saved#c-${out.key}`;
    }),
  )
  .post("/:id/criteria/:key/update", (c) =>
    act(c, "update", async (f, { id, key }) => {
      await items.updateCriterion(ctxOf(c), id, key, parseForm(UpdateCriterionInput, wording(f)));
      return "saved";
    }),
  )
  .post("/:id/criteria/:key/concretise", (c) =>
    act(c, "concretise", async (f, { id, key }) => {
      await items.concretiseCriterion(ctxOf(c), id, key, parseForm(ConcretiseInput, wording(f)));
      return "saved";
    }),
  )
  .post("/:id/criteria/:key/move", (c) =>
    act(c, "move", async (f, { id, key }) => {
      const input = parseForm(MoveCriterionInput, { direction: f.direction, version: num(f.version) });
      await items.moveCriterion(ctxOf(c), id, key, input);
      return "saved";
    }),
  )
  .post("/:id/discard", (c) =>
    act(c, "discard", async (f, { id }) => {
      const out = await discardDraft(ctxOf(c), id, num(f.version) ?? 0);
      return out.setDeleted
        ? `/admin/criteria/units/${out.unitId}?year=${out.year}&done=discarded`
        : "discarded";
    }),
  );

/** Verbs that take only the set's `version`: POST …/criteria/:key/<verb> and POST …/sets/:id/<verb>. */
const KEY_VERBS = {
  hide: items.hideCriterion,
  restore: items.restoreCriterion,
  rebase: items.rebaseCriterion,
  delete: items.deleteCriterion,
} as const;
for (const [verb, run] of Object.entries(KEY_VERBS))
  criteriaSetsPages.post(`/:id/criteria/:key/${verb}`, (c) =>
    act(c, verb, async (f, { id, key }) => {
      await run(ctxOf(c), id, key, num(f.version) ?? 0);
      return "saved";
    }),
  );
const SET_VERBS = { publish: [publishSet, "published"], drafts: [startNewDraft, "drafted"] } as const;
for (const [verb, [run, done]] of Object.entries(SET_VERBS))
  criteriaSetsPages.post(`/:id/${verb}`, (c) =>
    act(c, verb, async (f, { id }) => {
      await run(ctxOf(c), id, num(f.version) ?? 0);
      return done;
    }),
  );
