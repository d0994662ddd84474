import { opCtx } from "../../platform/control-plane";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import {
  E,
  type TestTenant,
  call,
  d1Calls,
  expectStatus,
  json,
  makeAccount,
  makeTenant,
} from "../../../test/harness";
import { PNG, makeModel, postMultipart } from "../../../test/exemplars-kit";
import { adminCookie, signedIn, underRoot } from "../../../test/world";
import { driveJob } from "../../../test/platform-kit";
import { Meter } from "../../platform/meter";
import { exportStep, requestExport } from "./lifecycle-export.service";
import { getJob, saveJob } from "./lifecycle.queries";
import { PART_SIZE, ZipToR2 } from "../../platform/zip-sink";

async function tenantWithData() {
  const t = await makeTenant();
  const district = await underRoot(t, "district", "Đảng bộ “Khối” A, B");
  await makeAccount(t, "secretary", district);
  return { t, district };
}

/** An evidence file of a model of the tenant, uploaded as a user would. */
async function evidence(t: TestTenant, unitId: string) {
  const m = await makeModel(t, "Mô hình có ảnh", { unitId });
  const res = await postMultipart(`/api/v1/models/${m.id}/files`, await adminCookie(t), {
    bytes: PNG,
    name: "ảnh hội nghị.png",
    type: "image/png",
  });
  return { modelId: m.id, file: await json<{ id: string }>(res, 201) };
}

