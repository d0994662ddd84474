/** Criteria pages around the sets: the year index, a unit's start page, focus issues, a stored version, "my criteria". */
import { Hono } from "hono";
import type { Context } from "hono";
import { type Group, isId, vnYear } from "../../domain";
import type { AppEnv } from "../../env";
import { ServiceError, notFound } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { type FormState, page, pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { getUnitByCode } from "../orgs";
import { createSet, getUnitStart } from "./criteria-create.service";
import { createFocusIssue, deleteFocusIssue, getFocusPage, updateFocusIssue } from "./criteria-focus.service";
import { getCriteriaIndex } from "./criteria-index.service";
import { nullable, num } from "./criteria-sets.pages";
import { getSetVersion } from "./criteria-sets.service";
import { setYearTheme } from "./criteria-themes.service";
import {
  CreateFocusIssueInput,
  CreateSetInput,
  UpdateFocusIssueInput,
  YearThemeInput,
} from "./criteria.inputs";
import { getMyCriteria } from "./criteria.service";
import { FocusPage } from "./views/focus-page";
import { IndexPage } from "./views/index-page";
import { MyCriteriaPage } from "./views/my-criteria";
import type { Panel } from "./views/parts";
import { UnitStartPage } from "./views/unit-start";
import { VersionPage } from "./views/version-page";

const ACTIVE = "/admin/criteria";
const showPage = pageUnder(ACTIVE);
const UNIT_NOT_FOUND = "Không tìm thấy đơn vị.";
const ISSUE_NOT_FOUND = "Không tìm thấy nội dung trọng tâm này.";

/** ?year= within 2000–2100, else the current year. */
function yearOf(c: Context<AppEnv>, raw = c.req.query("year")): number {
  const y = Number(raw);
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : vnYear(Date.now());
}

/** The `:id` path parameter, or 404 with `message`. */
function idParam(c: Context<AppEnv>, message: string): string {
  const id = c.req.param("id");
  if (!isId(id)) throw notFound(message);
  return id;
}

async function renderIndex(c: Context<AppEnv>, year: number, panel?: Panel, status = 200) {
  const ctx = ctxOf(c);
  const cursor = c.req.query("cursor");
  const data = await getCriteriaIndex(ctx, year, cursor && cursor.length <= 2000 ? cursor : undefined);
  const body = <IndexPage ctx={ctx} data={data} panel={panel} done={c.req.query("done")} />;
  return showPage(c, "Khung tiêu chí", body, status);
}

async function renderStart(c: Context<AppEnv>, unitId: string, year: number, panel?: Panel, status = 200) {
  const ctx = ctxOf(c);
  const data = await getUnitStart(ctx, unitId, year);
  if (data.setId && !panel) return seeOther(c, tenantPath(c, `/admin/criteria/sets/${data.setId}`));
  const body = <UnitStartPage ctx={ctx} data={data} panel={panel} done={c.req.query("done")} />;
  return showPage(c, `Khung tiêu chí ${year} · ${data.effective.unit.name}`, body, status);
}

async function renderFocus(c: Context<AppEnv>, unitId: string, year: number, panel?: Panel, status = 200) {
  const ctx = ctxOf(c);
  const data = await getFocusPage(ctx, unitId, year);
  const body = <FocusPage ctx={ctx} data={data} panel={panel} done={c.req.query("done")} />;
  return showPage(c, `Nội dung trọng tâm ${year} · ${data.unit.name}`, body, status);
}

/**
 * A focus issue's own form re-renders the focus page of the unit it was posted from (a hidden
 * field); without one there is no page to return to, and the error shows on its own.
 */
function backToFocus(c: Context<AppEnv>, form: string, keep = true) {
  return ({ values, errors, message }: FormState, status: 400 | 409) => {
    if (!isId(values.unitId))
      throw new ServiceError(status === 409 ? "conflict" : "validation", message, errors);
    const panel = { form, values, errors: keep ? errors : {}, message };
    return renderFocus(c, values.unitId, yearOf(c, values.year), panel, status);
  };
}

/** Mounted at /t/:slug/criteria: the signed-in account's own criteria. */
export const myCriteriaPages = new Hono<AppEnv>().get("/", async (c) => {
  const ctx = ctxOf(c);
  const q = c.req.query("group");
  const asked: Group | undefined = q === "exemplar" || q === "follower" ? q : undefined;
  const print = c.req.query("print") === "1";
  const data = await getMyCriteria(ctx, { group: asked, year: yearOf(c) });
  return page(
    c,
    "Tiêu chí của tôi",
    <MyCriteriaPage ctx={ctx} data={data} group={data.group} print={print} />,
    { active: "/criteria", bare: print },
  );
});

/** Mounted at /t/:slug/admin/criteria (a set's own pages are criteria-sets.pages.tsx). */
export const criteriaPages = new Hono<AppEnv>()
  .get("/", (c) => renderIndex(c, yearOf(c)))
  .get("/find", (c) => {
    const year = yearOf(c);
    const code = c.req.query("code") ?? "";
    return submitForm(
      c,
      async () => {
        requireRole(ctxOf(c), "admin", "secretary");
        const unit = await getUnitByCode(ctxOf(c), code.slice(0, 40), "code");
        return seeOther(c, tenantPath(c, `/admin/criteria/units/${unit.id}?year=${year}`));
      },
      ({ errors }, status) => renderIndex(c, year, { form: "find", values: { code }, errors }, status),
    );
  })
  .post("/theme", (c) =>
    submitForm(
      c,
      async (f) => {
        const input = parseForm(YearThemeInput, {
          year: num(f.year),
          ...pickFields(f, "termTheme", "yearTheme"),
          note: nullable(f.note),
          version: num(f.version),
        });
        await setYearTheme(ctxOf(c), input);
        return seeOther(c, tenantPath(c, `/admin/criteria?year=${input.year}&done=theme`));
      },
      (state, status) => renderIndex(c, yearOf(c, state.values.year), { form: "theme", ...state }, status),
    ),
  )
  .get("/units/:id", (c) => renderStart(c, idParam(c, UNIT_NOT_FOUND), yearOf(c)))
  .post("/units/:id/sets", (c) => {
    const id = idParam(c, UNIT_NOT_FOUND);
    return submitForm(
      c,
      async (f) => {
        const input = parseForm(CreateSetInput, {
          unitId: id,
          year: num(f.year),
          source: f.source,
          templateId: f.source === "template" ? f.templateId : undefined,
          copyFromYear: f.source === "copy" ? num(f.copyFromYear) : undefined,
          ...pickFields(f, "title", "issuer", "docNumber", "docDate"),
        });
        const set = await createSet(ctxOf(c), input);
        return seeOther(c, tenantPath(c, `/admin/criteria/sets/${set.id}?done=created`));
      },
      (state, status) =>
        renderStart(c, id, yearOf(c, state.values.year), { form: "create", ...state }, status),
    );
  })
  .get("/units/:id/focus", (c) => renderFocus(c, idParam(c, UNIT_NOT_FOUND), yearOf(c)))
  .post("/units/:id/focus", (c) => {
    const id = idParam(c, UNIT_NOT_FOUND);
    return submitForm(
      c,
      async (f) => {
        const input = parseForm(CreateFocusIssueInput, {
          unitId: id,
          year: num(f.year),
          ...pickFields(f, "kind", "title", "description"),
        });
        await createFocusIssue(ctxOf(c), input);
        const to = `/admin/criteria/units/${id}/focus?year=${input.year}&done=created`;
        return seeOther(c, tenantPath(c, to));
      },
      (state, status) => renderFocus(c, id, yearOf(c, state.values.year), { form: "add", ...state }, status),
    );
  })
  .post("/focus/:id/update", (c) => {
    const id = idParam(c, ISSUE_NOT_FOUND);
    return submitForm(
      c,
      async (f) => {
        const input = parseForm(UpdateFocusIssueInput, {
          ...pickFields(f, "kind", "title"),
          description: nullable(f.description),
          version: num(f.version),
        });
        const out = await updateFocusIssue(ctxOf(c), id, input);
        const to = `/admin/criteria/units/${out.unitId}/focus?year=${out.year}&done=saved`;
        return seeOther(c, tenantPath(c, to));
      },
      backToFocus(c, `update:${id}`),
    );
  })
  .post("/focus/:id/delete", (c) => {
    const id = idParam(c, ISSUE_NOT_FOUND);
    return submitForm(
      c,
      async (f) => {
        const out = await deleteFocusIssue(ctxOf(c), id, num(f.version) ?? 0);
        const to = `/admin/criteria/units/${out.unitId}/focus?year=${out.year}&done=deleted`;
        return seeOther(c, tenantPath(c, to));
      },
      backToFocus(c, "delete", false),
    );
  })
  .get("/versions/:id", async (c) => {
    const id = idParam(c, "Không tìm thấy phiên bản khung tiêu chí.");
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    const data = await getSetVersion(ctx, id);
    return page(c, `${data.version.title} · ${data.unit.name}`, <VersionPage ctx={ctx} data={data} />, {
      active: ACTIVE,
      bare: c.req.query("print") === "1",
    });
  });
