import { createSet } from "./criteria-create.service";
import { setYearTheme } from "./criteria-themes.service";
import { vnYear, isId, type Group } from "../../domain";
/** Criteria pages around the sets: the year index, a unit's start page, focus issues, "my criteria". */
import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { getUnitByCode } from "../orgs";
import { createFocusIssue, deleteFocusIssue, updateFocusIssue } from "./criteria-focus.service";
import {
  CreateFocusIssueInput,
  CreateSetInput,
  UpdateFocusIssueInput,
  YearThemeInput,
} from "./criteria.inputs";
import { getUnitStart } from "./criteria-create.service";
import { getFocusPage } from "./criteria-focus.service";
import { getCriteriaIndex } from "./criteria-index.service";
import { getMyCriteria } from "./criteria.service";

import { FocusPage } from "./views/focus-page";
import { IndexPage } from "./views/index-page";
import { MyCriteriaPage } from "./views/my-criteria";
import type { Panel } from "./views/parts";
import { UnitStartPage } from "./views/unit-start";

const ACTIVE = "/admin/criteria";
const UNIT_NOT_FOUND = "Không tìm thấy đơn vị.";

/** ?year= within 2000–2100, else the current year. */
function yearOf(c: Context<AppEnv>, raw = c.req.query("year")): number {
  const y = Number(raw);
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : vnYear(Date.now());
}

const num = (s: string | undefined) => (s === undefined || s === "" ? undefined : Number(s));
const nullable = (s: string | undefined) => (s === undefined ? undefined : s.trim() === "" ? null : s);

async function renderIndex(c: Context<AppEnv>, year: number, panel?: Panel, status = 200) {
  const ctx = ctxOf(c);
  const cursor = c.req.query("cursor");
  const data = await getCriteriaIndex(ctx, year, cursor && cursor.length <= 2000 ? cursor : undefined);
  return page(
    c,
    "Khung tiêu chí",
    <IndexPage ctx={ctx} data={data} panel={panel} done={c.req.query("done")} />,
    {
      active: ACTIVE,
      status,
    },
  );
}

async function renderStart(c: Context<AppEnv>, unitId: string, year: number, panel?: Panel, status = 200) {
  const ctx = ctxOf(c);
  const data = await getUnitStart(ctx, unitId, year);
  if (data.setId && !panel) return seeOther(c, tenantPath(c, `/admin/criteria/sets/${data.setId}`));
  const done = c.req.query("done");
  return page(
    c,
    `Khung tiêu chí ${year} · ${data.effective.unit.name}`,
    <UnitStartPage ctx={ctx} data={data} panel={panel} done={done} />,
    {
      active: ACTIVE,
      status,
    },
  );
}

async function renderFocus(c: Context<AppEnv>, unitId: string, year: number, panel?: Panel, status = 200) {
  const ctx = ctxOf(c);
  const data = await getFocusPage(ctx, unitId, year);
  return page(
    c,
    `Nội dung trọng tâm ${year} · ${data.unit.name}`,
    <FocusPage ctx={ctx} data={data} panel={panel} done={c.req.query("done")} />,
    {
      active: ACTIVE,
      status,
    },
  );
}

/** Field errors (400) and refusals (409) re-render the page; everything else propagates. */
function formError(e: unknown): e is ServiceError {
  return e instanceof ServiceError && (e.status === 400 || e.status === 409);
}

