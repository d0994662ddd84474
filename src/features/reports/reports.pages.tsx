import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { page, pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { isId } from "../../domain/ids";
import { vnToday, vnYear } from "../../domain/time";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { getHomeUnitId } from "../orgs";
import { reportContent } from "./reports-content.rules";
import { numberSuffixOf } from "./reports-defaults.rules";
import { getDashboard } from "./reports-dashboard.service";
import { reportFile } from "./reports-docx.rules";
import * as documents from "./reports-documents.service";
import { download } from "../../platform/downloads";
import { figuresFile, peopleFile } from "./reports-sheets.rules";
import {
  CreateDocumentInput,
  ExportQuery,
  FiguresQuery,
  PeopleQuery,
  SECTION_KEYS,
  UpdateDocumentInput,
} from "./reports.inputs";
import { listAllPeople, listPeople } from "./reports-people.service";
import { runRecount } from "./reports-recount.service";
import { getFigures } from "./reports.service";
import { DashboardPage } from "./views/dashboard";
import { DocumentEditPage, DocumentsPage, type FormState } from "./views/documents";
import { PeopleView } from "./views/people";
import { PrintPage } from "./views/print";
import { RecountPage } from "./views/recount";

const ACTIVE = "/reports";
const showPage = pageUnder(ACTIVE);

function idParam(c: Context<AppEnv>, message = "Không tìm thấy đơn vị."): string {
  const id = c.req.param("id");
  if (!isId(id)) throw notFound(message);
  return id;
}

function yearOf(c: Context<AppEnv>): number {
  const q = parseForm(FiguresQuery, { year: c.req.query("year") });
  return q.year ?? vnYear(Date.now());
}

async function renderDocuments(c: Context<AppEnv>, unitId: string, year: number, form?: FormState) {
  const ctx = ctxOf(c);
  const v = await documents.listDocuments(ctx, unitId, year);
  const today = vnToday(ctx.now);
  const defaults = { number: `-${numberSuffixOf(v.unit.kind)}`, signerName: "", place: "", docDate: today };
  return showPage(
    c,
    "Báo cáo theo mẫu",
    <DocumentsPage ctx={ctx} v={v} year={year} defaults={defaults} form={form} />,
    form ? 400 : 200,
  );
}

async function renderDocument(c: Context<AppEnv>, id: string, form?: FormState, status = 200) {
  const ctx = ctxOf(c);
  const doc = await documents.getDocument(ctx, id);
  return showPage(
    c,
    `Báo cáo số ${doc.number}`,
    <DocumentEditPage ctx={ctx} doc={doc} form={form} done={c.req.query("done")} />,
    status,
  );
}

/** The document form's values as the API's input shape. */
function documentValues(f: Record<string, string>) {
  return {
    ...pickFields(
      f,
      "focus",
      "number",
      "docDate",
      "place",
      "superiorName",
      "issuerName",
      "subject",
      "signerAuthority",
      "signerTitle",
      "signerName",
    ),
    recipients:
      f.recipients === undefined
        ? undefined
        : f.recipients
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
    sections: SECTION_KEYS.some((k) => f[`sections.${k}`] !== undefined)
      ? Object.fromEntries(SECTION_KEYS.map((k) => [k, f[`sections.${k}`] ?? ""]))
      : undefined,
  };
}

export const reportsPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const id = await getHomeUnitId(ctxOf(c));
    if (!id) throw notFound("Không tìm thấy đơn vị.");
    return seeOther(c, tenantPath(c, `/reports/units/${id}`));
  })
  .get("/recount", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin");
    const result = c.req.query("run") ? await runRecount(ctx, false) : null;
    return showPage(
      c,
      "Đối soát số liệu",
      <RecountPage ctx={ctx} result={result} done={c.req.query("done")} />,
    );
  })
  .post("/recount", async (c) => {
    await runRecount(ctxOf(c), true);
    return seeOther(c, tenantPath(c, "/reports/recount?run=1&done=fixed"));
  })
  .get("/units/:id", async (c) => {
    const ctx = ctxOf(c);
    const dash = await getDashboard(ctx, idParam(c), yearOf(c));
    return showPage(c, `Báo cáo ${dash.view.unit.name}`, <DashboardPage ctx={ctx} dash={dash} />);
  })
  .get("/units/:id/export", async (c) => {
    const { format } = parseForm(ExportQuery, { format: c.req.query("format") });
    const ctx = ctxOf(c);
    const view = await getFigures(ctx, idParam(c), yearOf(c));
    return download(c, figuresFile(view, format, ctx.now));
  })
  .get("/units/:id/people", async (c) => {
    const ctx = ctxOf(c);
    const q = parseForm(PeopleQuery, c.req.query());
    const p = await listPeople(ctx, { ...q, unitId: idParam(c), year: q.year ?? vnYear(ctx.now) });
    return showPage(c, p.figure.label, <PeopleView ctx={ctx} page={p} first={!q.cursor} />);
  })
  .get("/units/:id/people/export", async (c) => {
    const ctx = ctxOf(c);
    const { format, ...rest } = c.req.query();
    const q = parseForm(PeopleQuery.omit({ cursor: true }), rest);
    const { format: fmt } = parseForm(ExportQuery, { format });
    const p = await listAllPeople(ctx, { ...q, unitId: idParam(c), year: q.year ?? vnYear(ctx.now) });
    return download(c, peopleFile(p, fmt, ctx.now));
  })
  .get("/units/:id/documents", (c) => renderDocuments(c, idParam(c), yearOf(c)))
  .post("/units/:id/documents", (c) => {
    const unitId = idParam(c);
    return submitForm(
      c,
      async (f) => {
        const input = parseForm(
          CreateDocumentInput,
          pickFields(f, "year", "focus", "number", "docDate", "place", "signerName"),
        );
        const doc = await documents.createDocument(ctxOf(c), unitId, input);
        return seeOther(c, tenantPath(c, `/reports/documents/${doc.id}?done=created`));
      },
      (state) => {
        const y = Number(state.values.year);
        return renderDocuments(c, unitId, y >= 2000 && y <= 2100 ? y : vnYear(Date.now()), state);
      },
    );
  })
  .get("/documents/:id", (c) => renderDocument(c, idParam(c, "Không tìm thấy báo cáo.")))
  .post("/documents/:id", (c) => {
    const id = idParam(c, "Không tìm thấy báo cáo.");
    return submitForm(
      c,
      async (f) => {
        const input = parseForm(UpdateDocumentInput, { ...documentValues(f), version: Number(f.version) });
        // An emptied "superior body" means none (parseForm drops empty strings).
        if (f.superiorName === "") input.superiorName = "";
        await documents.updateDocument(ctxOf(c), id, input);
        return seeOther(c, tenantPath(c, `/reports/documents/${id}?done=saved`));
      },
      (state, status) => renderDocument(c, id, state, status),
    );
  })
  .post("/documents/:id/delete", (c) => {
    const id = idParam(c, "Không tìm thấy báo cáo.");
    return submitForm(
      c,
      async (f) => {
        const { unitId, year } = await documents.deleteDocument(ctxOf(c), id, Number(f.version));
        return seeOther(c, tenantPath(c, `/reports/units/${unitId}/documents?year=${year}`));
      },
      (state, status) => renderDocument(c, id, { values: {}, errors: {}, message: state.message }, status),
    );
  })
  .get("/documents/:id/print", async (c) => {
    const ctx = ctxOf(c);
    const { doc, view } = await documents.getDocumentWithFigures(ctx, idParam(c, "Không tìm thấy báo cáo."));
    return page(
      c,
      `Báo cáo số ${doc.number}`,
      <PrintPage slug={ctx.tenant.slug} doc={doc} content={reportContent(doc, view)} />,
      {
        bare: true,
      },
    );
  })
  .get("/documents/:id/docx", async (c) => {
    const { doc, view } = await documents.getDocumentWithFigures(
      ctxOf(c),
      idParam(c, "Không tìm thấy báo cáo."),
    );
    return download(c, reportFile(doc, view));
  });
