import { describe, expect, it } from "vitest";
import { PDF, PNG, districtTree, makeModel, makePerson, postMultipart } from "../../../test/exemplars-kit";
import { call, cookieFor, expectStatus, json, makeTenant } from "../../../test/harness";
import type { FileOut, ModelDetailOut } from "./models.inputs";

describe("evidence files", () => {
  it("stores images and PDFs in R2, serves them as attachments with their stored type, and deletes them", async () => {
    const t = await makeTenant();
    const { cells } = await districtTree(t);
    const admin = await cookieFor(t, t.adminId);
    const m = await makeModel(t, "Mô hình có ảnh", { unitId: cells[0]!.id });
    const up = (bytes: Uint8Array, name: string, type: string) =>
      postMultipart(`/api/v1/models/${m.id}/files`, admin, { bytes, name, type });

    const png = await json<FileOut>(await up(PNG, "../../ảnh hội nghị.PNG", "image/png"), 201);
    expect(png).toMatchObject({ contentType: "image/png", size: PNG.length, fileName: "ảnh hội nghị.png" });
    // The declared type is not trusted: a PDF declared as an image is stored as a PDF.
    const pdf = await json<FileOut>(await up(PDF, "bien-ban", "image/jpeg"), 201);
    expect(pdf).toMatchObject({ contentType: "application/pdf", fileName: "bien-ban.pdf" });

    const res = await call("GET", `/api/v1/models/${m.id}/files/${png.id}`, { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    const page = await call("GET", `/t/${t.info.slug}/exemplars/${m.id}/files/${pdf.id}`, { cookie: admin });
    expect(page.headers.get("content-type")).toBe("application/pdf");
    await page.arrayBuffer();

    const detail = await json<ModelDetailOut>(await call("GET", `/api/v1/models/${m.id}`, { cookie: admin }));
    expect(detail.files.map((f) => f.id).sort()).toEqual([png.id, pdf.id].sort());
    await expectStatus(
      await call("DELETE", `/api/v1/models/${m.id}/files/${png.id}`, { cookie: admin }),
      204,
    );
    await expectStatus(await call("GET", `/api/v1/models/${m.id}/files/${png.id}`, { cookie: admin }), 404);
  });

  it("rejects wrong types (415) and oversized files (413) with a clear message, on the API and the page", async () => {
    const t = await makeTenant();
    const { cells } = await districtTree(t);
    const admin = await cookieFor(t, t.adminId);
    const m = await makeModel(t, "Mô hình", { unitId: cells[0]!.id });
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const wrong = await postMultipart(`/api/v1/models/${m.id}/files`, admin, {
      bytes: html,
      name: "anh.png",
      type: "image/png",
    });
    expect((await json<{ detail: string }>(wrong, 415)).detail).toContain("JPEG, PNG, WebP hoặc tệp PDF");

    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG);
    const tooBig = await postMultipart(`/api/v1/models/${m.id}/files`, admin, {
      bytes: big,
      name: "lon.png",
      type: "image/png",
    });
    expect((await json<{ detail: string }>(tooBig, 413)).detail).toContain("10 MB");

    const pageWrong = await postMultipart(`/t/${t.info.slug}/exemplars/${m.id}/files`, admin, {
      bytes: html,
      name: "a.png",
      type: "image/png",
    });
    expect(pageWrong.status).toBe(415);
    expect(await pageWrong.text()).toContain("Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF");
    const none = await postMultipart(`/api/v1/models/${m.id}/files`, admin, null, { note: "x" });
    await expectStatus(none, 400);
    const detail = await json<ModelDetailOut>(await call("GET", `/api/v1/models/${m.id}`, { cookie: admin }));
    expect(detail.files).toEqual([]);
  });

  it("answers 404 for another tenant's model or file, and 403 to a member on a collective model", async () => {
    const attachPng = (modelId: string, cookie: string, name: string) =>
      postMultipart(`/api/v1/models/${modelId}/files`, cookie, { bytes: PNG, name, type: "image/png" });
    const a = await makeTenant();
    const b = await makeTenant();
    const { cells } = await districtTree(a);
    const bModel = await makeModel(b, "Mô hình B", { unitId: b.rootId });
    const bFile = await json<FileOut>(
      await attachPng(bModel.id, await cookieFor(b, b.adminId), "b.png"),
      201,
    );
    const admin = await cookieFor(a, a.adminId);
    await expectStatus(
      await call("GET", `/api/v1/models/${bModel.id}/files/${bFile.id}`, { cookie: admin }),
      404,
    );
    await expectStatus(
      await call("DELETE", `/api/v1/models/${bModel.id}/files/${bFile.id}`, { cookie: admin }),
      404,
    );
    await expectStatus(await attachPng(bModel.id, admin, "x.png"), 404);

    const person = await makePerson(a, cells[0]!);
    const collective = await makeModel(a, "Chi bộ", { unitId: cells[0]!.id });
    await expectStatus(await attachPng(collective.id, person.cookie, "x.png"), 403);
    const own = await makeModel(a, "Của tôi", { memberId: person.memberId });
    await json(await attachPng(own.id, person.cookie, "x.png"), 201);
  });
});
