/** HTML pages of the models registry: list, create, detail with years, files and edits. */
import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { TOO_LARGE, deleteModelFile, getModelFile, uploadModelFile } from "./models-files.service";
import { download, listParams, readMultipart } from "./exemplars.http";
import {
  CreateModelInput,
  ListModelsQuery,
  MAX_FILE_BYTES,
  SetYearInput,
  UpdateModelInput,
} from "./models.inputs";
import { exemplarsIoPages } from "./recognition.pages";
import { lookupCodes } from "./recognition-lookup.service";
import { finishList, getModelDetail, listModelsQuery } from "./models-read.service";
import { createModel, deleteModel, updateModel } from "./models.service";
import { deleteModelYear, setModelYear } from "./models-years.service";
import { ModelNew } from "./views/model-new";
import { ModelPage, type ModelPanel } from "./views/model-page";
import { ModelsList } from "./views/models-list";
import type { FormState } from "./views/parts";

const ID = /^[0-9a-z]{16}$/;
const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));
const ACTIVE = "/exemplars";

async function renderModel(c: Context<AppEnv>, id: string, panel?: ModelPanel, status = 200) {
  const ctx = ctxOf(c);
  const m = await getModelDetail(ctx, id);
  return page(c, m.title, <ModelPage ctx={ctx} m={m} panel={panel} done={c.req.query("done")} />, {
    active: ACTIVE,
    status,
  });
}

/** A model form action: 303 back on success; the page with the error (400/409/413/415) otherwise. */
async function act(
  c: Context<AppEnv>,
  form: ModelPanel["form"],
  read: () => Promise<Record<string, string>>,
  run: (f: Record<string, string>) => Promise<string>,
) {
  const id = c.req.param("id") ?? "";
  if (!ID.test(id)) throw notFound();
  let f: Record<string, string> = {};
  try {
    f = await read();
    return seeOther(c, tenantPath(c, await run(f)));
  } catch (e) {
    if (!(e instanceof ServiceError) || ![400, 409, 413, 415].includes(e.status)) throw e;
    return renderModel(c, id, { form, values: f, errors: e.fields ?? {}, message: e.message }, e.status);
  }
}

const strings = async (c: Context<AppEnv>) => formStrings(await readForm(c));

async function renderNew(c: Context<AppEnv>, form?: FormState, status = 200) {
  return page(c, "Thêm mô hình", <ModelNew ctx={ctxOf(c)} form={form} />, { active: ACTIVE, status });
}

