import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { districtTree, expectNoDrift, makeModel, makePerson } from "../../../test/exemplars-kit";
import { call, cookieFor, dbOf, expectStatus, json, makeAccount, makeTenant } from "../../../test/harness";
import { auditLog } from "../../db/schema/tenant/core";
import { createCommendation } from "./commendations.service";
import { exemplarFigures } from "./recognition-figures.service";
import type { ModelDetailOut, ModelOut } from "./models.inputs";
import { setModelYear } from "./models-years.service";

async function world() {
  const t = await makeTenant();
  const tree = await districtTree(t);
  const admin = await cookieFor(t, t.adminId);
  return { t, ...tree, admin };
}

const auditCount = async (t: Awaited<ReturnType<typeof makeTenant>>, action: string) =>
  (
    await dbOf(t)
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, t.info.id), eq(auditLog.action, action)))
  ).length;

describe("models registry", () => {
  it("creates a model with its first year, moves counters on every status change, and recounts clean", async () => {
    const { t, district, cells, admin } = await world();
    const created = await json<ModelOut>(
      await call("POST", "/api/v1/models", {
        cookie: admin,
        json: {
          kind: "collective",
          unitId: cells[0]!.id,
          title: "  Dân vận   khéo  ",
          field: "poverty",
          startYear: 2021,
          firstYear: { year: 2021, status: "new", exemplary: true },
        },
      }),
      201,
    );
    expect(created.title).toBe("Dân vận khéo");
    expect(await auditCount(t, "model.create")).toBe(1);
    let f = await exemplarFigures(t.ctx(), district.id, 2021);
    expect(f.models).toMatchObject({ new: 1, total: 1, exemplary: 1 });

    const put = (body: object) =>
      call("PUT", `/api/v1/models/${created.id}/years`, { cookie: admin, json: body });
    const next = await json<ModelOut>(
      await put({ year: 2022, status: "replicated", replicatedTo: [cells[2]!.id, cells[3]!.id], version: 1 }),
    );
    expect(next.current).toMatchObject({
      year: 2022,
      status: "replicated",
      replicatedTo: [cells[2]!.id, cells[3]!.id],
    });
    const again = await json<ModelOut>(
      await put({ year: 2021, status: "new", exemplary: false, version: 2 }),
    );
    expect(again.version).toBe(3);
    f = await exemplarFigures(t.ctx(), t.rootId, 2021);
    expect(f.models).toMatchObject({ new: 1, exemplary: 0 });
    expect((await exemplarFigures(t.ctx(), district.id, 2022)).models).toMatchObject({
      replicated: 1,
      total: 1,
    });
    await expectStatus(
      await call("DELETE", `/api/v1/models/${created.id}/years?year=2022&version=3`, { cookie: admin }),
      204,
    );
    expect((await exemplarFigures(t.ctx(), district.id, 2022)).models.total).toBe(0);
    await expectNoDrift(t);

    const detail = await json<ModelDetailOut>(
      await call("GET", `/api/v1/models/${created.id}`, { cookie: admin }),
    );
    expect(detail.years.map((y) => y.year)).toEqual([2021]);
  });

  it("rejects bad input field by field, and illegal states with 409", async () => {
    const { t, cells, admin } = await world();
    const post = (body: object) => call("POST", "/api/v1/models", { cookie: admin, json: body });
    const base = {
      kind: "collective",
      unitId: cells[0]!.id,
      title: "Mô hình A",
      field: "economy",
      startYear: 2020,
    };
    const e1 = await json<{ errors: Record<string, string> }>(
      await post({ ...base, tenant_id: t.info.id }),
      400,
    );
    expect(e1.errors.body).toContain("tenant_id");
    const e2 = await json<{ errors: Record<string, string> }>(
      await post({ ...base, firstYear: { year: 2021, status: "new" } }),
      400,
    );
    expect(e2.errors["firstYear.status"]).toContain("năm bắt đầu");
    const e3 = await json<{ errors: Record<string, string> }>(
      await post({ ...base, firstYear: { year: 2021, status: "stopped", exemplary: true } }),
      400,
    );
    expect(e3.errors["firstYear.exemplary"]).toBeDefined();
    const e4 = await json<{ errors: Record<string, string> }>(
      await post({ ...base, field: "khac", startYear: 1800 }),
      400,
    );
    expect(Object.keys(e4.errors).sort()).toEqual(["field", "startYear"]);
    await expectStatus(await post({ ...base, unitId: undefined }), 400);

    const m = await json<ModelOut>(await post(base), 201);
    const dup = await json<{ errors: Record<string, string> }>(
      await post({ ...base, title: "mô hình a" }),
      400,
    );
    expect(dup.errors.title).toContain("cùng tên");
    const patch = (body: object) => call("PATCH", `/api/v1/models/${m.id}`, { cookie: admin, json: body });
    expect(
      (await json<{ detail: string }>(await patch({ published: true, version: 1 }), 409)).detail,
    ).toContain("điển hình");
    await json(await patch({ description: "Cách làm", version: 1 }));
    await expectStatus(await patch({ description: "Cũ", version: 1 }), 409);

    await createCommendation(t.ctx(), {
      subjectType: "model",
      subjectId: m.id,
      level: "district",
      form: "giay_khen",
      issuer: "Huyện ủy",
      year: 2021,
    });
    const del = await call("DELETE", `/api/v1/models/${m.id}?version=2`, { cookie: admin });
    expect((await json<{ detail: string }>(del, 409)).detail).toContain("khen thưởng");
    await expectNoDrift(t);
  });

  it("lets exactly one of two racing year writes win: one audit row, counters counted once", async () => {
    const { t, district, cells } = await world();
    const m = await makeModel(t, "Mô hình đua", { unitId: cells[0]!.id }, { startYear: 2020 });
    const results = await Promise.allSettled([
      setModelYear(t.ctx(), m.id, { year: 2021, status: "maintained", exemplary: true, version: 1 }),
      setModelYear(t.ctx(), m.id, { year: 2021, status: "stopped", version: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await auditCount(t, "model.year.set")).toBe(1);
    const f = await exemplarFigures(t.ctx(), district.id, 2021);
    expect(f.models.maintained + f.models.stopped).toBe(1);
    await expectNoDrift(t);
  });

  it("scopes reads and writes: secretaries to their subtree, members to their own individual models", async () => {
    const { t, district, communes, cells, admin } = await world();
    const other = await makeTenant();
    const otherModel = await makeModel(other, "Mô hình tỉnh khác", { unitId: other.rootId });
    const person = await makePerson(t, cells[0]!);
    const stranger = await makePerson(t, cells[1]!);
    const collective = await makeModel(
      t,
      "Chi bộ kiểu mẫu",
      { unitId: cells[0]!.id },
      { field: "party_building" },
    );
    const own = await makeModel(
      t,
      "Nuôi bò sinh sản giúp hộ nghèo",
      { memberId: person.memberId },
      { field: "economy" },
    );
    const theirs = await makeModel(t, "Vườn cây mẫu", { memberId: stranger.memberId }, { field: "economy" });

    // Another tenant's model is missing, whoever asks.
    const missing = await call("GET", `/api/v1/models/${otherModel.id}`, { cookie: admin });
    await expectStatus(missing, 404);
    await expectStatus(
      await call("PATCH", `/api/v1/models/${otherModel.id}`, {
        cookie: admin,
        json: { description: "x", version: 1 },
      }),
      404,
    );

    // A secretary of another commune sees nothing of this one.
    const sec = await makeAccount(t, "secretary", communes[2]!);
    const secCookie = await cookieFor(t, sec.id);
    await expectStatus(await call("GET", `/api/v1/models/${collective.id}`, { cookie: secCookie }), 404);
    const secList = await json<{ items: ModelOut[] }>(
      await call("GET", "/api/v1/models", { cookie: secCookie }),
    );
    expect(secList.items).toEqual([]);
    const districtSec = await cookieFor(t, (await makeAccount(t, "secretary", district)).id);
    expect(
      (await json<{ items: ModelOut[] }>(await call("GET", "/api/v1/models", { cookie: districtSec }))).items,
    ).toHaveLength(3);

    // A member: only their own individual model; a collective model cannot be edited (403).
    const mine = await json<{ items: ModelOut[] }>(
      await call("GET", "/api/v1/models", { cookie: person.cookie }),
    );
    expect(mine.items.map((m) => m.id)).toEqual([own.id]);
    await expectStatus(await call("GET", `/api/v1/models/${theirs.id}`, { cookie: person.cookie }), 404);
    const edit = (id: string, body: object) =>
      call("PATCH", `/api/v1/models/${id}`, { cookie: person.cookie, json: body });
    const forbidden = await json<{ detail: string }>(
      await edit(collective.id, { description: "Sửa", version: 1 }),
      403,
    );
    expect(forbidden.detail).toContain("tập thể");
    const page = await call("POST", `/t/${t.info.slug}/exemplars/${collective.id}/update`, {
      cookie: person.cookie,
      form: { title: "Chi bộ kiểu mẫu", field: "study", version: "1" },
    });
    await expectStatus(page, 403);
    await expectStatus(await edit(theirs.id, { description: "Sửa", version: 1 }), 404);
    const flags = await json<{ errors: Record<string, string> }>(
      await edit(own.id, { published: true, version: 1 }),
      400,
    );
    expect(flags.errors.published).toBeDefined();
    const ok = await json<ModelOut>(await edit(own.id, { description: "Mỗi năm giúp hai hộ", version: 1 }));
    expect(ok.description).toBe("Mỗi năm giúp hai hộ");
    await expectStatus(
      await call("PUT", `/api/v1/models/${own.id}/years`, {
        cookie: person.cookie,
        json: { year: 2021, status: "new", version: 2 },
      }),
      403,
    );
  });
});

describe("units in use", () => {
  it("a unit with a model cannot be deleted (only retired)", async () => {
    const t = await makeTenant();
    const { cells } = await districtTree(t);
    await makeModel(t, "Mô hình", { unitId: cells[5]!.id });
    const res = await call("DELETE", `/api/v1/units/${cells[5]!.id}?version=1`, {
      cookie: await cookieFor(t, t.adminId),
    });
    await expectStatus(res, 409);
  });
});

describe("API description", () => {
  it("documents the routes under the tags exemplars and commendations", async () => {
    const doc = await json<{ paths: Record<string, Record<string, { tags: string[] }>> }>(
      await call("GET", "/api/v1/openapi.json"),
    );
    expect(doc.paths["/api/v1/models/{id}/years"]?.put?.tags).toEqual(["exemplars"]);
    expect(doc.paths["/api/v1/conferences"]?.post?.tags).toEqual(["exemplars"]);
    expect(doc.paths["/api/v1/exemplars/figures"]?.get?.tags).toEqual(["exemplars"]);
    expect(doc.paths["/api/v1/commendations/{id}"]?.patch?.tags).toEqual(["commendations"]);
  });
});
