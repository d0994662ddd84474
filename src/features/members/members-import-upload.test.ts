// A roster sent as the raw request body with its length declared is streamed to storage as it arrives;
// a body shorter than it declared is refused whole, and nothing of it is kept.
import { describe, expect, it } from "vitest";
import { E, call, json } from "../../../test/harness";
import type { ImportJobOut } from "./members.outputs";
import { csvBytes, parsed, rosterWorld } from "./members.fixtures";

function streamOf(bytes: Uint8Array, piece = 7): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + piece));
      at += piece;
    },
  });
}

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
});
