/**
 * Access-matrix rows of models, commendations and conferences (spread into test/access-matrix.ts).
 * Members may also edit the wording of, and attach files to, their OWN individual model; the
 * fixture model is collective, so for it members get 403 (covered in exemplars tests).
 */
import type { RouteSpec, Who } from "./access-matrix";

const ALL: Who[] = ["admin", "secretary", "member"];
const MANAGERS: Who[] = ["admin", "secretary"];
const ADMIN: Who[] = ["admin"];
const PUBLIC: Who[] = ["public"];

export function EXEMPLARS_ROUTES(): RouteSpec[] {
  const api = "/api/v1";
  const pg = "/t/:slug";
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
  return [
    // models registry (API)
    { method: "GET", path: `${api}/models`, allow: ALL, list: true },
    { method: "GET", path: `${api}/models/export`, allow: ALL, list: true },
    { method: "GET", path: `${api}/models/import/template`, allow: MANAGERS },
    { method: "POST", path: `${api}/models/import`, allow: MANAGERS },
    { method: "GET", path: `${api}/models/imports`, allow: MANAGERS, list: true },
    { method: "GET", path: `${api}/models/import/:id`, allow: MANAGERS, ...modelImport },
    { method: "GET", path: `${api}/models/import/:id/errors`, allow: MANAGERS, ...modelImport },
    { method: "POST", path: `${api}/models`, allow: MANAGERS, body: newModel },
    { method: "GET", path: `${api}/models/:id`, allow: ALL, ...model },
    {
      method: "PATCH",
      path: `${api}/models/:id`,
      allow: MANAGERS,
      ...model,
      body: { description: "Cách làm hay", version: 1 },
    },
    {
      method: "PUT",
      path: `${api}/models/:id/years`,
      allow: MANAGERS,
      ...model,
      body: { year: 2022, status: "maintained", version: 1 },
    },
    { method: "POST", path: `${api}/models/:id/files`, allow: MANAGERS, ...model },
    { method: "GET", path: `${api}/models/:id/files/:fileId`, allow: ALL, ...file },
    {
      method: "GET",
      path: `${api}/exemplars/figures`,
      allow: MANAGERS,
      query: "unitId=0000000000000000&year=2021",
    },
    { method: "GET", path: `${api}/exemplars/settings`, allow: ADMIN },
    {
      method: "PUT",
      path: `${api}/exemplars/settings`,
      allow: ADMIN,
      body: { publicPage: false, version: 0 },
    },
    // study conferences (API, tag exemplars)
    { method: "GET", path: `${api}/conferences`, allow: MANAGERS, list: true },
    { method: "GET", path: `${api}/conferences/export`, allow: MANAGERS, list: true },
    { method: "POST", path: `${api}/conferences`, allow: MANAGERS, body: newConf },
    { method: "GET", path: `${api}/conferences/:id`, allow: MANAGERS, ...conf },
    {
      method: "PATCH",
      path: `${api}/conferences/:id`,
      allow: MANAGERS,
      ...conf,
      body: { participants: 50, version: 1 },
    },
    // commendations (API)
    { method: "GET", path: `${api}/commendations`, allow: ALL, list: true },
    { method: "GET", path: `${api}/commendations/export`, allow: ALL, list: true },
    { method: "GET", path: `${api}/commendations/import/template`, allow: MANAGERS },
    { method: "POST", path: `${api}/commendations/import`, allow: MANAGERS },
    { method: "GET", path: `${api}/commendations/imports`, allow: MANAGERS, list: true },
    { method: "GET", path: `${api}/commendations/import/:id`, allow: MANAGERS, ...commImport },
    { method: "GET", path: `${api}/commendations/import/:id/errors`, allow: MANAGERS, ...commImport },
    { method: "POST", path: `${api}/commendations`, allow: MANAGERS, body: newComm },
    { method: "GET", path: `${api}/commendations/:id`, allow: ALL, ...comm },
    {
      method: "PATCH",
      path: `${api}/commendations/:id`,
      allow: MANAGERS,
      ...comm,
      body: { content: "Thành tích", version: 1 },
    },

    // pages
    { method: "GET", path: `${pg}/exemplars`, allow: ALL, list: true },
    { method: "GET", path: `${pg}/exemplars/export`, allow: ALL, list: true },
    { method: "GET", path: `${pg}/exemplars/new`, allow: MANAGERS },
    {
      method: "POST",
      path: `${pg}/exemplars`,
      allow: MANAGERS,
      form: {
        kind: "collective",
        unitCode: "ROOT",
        title: "Mô hình trang",
        field: "study",
        startYear: "2021",
      },
    },
    { method: "GET", path: `${pg}/exemplars/import`, allow: MANAGERS },
    { method: "POST", path: `${pg}/exemplars/import`, allow: MANAGERS },
    { method: "GET", path: `${pg}/exemplars/import/template`, allow: MANAGERS },
    { method: "GET", path: `${pg}/exemplars/import/:id`, allow: MANAGERS, ...modelImport },
    { method: "GET", path: `${pg}/exemplars/import/:id/errors`, allow: MANAGERS, ...modelImport },
    { method: "GET", path: `${pg}/exemplars/figures`, allow: MANAGERS },
    { method: "GET", path: `${pg}/exemplars/settings`, allow: ADMIN },
    {
      method: "POST",
      path: `${pg}/exemplars/settings`,
      allow: ADMIN,
      form: { publicPage: "1", version: "0" },
    },
    { method: "GET", path: `${pg}/guong-nguoi-tot`, allow: PUBLIC },
    { method: "GET", path: `${pg}/exemplars/:id`, allow: ALL, ...model },
    {
      method: "POST",
      path: `${pg}/exemplars/:id/update`,
      allow: MANAGERS,
      ...model,
      form: { title: "Mô hình sửa", field: "study", version: "1" },
    },
    {
      method: "POST",
      path: `${pg}/exemplars/:id/years`,
      allow: MANAGERS,
      ...model,
      form: { year: "2022", status: "maintained", version: "1" },
    },
    {
      method: "POST",
      path: `${pg}/exemplars/:id/years/delete`,
      allow: MANAGERS,
      ...model,
      form: { year: "2030", version: "1" },
    },
    { method: "POST", path: `${pg}/exemplars/:id/files`, allow: MANAGERS, ...model },
    { method: "GET", path: `${pg}/exemplars/:id/files/:fileId`, allow: ALL, ...file },
    { method: "GET", path: `${pg}/commendations`, allow: ALL, list: true },
    { method: "GET", path: `${pg}/commendations/export`, allow: ALL, list: true },
    { method: "GET", path: `${pg}/commendations/new`, allow: MANAGERS },
    {
      method: "POST",
      path: `${pg}/commendations`,
      allow: MANAGERS,
      form: {
        subjectType: "unit",
        unitCode: "ROOT",
        level: "district",
        form: "giay_khen",
        issuer: "Huyện ủy",
        year: "2021",
      },
    },
    { method: "GET", path: `${pg}/commendations/:id`, allow: ALL, ...comm },
    {
      method: "POST",
      path: `${pg}/commendations/:id/update`,
      allow: MANAGERS,
      ...comm,
      form: { issuer: "Tỉnh ủy", version: "1" },
    },
    { method: "GET", path: `${pg}/conferences`, allow: MANAGERS, list: true },
    { method: "GET", path: `${pg}/conferences/export`, allow: MANAGERS, list: true },
    { method: "POST", path: `${pg}/conferences`, allow: MANAGERS, form: confForm },
    { method: "GET", path: `${pg}/conferences/:id`, allow: MANAGERS, ...conf },
    {
      method: "POST",
      path: `${pg}/conferences/:id/update`,
      allow: MANAGERS,
      ...conf,
      form: { title: "Hội nghị sửa", version: "1" },
    },

    // deletions last: they may remove the fixtures the rows above use
    { method: "POST", path: `${api}/models/import/:id/commit`, allow: MANAGERS, ...modelImport },
    { method: "POST", path: `${api}/models/import/:id/cancel`, allow: MANAGERS, ...modelImport },
    { method: "POST", path: `${api}/commendations/import/:id/commit`, allow: MANAGERS, ...commImport },
    { method: "POST", path: `${api}/commendations/import/:id/cancel`, allow: MANAGERS, ...commImport },
    { method: "POST", path: `${pg}/exemplars/import/:id/commit`, allow: MANAGERS, ...modelImport },
    { method: "POST", path: `${pg}/exemplars/import/:id/cancel`, allow: MANAGERS, ...modelImport },
    {
      method: "DELETE",
      path: `${api}/models/:id/years`,
      allow: MANAGERS,
      ...model,
      query: "year=2030&version=1",
    },
    { method: "DELETE", path: `${api}/models/:id/files/:fileId`, allow: MANAGERS, ...file },
    { method: "POST", path: `${pg}/exemplars/:id/files/:fileId/delete`, allow: MANAGERS, ...file },
    { method: "DELETE", path: `${api}/commendations/:id`, allow: MANAGERS, ...comm, query: "version=1" },
    {
      method: "POST",
      path: `${pg}/commendations/:id/delete`,
      allow: MANAGERS,
      ...comm,
      form: { version: "1" },
    },
    { method: "DELETE", path: `${api}/conferences/:id`, allow: MANAGERS, ...conf, query: "version=1" },
    {
      method: "POST",
      path: `${pg}/conferences/:id/delete`,
      allow: MANAGERS,
      ...conf,
      form: { version: "1" },
    },
    { method: "DELETE", path: `${api}/models/:id`, allow: MANAGERS, ...model, query: "version=1" },
    { method: "POST", path: `${pg}/exemplars/:id/delete`, allow: MANAGERS, ...model, form: { version: "1" } },
  ];
}