describe("tenant export", () => {
  it("produces a zip with JSON and CSV per table, without secrets, with progress on the page", async () => {
    const { t, district } = await tenantWithData();
    const other = await tenantWithData();
    const { modelId, file } = await evidence(t, district.id);
    await evidence(other.t, other.district.id);
    const cookie = await adminCookie(t);
    const id = (await requestExport(E, new Meter(), t.ctx())).id;
    // One step at a time: progress is visible between steps.
    const o = opCtx(E, new Meter(), "test", null);
    let job = (await exportStep({ ...o, now: Date.now() }, (await getJob(o.control, id))!)).job;
    await saveJob(o.control, job, Date.now());
    const progress = await call("GET", `/t/${t.info.slug}/admin/export`, { cookie });
    const html = await expectStatus(progress, 200);
    expect(html).toMatch(/Đang xuất: 0 \/ [1-9]\d* dòng/);
    expect(html).toContain('http-equiv="refresh"');
    expect(d1Calls(progress)).toBeLessThanOrEqual(2);
    const again = await call("POST", `/t/${t.info.slug}/admin/export`, { cookie, form: {} });
    await expectStatus(again, 303);
    expect(again.headers.get("location")).toBe(`/t/${t.info.slug}/admin/export?done=1`);
    job = await driveJob(id);
    expect(job.status).toBe("done");
    const page = await expectStatus(await call("GET", `/t/${t.info.slug}/admin/export`, { cookie }), 200);
    expect(page).toContain("Tải về");

    const res = await call("GET", `/t/${t.info.slug}/admin/export/${id}/download`, { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toContain(`${t.info.slug}-du-lieu-`);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    expect(manifest.tenant.slug).toBe(t.info.slug);
    expect(manifest.tables.units).toBe(2);
    expect(files["README.txt"]).toBeDefined();
    // The uploaded evidence comes along, byte for byte, named in files.json beside its row.
    const path = `files/models/${modelId}/${file.id}.png`;
    expect(files[path]).toEqual(PNG);
    expect(manifest.files).toMatchObject({ count: 1, bytes: PNG.length, folder: "files/" });
    expect(JSON.parse(strFromU8(files["files.json"]!))).toEqual([
      expect.objectContaining({
        path,
        size: PNG.length,
        contentType: "image/png",
        record: { table: "exemplar_model_files", id: file.id },
      }),
    ]);
    expect(Object.keys(files).filter((k) => k.startsWith("files/"))).toEqual([path]);
    const units = JSON.parse(strFromU8(files["json/units.json"]!)) as {
      id: string;
      name: string;
      tenant_id: string;
    }[];
    expect(units.map((u) => u.id).sort()).toEqual([t.rootId, district.id].sort());
    expect(units.every((u) => u.tenant_id === t.info.id)).toBe(true);
    expect([...files["csv/units.csv"]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = strFromU8(files["csv/units.csv"]!);
    expect(csv).toMatch(/^\ufeff?id,tenant_id,parent_id,kind,code,name,/);
    expect(csv).toContain('"Đảng bộ “Khối” A, B"');
    const accounts = JSON.parse(strFromU8(files["json/accounts.json"]!)) as Record<string, unknown>[];
    expect(accounts).toHaveLength(2);
    expect(accounts[0]).not.toHaveProperty("password_hash");
    expect(files["json/sessions.json"]).toBeUndefined();
    expect(files["json/setup_tokens.json"]).toBeUndefined();
    expect(files["json/push_subscriptions.json"]).toBeUndefined();
    const all = Object.values(files)
      .map((f) => strFromU8(f))
      .join("\n");
    expect(all).not.toContain(other.t.info.id);
    expect(all).not.toContain("scrypt$");
    // Temporary parts are gone; only the zip stays.
    const stored = await E.FILES.list({ prefix: `exports/${t.info.id}/${id}/` });
    expect(stored.objects.map((x) => x.key)).toEqual([`exports/${t.info.id}/${id}/${job.result!.fileName}`]);
  });

  it("is for admins of the tenant only", async () => {
    const { t, district } = await tenantWithData();
    const other = await tenantWithData();
    const ex = await requestExport(E, new Meter(), t.ctx());
    const sec = await signedIn(t, "secretary", district);
    await expectStatus(await call("GET", `/api/v1/exports/${ex.id}`, { cookie: sec.cookie }), 403);
    await expectStatus(
      await call("GET", `/api/v1/exports/${ex.id}`, { cookie: await adminCookie(other.t) }),
      404,
    );
    await expectStatus(await call("GET", `/api/v1/exports/${ex.id}`), 401);
    const running = await call("GET", `/api/v1/exports/${ex.id}/download`, {
      cookie: await adminCookie(t),
    });
    expect((await json<{ detail: string }>(running, 409)).detail).toContain("chưa sẵn sàng");
  });

  it("starts one export at a time over the API", async () => {
    const { t } = await tenantWithData();
    const cookie = await adminCookie(t);
    const a = await requestExport(E, new Meter(), t.ctx());
    const b = await json<{ id: string; status: string }>(
      await call("POST", "/api/v1/exports", { cookie }),
      202,
    );
    expect(b.id).toBe(a.id);
    const done = await driveJob(a.id);
    expect(done.status).toBe("done");
    const view = await json<{ status: string; total: number; done: number }>(
      await call("GET", `/api/v1/exports/${a.id}`, { cookie }),
    );
    expect(view).toMatchObject({ status: "done" });
    expect(view.done).toBe(view.total);
  });

  it("streams an archive larger than one upload part through a multipart upload", async () => {
    const big = new Uint8Array(PART_SIZE + 1024 * 1024);
    for (let i = 0; i < big.length; i += 65536) crypto.getRandomValues(big.subarray(i, i + 65536));
    const key = `test/${crypto.randomUUID()}.zip`;
    const sink = new ZipToR2(E.FILES, key);
    async function* chunks() {
      for (let i = 0; i < big.length; i += 1024 * 1024) yield big.subarray(i, i + 1024 * 1024);
    }
    await sink.file("a.bin", chunks());
    const { bytes } = await sink.finish();
    expect(sink.uploadId).not.toBeNull();
    const obj = (await E.FILES.get(key))!;
    expect(obj.size).toBe(bytes);
    const files = unzipSync(new Uint8Array(await obj.arrayBuffer()));
    expect(files["a.bin"]!.length).toBe(big.length);
    expect(files["a.bin"]!.subarray(0, 64)).toEqual(big.subarray(0, 64));
  });
});