// The fixed paths (/exemplars/import, /figures, …) are mounted before /exemplars/:id.
export const exemplarsPages = new Hono<AppEnv>()
  .route("/", exemplarsIoPages)
  .get("/exemplars", async (c) => {
    const ctx = ctxOf(c);
    const { q, params, notice } = listParams(c, ListModelsQuery);
    const list = finishList(await listModelsQuery(ctx, q));
    const done = c.req.query("done") === "deleted" ? "Đã xóa mô hình." : undefined;
    return page(
      c,
      "Mô hình, điển hình",
      <ModelsList ctx={ctx} list={list} params={params} notice={notice} done={done} />,
      {
        active: ACTIVE,
      },
    );
  })
  .get("/exemplars/new", (c) => {
    const ctx = ctxOf(c);
    if (ctx.actor.role === "member") throw new ServiceError("forbidden");
    return renderNew(c);
  })
  .post("/exemplars", async (c) => {
    const ctx = ctxOf(c);
    if (ctx.actor.role === "member") throw new ServiceError("forbidden");
    const f = await strings(c);
    try {
      const look = await lookupCodes(ctx, [f.unitCode ?? "", f.replicatedCodes ?? ""], [f.memberCard ?? ""]);
      const collective = f.kind !== "individual";
      const input = parseForm(CreateModelInput, {
        kind: f.kind,
        unitId: collective ? look.unit(f.unitCode ?? "", "unitCode") : undefined,
        memberId: collective ? undefined : look.member(f.memberCard ?? "", "memberCard"),
        title: f.title,
        description: f.description,
        field: f.field,
        startYear: num(f.startYear),
        firstYear: f.status
          ? {
              year: num(f.year),
              status: f.status,
              exemplary: f.exemplary === "1",
              replicatedTo: f.replicatedCodes
                ? look.units([f.replicatedCodes], "replicatedCodes")
                : undefined,
            }
          : undefined,
      });
      const m = await createModel(ctx, input);
      return seeOther(c, tenantPath(c, `/exemplars/${m.id}?done=created`));
    } catch (e) {
      if (!(e instanceof ServiceError) || ![400, 404, 409].includes(e.status)) throw e;
      const errors = e.fields ?? (e.status === 404 ? { unitCode: e.message } : {});
      return renderNew(c, { values: f, errors, message: e.message }, e.status === 404 ? 400 : e.status);
    }
  })
  .get("/exemplars/:id", (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy mô hình.");
    return renderModel(c, id);
  })
  .post("/exemplars/:id/update", (c) =>
    act(
      c,
      "update",
      () => strings(c),
      async (f) => {
        const ctx = ctxOf(c);
        const manager = ctx.actor.role !== "member";
        const input = parseForm(UpdateModelInput, {
          title: f.title,
          description: f.description ?? "",
          field: f.field,
          version: num(f.version),
          ...(manager ? { startYear: num(f.startYear), published: f.published === "1" } : {}),
        });
        await updateModel(ctx, c.req.param("id"), input);
        return `/exemplars/${c.req.param("id")}?done=update`;
      },
    ),
  )
  .post("/exemplars/:id/years", (c) =>
    act(
      c,
      "year",
      () => strings(c),
      async (f) => {
        const ctx = ctxOf(c);
        const codes = f.replicatedCodes?.trim();
        const targets = codes
          ? (await lookupCodes(ctx, [codes], [])).units([codes], "replicatedTo")
          : undefined;
        const input = parseForm(SetYearInput, {
          year: num(f.year),
          status: f.status,
          exemplary: f.exemplary === "1",
          replicatedTo: targets,
          note: f.note,
          version: num(f.version),
        });
        await setModelYear(ctx, c.req.param("id"), input);
        return `/exemplars/${c.req.param("id")}?done=year`;
      },
    ),
  )
  .post("/exemplars/:id/years/delete", (c) =>
    act(
      c,
      "year",
      () => strings(c),
      async (f) => {
        const year = Number(f.year);
        if (!Number.isInteger(year))
          throw new ServiceError("validation", "Năm không hợp lệ.", { year: "Năm không hợp lệ." });
        await deleteModelYear(ctxOf(c), c.req.param("id"), year, Number(f.version));
        return `/exemplars/${c.req.param("id")}?done=year-deleted`;
      },
    ),
  )
  .post("/exemplars/:id/files", (c) =>
    act(
      c,
      "file",
      async () => ({}),
      async () => {
        await uploadModelFile(
          ctxOf(c),
          c.req.param("id"),
          async () => (await readMultipart(c, MAX_FILE_BYTES, TOO_LARGE)).file,
        );
        return `/exemplars/${c.req.param("id")}?done=file`;
      },
    ),
  )
  .get("/exemplars/:id/files/:fileId", async (c) => {
    const { id, fileId } = c.req.param();
    if (!ID.test(id) || !ID.test(fileId)) throw notFound("Không tìm thấy tệp minh chứng.");
    const { meta, file } = await getModelFile(ctxOf(c), id, fileId);
    return download(c, file.body, meta.contentType, meta.fileName);
  })
  .post("/exemplars/:id/files/:fileId/delete", (c) =>
    act(
      c,
      "file",
      async () => ({}),
      async () => {
        const fileId = c.req.param("fileId");
        if (!ID.test(fileId)) throw notFound("Không tìm thấy tệp minh chứng.");
        await deleteModelFile(ctxOf(c), c.req.param("id"), fileId);
        return `/exemplars/${c.req.param("id")}?done=file-deleted`;
      },
    ),
  )
  .post("/exemplars/:id/delete", (c) =>
    act(
      c,
      "delete",
      () => strings(c),
      async (f) => {
        await deleteModel(ctxOf(c), c.req.param("id"), Number(f.version));
        return "/exemplars?done=deleted";
      },
    ),
  );
