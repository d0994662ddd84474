/** HTML pages of the models registry under /exemplars: list, create, a model with its years, files and edits. */
import { isId } from "../../domain/ids";
import { ServiceError, forbidden, invalid, notFound } from "../../platform/errors";
import { fileResponse, readMultipart } from "../../platform/files-http";
import { parseForm, pickFields } from "../../platform/forms";
import { type RegistryPagesOptions, recordForm, registryPages } from "../../platform/registry/pages";
import { ctxOf } from "../../platform/tenant-context";
import { exportModels } from "./models-export.service";
import { TOO_LARGE, deleteModelFile, getModelFile, uploadModelFile } from "./models-files.service";
import { finishList, getModelDetail, listModelsQuery } from "./models-read.service";
import { deleteModelYear, setModelYear } from "./models-years.service";
import {
  CreateModelInput,
  ListModelsQuery,
  MAX_FILE_BYTES,
  SetYearInput,
  UpdateModelInput,
} from "./models.inputs";
import { createModel, deleteModel, updateModel } from "./models.service";
import { lookupCodes } from "./recognition-lookup.service";
import { ModelNew } from "./views/model-new";
import { ModelPage, type ModelPanel } from "./views/model-page";
import { ModelsList } from "./views/models-list";

const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));
const at = (id: string, done: string) => `/exemplars/${id}?done=${done}`;

const options: RegistryPagesOptions = {
  path: "/exemplars",
  active: "/exemplars",
  notFound: "Không tìm thấy mô hình.",
  deleted: "/exemplars?done=deleted",
  query: ListModelsQuery,
  async listPage(ctx, { q, params, notice }, c) {
    const list = finishList(await listModelsQuery(ctx, q));
    const done = c.req.query("done") === "deleted" ? "Đã xóa mô hình." : undefined;
    return {
      title: "Mô hình, điển hình",
      body: <ModelsList ctx={ctx} list={list} params={params} notice={notice} done={done} />,
    };
  },
  export: exportModels,
  async recordPage(ctx, id, panel, done) {
    const m = await getModelDetail(ctx, id);
    return { title: m.title, body: <ModelPage ctx={ctx} m={m} panel={panel as ModelPanel} done={done} /> };
  },
  async newPage(ctx, _query, form) {
    if (ctx.actor.role === "member") throw forbidden();
    return { title: "Thêm mô hình", body: <ModelNew ctx={ctx} form={form} /> };
  },
  async create(ctx, f) {
    if (ctx.actor.role === "member") throw forbidden();
    const look = await lookupCodes(ctx, [f.unitCode ?? "", f.replicatedCodes ?? ""], [f.memberCard ?? ""]);
    const collective = f.kind !== "individual";
    const input = parseForm(CreateModelInput, {
      kind: f.kind,
      unitId: collective ? look.unit(f.unitCode ?? "", "unitCode") : undefined,
      memberId: collective ? undefined : look.member(f.memberCard ?? "", "memberCard"),
      ...pickFields(f, "title", "description", "field"),
      startYear: num(f.startYear),
      firstYear: f.status
        ? {
            year: num(f.year),
            status: f.status,
            exemplary: f.exemplary === "1",
            replicatedTo: f.replicatedCodes ? look.units([f.replicatedCodes], "replicatedCodes") : undefined,
          }
        : undefined,
    });
    try {
      return await createModel(ctx, input);
    } catch (e) {
      // A unit or member out of reach is a mistake in the form: shown on the code typed.
      if (e instanceof ServiceError && e.status === 404) throw invalid({ unitCode: e.message }, e.message);
      throw e;
    }
  },
  async update(ctx, id, f) {
    const manager = ctx.actor.role !== "member";
    const input = parseForm(UpdateModelInput, {
      title: f.title,
      description: f.description ?? "",
      field: f.field,
      version: num(f.version),
      ...(manager ? { startYear: num(f.startYear), published: f.published === "1" } : {}),
    });
    await updateModel(ctx, id, input);
  },
  remove: deleteModel,
};

export const modelsPages = registryPages(options)
  .post(
    "/:id/years",
    recordForm(options, "year", async (ctx, id, f) => {
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
      await setModelYear(ctx, id, input);
      return at(id, "year");
    }),
  )
  .post(
    "/:id/years/delete",
    recordForm(options, "year", async (ctx, id, f) => {
      const year = Number(f.year);
      if (!Number.isInteger(year)) throw invalid({ year: "Năm không hợp lệ." }, "Năm không hợp lệ.");
      await deleteModelYear(ctx, id, year, Number(f.version));
      return at(id, "year-deleted");
    }),
  )
  .post(
    "/:id/files",
    recordForm(options, "file", async (ctx, id, _f, c) => {
      await uploadModelFile(ctx, id, async () => (await readMultipart(c, MAX_FILE_BYTES, TOO_LARGE)).file);
      return at(id, "file");
    }),
  )
  .get("/:id/files/:fileId", async (c) => {
    const { id, fileId } = c.req.param();
    if (!isId(id) || !isId(fileId)) throw notFound("Không tìm thấy tệp minh chứng.");
    const { meta, file } = await getModelFile(ctxOf(c), id, fileId);
    return fileResponse({ bytes: file.body, type: meta.contentType, fileName: meta.fileName });
  })
  .post(
    "/:id/files/:fileId/delete",
    recordForm(options, "file", async (ctx, id, _f, c) => {
      const fileId = c.req.param("fileId");
      if (!isId(fileId)) throw notFound("Không tìm thấy tệp minh chứng.");
      await deleteModelFile(ctx, id, fileId);
      return at(id, "file-deleted");
    }),
  );
