// A roster past the size limit fails at once with a message naming the limit, before its body is read,
// and nothing of it is stored.
import { describe, expect, it } from "vitest";
import { call, json } from "../../../test/harness";
import { IMPORT_LIMITS } from "./members-import.service";
import { postUpload, rosterWorld } from "./members.fixtures";
import { UPLOADS } from "../../platform/throttle";

describe("roster size limit", () => {
  it("refuses a 50 MB roster with 413 naming the limit, and stores nothing", async () => {
    const w = await rosterWorld();
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const res = await call("POST", "/api/v1/members/import?fileName=lon.csv", {
      cookie: w.cookie,
      body: big,
      headers: { "content-type": "text/csv", "content-length": String(big.length) },
    });
    const problem = await json<{ detail: string }>(res, 413);
    expect(problem.detail).toContain(`tối đa ${IMPORT_LIMITS.maxBytes / (1024 * 1024)} MB`);
    const jobs = await json<{ items: unknown[] }>(
      await call("GET", "/api/v1/members/imports", { cookie: w.cookie }),
    );
    expect(jobs.items).toEqual([]);
  });

  it("meets 429 with Retry-After past 30 uploads in 10 minutes by one person", async () => {
    const w = await rosterWorld();
    const csv = new TextEncoder().encode(
      `Số thẻ đảng viên,Họ và tên,Chi bộ\nUP.1,Nguyễn Văn Tải,${w.cells[0]!.code}\n`,
    );
    for (let i = 0; i < UPLOADS.limit; i++) await postUpload(w.cookie, csv, `lan-${i}.csv`);
    const res = await call("POST", "/api/v1/members/import?fileName=thua.csv", {
      cookie: w.cookie,
      body: csv,
      headers: { "content-type": "text/csv" },
    });
    expect((await json<{ detail: string }>(res, 429)).detail).toBe(UPLOADS.message);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