export const criteriaHomePages = new Hono<AppEnv>()
  .get("/criteria", async (c) => {
    const ctx = ctxOf(c);
    const q = c.req.query("group");
    const asked: Group | undefined = q === "exemplar" || q === "follower" ? q : undefined;
    const print = c.req.query("print") === "1";
    const data = await getMyCriteria(ctx, { group: asked, year: yearOf(c) });
    return page(
      c,
      "Tiêu chí của tôi",
      <MyCriteriaPage ctx={ctx} data={data} group={data.group} print={print} />,
      {
        active: "/criteria",
        bare: print,
      },
    );
  })
  .get("/admin/criteria", (c) => renderIndex(c, yearOf(c)))
  .get("/admin/criteria/find", async (c) => {
    const year = yearOf(c);
    const code = c.req.query("code") ?? "";
    try {
      requireRole(ctxOf(c), "admin", "secretary");
      const unit = await getUnitByCode(ctxOf(c), code.slice(0, 40), "code");
      return seeOther(c, tenantPath(c, `/admin/criteria/units/${unit.id}?year=${year}`));
    } catch (e) {
      if (!formError(e)) throw e;
      return renderIndex(c, year, { form: "find", values: { code }, errors: e.fields ?? {} }, e.status);
    }
  })
  .post("/admin/criteria/theme", async (c) => {
    const f = formStrings(await readForm(c));
    const year = yearOf(c, f.year);
    try {
      const input = parseForm(YearThemeInput, {
        year: num(f.year),
        termTheme: f.termTheme,
        yearTheme: f.yearTheme,
        note: nullable(f.note),
        version: num(f.version),
      });
      await setYearTheme(ctxOf(c), input);
      return seeOther(c, tenantPath(c, `/admin/criteria?year=${input.year}&done=theme`));
    } catch (e) {
      if (!formError(e)) throw e;
      return renderIndex(
        c,
        year,
        { form: "theme", values: f, errors: e.fields ?? {}, message: e.message },
        e.status,
      );
    }
  })
  .get("/admin/criteria/units/:id", (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound(UNIT_NOT_FOUND);
    return renderStart(c, id, yearOf(c));
  })
  .post("/admin/criteria/units/:id/sets", async (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound(UNIT_NOT_FOUND);
    const f = formStrings(await readForm(c));
    const year = yearOf(c, f.year);
    try {
      const input = parseForm(CreateSetInput, {
        unitId: id,
        year: num(f.year),
        source: f.source,
        templateId: f.source === "template" ? f.templateId : undefined,
        copyFromYear: f.source === "copy" ? num(f.copyFromYear) : undefined,
        title: f.title,
        issuer: f.issuer,
        docNumber: f.docNumber,
        docDate: f.docDate,
      });
      const set = await createSet(ctxOf(c), input);
      return seeOther(c, tenantPath(c, `/admin/criteria/sets/${set.id}?done=created`));
    } catch (e) {
      if (!formError(e)) throw e;
      return renderStart(
        c,
        id,
        year,
        { form: "create", values: f, errors: e.fields ?? {}, message: e.message },
        e.status,
      );
    }
  })
  .get("/admin/criteria/units/:id/focus", (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound(UNIT_NOT_FOUND);
    return renderFocus(c, id, yearOf(c));
  })
  .post("/admin/criteria/units/:id/focus", async (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound(UNIT_NOT_FOUND);
    const f = formStrings(await readForm(c));
    const year = yearOf(c, f.year);
    try {
      const input = parseForm(CreateFocusIssueInput, {
        unitId: id,
        year: num(f.year),
        kind: f.kind,
        title: f.title,
        description: f.description,
      });
      await createFocusIssue(ctxOf(c), input);
      return seeOther(c, tenantPath(c, `/admin/criteria/units/${id}/focus?year=${input.year}&done=created`));
    } catch (e) {
      if (!formError(e)) throw e;
      return renderFocus(
        c,
        id,
        year,
        { form: "add", values: f, errors: e.fields ?? {}, message: e.message },
        e.status,
      );
    }
  })
  .post("/admin/criteria/focus/:id/update", async (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound("Không tìm thấy nội dung trọng tâm này.");
    const f = formStrings(await readForm(c));
    try {
      const input = parseForm(UpdateFocusIssueInput, {
        kind: f.kind,
        title: f.title,
        description: nullable(f.description),
        version: num(f.version),
      });
      const out = await updateFocusIssue(ctxOf(c), id, input);
      return seeOther(
        c,
        tenantPath(c, `/admin/criteria/units/${out.unitId}/focus?year=${out.year}&done=saved`),
      );
    } catch (e) {
      if (!formError(e) || !isId(f.unitId)) throw e;
      const panel = { form: `update:${id}`, values: f, errors: e.fields ?? {}, message: e.message };
      return renderFocus(c, f.unitId, yearOf(c, f.year), panel, e.status);
    }
  })
  .post("/admin/criteria/focus/:id/delete", async (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound("Không tìm thấy nội dung trọng tâm này.");
    const f = formStrings(await readForm(c));
    try {
      const out = await deleteFocusIssue(ctxOf(c), id, num(f.version) ?? 0);
      return seeOther(
        c,
        tenantPath(c, `/admin/criteria/units/${out.unitId}/focus?year=${out.year}&done=deleted`),
      );
    } catch (e) {
      if (!formError(e) || !isId(f.unitId)) throw e;
      const panel = { form: "delete", values: f, errors: {}, message: e.message };
      return renderFocus(c, f.unitId, yearOf(c, f.year), panel, e.status);
    }
  });
