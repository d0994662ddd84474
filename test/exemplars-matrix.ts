/**
 * Access-matrix rows of models, commendations and conferences (spread into test/access-matrix.ts).
 * Members may also edit the wording of, and attach files to, their OWN individual model; the
 * fixture model is collective, so for it members get 403 (covered in exemplars tests).
 */
import type { RouteSpec } from "./access-matrix";
import { ALL, MANAGERS, ADMIN, PUBLIC, importRows, api, pg, row } from "./matrix-roles";

export function EXEMPLARS_ROUTES(): RouteSpec[] {
  const model = { ids: { id: "model" } };
  const file = { ids: { id: "model", fileId: "modelFile" } };
  const comm = { ids: { id: "commendation" } };
  const conf = { ids: { id: "conference" } };
  // Import jobs are their uploader's: another manager's id answers 404 like a missing one.
  const modelImport = { ids: { id: "modelImport" } };
  const commImport = { ids: { id: "commendationImport" } };
  const newModel = {
    kind: "collective",
    unitId: "@unit",
    title: "Mô hình mới",
    field: "study",
    startYear: 2021,
  };
  const newComm = {
    subjectType: "unit",
    subjectId: "@unit",
    level: "district",
    form: "giay_khen",
    issuer: "Huyện ủy",
    year: 2021,
  };
  const newConf = {
    unitId: "@unit",
    date: "20/05/2021",
    title: "Hội nghị chuyên đề",
    theme: "Chuyên đề",
    mode: "in_person",
    participants: 40,
  };
  const confForm = {
    unitCode: "ROOT",
    date: "20/05/2021",
    title: "Hội nghị chuyên đề",
    theme: "Chuyên đề",
    mode: "in_person",
    participants: "40",
  };
  // A registry's API: everyone lists and reads, managers import, create and edit.
  const registry = (base: string, ids: typeof model, importKind: string, create: object, edit: object) => [
    row("GET", base, ALL, { list: true }),
    row("GET", `${base}/export`, ALL, { list: true }),
    ...importRows(base, MANAGERS, importKind),
    row("POST", base, MANAGERS, { body: create }),
    row("GET", `${base}/:id`, ALL, ids),
    row("PATCH", `${base}/:id`, MANAGERS, { ...ids, body: edit }),
  ];
  // Its pages: everyone lists and exports, managers open the form and create.
  const registryPages = (base: string, form: Record<string, string>) => [
    row("GET", base, ALL, { list: true }),
    row("GET", `${base}/export`, ALL, { list: true }),
    row("GET", `${base}/new`, MANAGERS),
    row("POST", base, MANAGERS, { form }),
  ];
  return [
    // models registry (API)
    ...registry(`${api}/models`, model, "modelImport", newModel, { description: "Cách làm hay", version: 1 }),
    row("PUT", `${api}/models/:id/years`, MANAGERS, {
      ...model,
      body: { year: 2022, status: "maintained", version: 1 },
    }),
    row("POST", `${api}/models/:id/files`, MANAGERS, model),
    row("GET", `${api}/models/:id/files/:fileId`, ALL, file),
    row("GET", `${api}/exemplars/figures`, MANAGERS, { query: "unitId=0000000000000000&year=2021" }),
    row("GET", `${api}/exemplars/settings`, ADMIN),
    row("PUT", `${api}/exemplars/settings`, ADMIN, { body: { publicPage: false, version: 0 } }),
    // study conferences (API, tag exemplars)
    row("GET", `${api}/conferences`, MANAGERS, { list: true }),
    row("GET", `${api}/conferences/export`, MANAGERS, { list: true }),
    row("POST", `${api}/conferences`, MANAGERS, { body: newConf }),
    row("GET", `${api}/conferences/:id`, MANAGERS, conf),
    row("PATCH", `${api}/conferences/:id`, MANAGERS, { ...conf, body: { participants: 50, version: 1 } }),
    // commendations (API)
    ...registry(`${api}/commendations`, comm, "commendationImport", newComm, {
      content: "Thành tích",
      version: 1,
    }),
    // a decision's documents (the fixture commendation carries a decision number and date)
    row("GET", `${api}/commendations/decision`, MANAGERS, { query: "ids=@commendation" }),
    ...["document", "certificates", "recipients"].map((file) =>
      row("POST", `${api}/commendations/decision/${file}`, MANAGERS, {
        body: { ids: ["@commendation"], signerName: "Nguyễn Văn A", place: "Trà Vinh" },
      }),
    ),

    // pages
    ...registryPages(`${pg}/exemplars`, {
      kind: "collective",
      unitCode: "ROOT",
      title: "Mô hình trang",
      field: "study",
      startYear: "2021",
    }),
    row("GET", `${pg}/exemplars/import`, MANAGERS),
    row("POST", `${pg}/exemplars/import`, MANAGERS),
    row("GET", `${pg}/exemplars/import/template`, MANAGERS),
    row("GET", `${pg}/exemplars/import/:id`, MANAGERS, modelImport),
    row("GET", `${pg}/exemplars/import/:id/errors`, MANAGERS, modelImport),
    row("GET", `${pg}/exemplars/figures`, MANAGERS),
    row("GET", `${pg}/exemplars/settings`, ADMIN),
    row("POST", `${pg}/exemplars/settings`, ADMIN, { form: { publicPage: "1", version: "0" } }),
    row("GET", `${pg}/guong-nguoi-tot`, PUBLIC),
    row("GET", `${pg}/exemplars/:id`, ALL, model),
    row("POST", `${pg}/exemplars/:id/update`, MANAGERS, {
      ...model,
      form: { title: "Mô hình sửa", field: "study", version: "1" },
    }),
    row("POST", `${pg}/exemplars/:id/years`, MANAGERS, {
      ...model,
      form: { year: "2022", status: "maintained", version: "1" },
    }),
    row("POST", `${pg}/exemplars/:id/years/delete`, MANAGERS, {
      ...model,
      form: { year: "2030", version: "1" },
    }),
    row("POST", `${pg}/exemplars/:id/files`, MANAGERS, model),
    row("GET", `${pg}/exemplars/:id/files/:fileId`, ALL, file),
    ...registryPages(`${pg}/commendations`, {
      subjectType: "unit",
      unitCode: "ROOT",
      level: "district",
      form: "giay_khen",
      issuer: "Huyện ủy",
      year: "2021",
    }),
    row("GET", `${pg}/commendations/decision`, MANAGERS, { query: "ids=@commendation" }),
    row("POST", `${pg}/commendations/decision`, MANAGERS, {
      form: { ids: "@commendation", document: "recipients" },
    }),
    row("GET", `${pg}/commendations/:id`, ALL, comm),
    row("POST", `${pg}/commendations/:id/update`, MANAGERS, {
      ...comm,
      form: { issuer: "Tỉnh ủy", version: "1" },
    }),
    row("GET", `${pg}/conferences`, MANAGERS, { list: true }),
    row("GET", `${pg}/conferences/export`, MANAGERS, { list: true }),
    row("POST", `${pg}/conferences`, MANAGERS, { form: confForm }),
    row("GET", `${pg}/conferences/:id`, MANAGERS, conf),
    row("POST", `${pg}/conferences/:id/update`, MANAGERS, {
      ...conf,
      form: { title: "Hội nghị sửa", version: "1" },
    }),

    // deletions last: they may remove the fixtures the rows above use
    row("POST", `${api}/models/import/:id/commit`, MANAGERS, modelImport),
    row("POST", `${api}/models/import/:id/cancel`, MANAGERS, modelImport),
    row("POST", `${api}/commendations/import/:id/commit`, MANAGERS, commImport),
    row("POST", `${api}/commendations/import/:id/cancel`, MANAGERS, commImport),
    row("POST", `${pg}/exemplars/import/:id/commit`, MANAGERS, modelImport),
    row("POST", `${pg}/exemplars/import/:id/cancel`, MANAGERS, modelImport),
    row("DELETE", `${api}/models/:id/years`, MANAGERS, { ...model, query: "year=2030&version=1" }),
    row("DELETE", `${api}/models/:id/files/:fileId`, MANAGERS, file),
    row("POST", `${pg}/exemplars/:id/files/:fileId/delete`, MANAGERS, file),
    row("DELETE", `${api}/commendations/:id`, MANAGERS, { ...comm, query: "version=1" }),
    row("POST", `${pg}/commendations/:id/delete`, MANAGERS, { ...comm, form: { version: "1" } }),
    row("DELETE", `${api}/conferences/:id`, MANAGERS, { ...conf, query: "version=1" }),
    row("POST", `${pg}/conferences/:id/delete`, MANAGERS, { ...conf, form: { version: "1" } }),
    row("DELETE", `${api}/models/:id`, MANAGERS, { ...model, query: "version=1" }),
    row("POST", `${pg}/exemplars/:id/delete`, MANAGERS, { ...model, form: { version: "1" } }),
  ];
}
