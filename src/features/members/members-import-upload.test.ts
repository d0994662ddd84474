// A roster sent as the raw request body with its length declared is streamed to storage as it arrives;
// a body shorter than it declared is refused whole, and nothing of it is kept. A multipart form is read
// as it arrives too, its file stored in R2 parts: whole when complete, nothing kept when refused.
import { describe, expect, it } from "vitest";
import { E, call, json, streamOf } from "../../../test/harness";
import type { ImportJobOut } from "./members.outputs";
import { csvBytes, parsed, rosterWorld } from "./members.fixtures";

const sendRaw = (cookie: string, body: ReadableStream<Uint8Array>, length: number, name = "ds.csv") =>
  call("POST", `/api/v1/members/import?fileName=${name}`, {
    cookie,
    body,
    headers: { "content-type": "text/csv", "content-length": String(length) },
  });

describe("streamed roster uploads", () => {
  it("stores a body that arrives in small pieces whole, and parses it", async () => {
    const w = await rosterWorld();
    const csv = csvBytes(
      `Số thẻ đảng viên,Họ và tên,Chi bộ\nST.1,Nguyễn Văn Dòng,${w.cells[0]!.code}\nST.2,Trần Thị Chảy,${w.cells[1]!.code}\n`,
    );
    const posted = await json<ImportJobOut>(await sendRaw(w.cookie, streamOf(csv), csv.length), 202);
    expect(posted).toMatchObject({ status: "parsing", fileSize: csv.length });
    const job = await parsed(w.t, w.cookie, posted.id);
    expect(job).toMatchObject({ status: "ready", fileSize: csv.length, rowsValid: 2, rowsInvalid: 0 });
    const stored = await E.FILES.get(`member-imports/${w.t.info.id}/${job.id}/source`);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(csv);
  });

  it("refuses a body shorter than its declared length and keeps nothing", async () => {
    const w = await rosterWorld();
    const csv = csvBytes(`Số thẻ đảng viên,Họ và tên,Chi bộ\nST.3,Lê Văn Thiếu,${w.cells[0]!.code}\n`);
    const res = await sendRaw(w.cookie, streamOf(csv), csv.length + 1000);
    const problem = await json<{ detail: string }>(res, 400);
    expect(problem.detail).toContain("không trọn vẹn");
    const jobs = await json<{ items: unknown[] }>(
      await call("GET", "/api/v1/members/imports", { cookie: w.cookie }),
    );
    expect(jobs.items).toEqual([]);
    const left = await E.FILES.list({ prefix: `member-imports/${w.t.info.id}/` });
    expect(left.objects).toEqual([]);
  });

  it("tells a legacy .xls apart from its first bytes, before storing anything", async () => {
    const w = await rosterWorld();
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const res = await sendRaw(w.cookie, streamOf(xls, 2), xls.length, "cu.xls");
    expect(res.status).toBe(400);
    const left = await E.FILES.list({ prefix: `member-imports/${w.t.info.id}/` });
    expect(left.objects).toEqual([]);
  });

  it("stores a multipart file of 6 MB, read as it arrives, whole (across R2 parts)", async () => {
    const w = await rosterWorld();
    const line = `MP.1,Nguyễn Văn Phần,${w.cells[0]!.code}\n`;
    const text = `Số thẻ đảng viên,Họ và tên,Chi bộ\n${line.repeat(Math.ceil((6 * 1024 * 1024) / line.length))}`;
    const csv = csvBytes(text);
    const form = new FormData();
    form.set("file", new File([csv], "sáu-mb.csv", { type: "text/csv" }));
    const job = await json<ImportJobOut>(
      await call("POST", "/api/v1/members/import", { cookie: w.cookie, body: form }),
      202,
    );
    expect(job).toMatchObject({ status: "parsing", fileName: "sáu-mb.csv", fileSize: csv.length });
    const stored = await E.FILES.get(`member-imports/${w.t.info.id}/${job.id}/source`);
    expect(stored!.size).toBe(csv.length);
    expect(await digest(new Uint8Array(await stored!.arrayBuffer()))).toBe(await digest(csv));
  });

  it("refuses a multipart stream past the importer's limit (413) or cut short (400), keeping nothing", async () => {
    const w = await rosterWorld();
    // No Content-Length: the limit is counted as the file arrives (models: 5 MB).
    const big = multipartStream(new Uint8Array(6 * 1024 * 1024).fill(0x41), "lon.csv");
    const over = await call("POST", "/api/v1/models/import", {
      cookie: w.cookie,
      body: big.stream,
      headers: { "content-type": big.type },
    });
    expect((await json<{ detail: string }>(over, 413)).detail).toContain("tối đa 5 MB");
    const short = multipartStream(csvBytes("Số thẻ đảng viên,Họ và tên,Chi bộ\n"), "ngan.csv", 40);
    const cut = await call("POST", "/api/v1/members/import", {
      cookie: w.cookie,
      body: short.stream,
      headers: { "content-type": short.type },
    });
    expect((await json<{ detail: string }>(cut, 400)).detail).toContain("không trọn vẹn");
    for (const prefix of ["model-imports", "member-imports"]) {
      const left = await E.FILES.list({ prefix: `${prefix}/${w.t.info.id}/` });
      expect(left.objects).toEqual([]);
    }
    for (const kind of ["models", "members"]) {
      const jobs = await json<{ items: unknown[] }>(
        await call("GET", `/api/v1/${kind}/imports`, { cookie: w.cookie }),
      );
      expect(jobs.items).toEqual([]);
    }
  });
});

async function digest(bytes: Uint8Array): Promise<string> {
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))));
}

/** A multipart form with `file` as a stream of unknown length, in pieces, `drop` bytes cut off its end. */
function multipartStream(bytes: Uint8Array, name: string, drop = 0) {
  const boundary = "----gmStreamBoundary7q";
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const whole = new Uint8Array(head.length + bytes.length + tail.length);
  whole.set(head);
  whole.set(bytes, head.length);
  whole.set(tail, head.length + bytes.length);
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    stream: streamOf(whole.subarray(0, whole.length - drop), 64 * 1024),
  };
}
