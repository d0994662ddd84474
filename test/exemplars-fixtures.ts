/** Fixtures of models, evidence files, commendations and conferences (spread into test/fixtures.ts). */
import { exemplarModelFiles } from "../src/db/schema/tenant/exemplars";
import { createCommendation } from "../src/features/recognition/commendations.service";
import { createConference } from "../src/features/recognition/conferences.service";
import { commendationsImport } from "../src/features/recognition/commendations-import.service";
import { modelsImport } from "../src/features/recognition/models-import.service";
import { filesOf } from "../src/platform/files";
import { createImport } from "../src/platform/imports/jobs";
import { newId } from "../src/platform/ids";
import { E, type TestTenant, dbOf, makeUnit } from "./harness";
import { makeModel } from "./exemplars-kit";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const models = new Map<string, Promise<string>>();

/** One collective model per tenant, shared by the "model" and "modelFile" kinds (file routes name both). */
function fixtureModel(t: TestTenant): Promise<string> {
  let p = models.get(t.info.id);
  if (!p) {
    p = (async () => {
      const u = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
      const m = await makeModel(
        t,
        "Mô hình “Dân vận khéo” mẫu",
        { unitId: u.id },
        { firstYear: { year: 2021, status: "new", exemplary: true } },
      );
      return m.id;
    })();
    models.set(t.info.id, p);
  }
  return p;
}

export const EXEMPLARS_FIXTURES: Record<string, (t: TestTenant) => Promise<string>> = {
  model: fixtureModel,
  modelFile: async (t) => {
    const modelId = await fixtureModel(t);
    const id = newId();
    await filesOf(t.ctx()).put(`models/${modelId}/${id}`, PNG, "image/png");
    await dbOf(t).insert(exemplarModelFiles).values({
      id,
      tenantId: t.info.id,
      modelId,
      fileName: "anh-minh-chung.png",
      contentType: "image/png",
      size: PNG.length,
      uploadedBy: t.adminId,
      uploadedByLabel: "Quản trị viên",
      createdAt: Date.now(),
    });
    return id;
  },
  commendation: async (t) => {
    const u = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
    const c = await createCommendation(t.ctx(), {
      subjectType: "unit",
      subjectId: u.id,
      level: "province",
      form: "bang_khen",
      decisionNumber: "12-QĐ/TU",
      decisionDate: "2021-05-19",
      issuer: "Ban Thường vụ Tỉnh ủy",
    });
    return c.id;
  },
  conference: async (t) => {
    const u = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
    const c = await createConference(t.ctx(), {
      unitId: u.id,
      date: "2021-05-20",
      title: "Hội nghị học tập chuyên đề năm 2021",
      theme: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      mode: "online",
      sites: 75,
      participants: 1200,
    });
    return c.id;
  },
  modelImport: async (t) => {
    const csv = "Mã đơn vị,Tên mô hình,Loại,Năm bắt đầu\nROOT,Mô hình nhập mẫu,Tập thể,2021\n";
    const file = { name: "mo-hinh.csv", bytes: new TextEncoder().encode(csv) };
    return (await createImport(t.ctx(), modelsImport, { files: E.FILES, queue: E.JOBS }, file)).id;
  },
  commendationImport: async (t) => {
    const csv =
      "Đối tượng,Mã đơn vị,Cấp khen thưởng,Hình thức,Cơ quan ban hành,Năm\nTổ chức,ROOT,Huyện,Giấy khen,Huyện ủy,2021\n";
    const file = { name: "khen-thuong.csv", bytes: new TextEncoder().encode(csv) };
    return (await createImport(t.ctx(), commendationsImport, { files: E.FILES, queue: E.JOBS }, file)).id;
  },
};
