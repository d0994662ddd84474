import { afterEach, describe, expect, it } from "vitest";
import { E, call, cookieFor, expectStatus, json, makeAccount } from "../../../test/harness";
import { forgetTenant } from "../../platform/tenancy";
import { IMPORT_LIMITS } from "./members-import.service";
import type { ImportJobOut, MemberDetailOut, MemberListOut } from "./members.outputs";
import { commit, csvBytes, deliver, nameFor, postUpload, rosterWorld, upload } from "./members.fixtures";

const HEADER = "Số thẻ đảng viên,Họ và tên,Ngày sinh,Chi bộ,Chức vụ Đảng,Chức vụ chính quyền\n";
const defaults = { ...IMPORT_LIMITS };
afterEach(() => Object.assign(IMPORT_LIMITS, defaults));

describe("large imports in the background", () => {
  it("parses and commits on the JOBS queue in chunks, with progress through the API and the page", async () => {
    const w = await rosterWorld();
    IMPORT_LIMITS.commitChunks = 0;
    const n = 6000; // two chunks
    let text = HEADER;
    for (let i = 0; i < n; i++)
      text += `Q.${100000 + i},${nameFor(i % 720)} ${i},01/01/1980,${w.cells[i % 3]!.code},,\n`;
    text += "Q.100000,Trùng Số Thẻ,01/01/1980,XX,,\n";
    const job = await postUpload(w.cookie, csvBytes(text), "lon.csv");
    expect(job.status).toBe("parsing");
    const page = await call("GET", `/t/${w.t.info.slug}/members/import/${job.id}`, { cookie: w.cookie });
    expect(await expectStatus(page, 200)).toContain('http-equiv="refresh"');
    expect(page.headers.get("refresh")).toBe("3");
    const msg = { kind: "members.import", tenantId: w.t.info.id, jobId: job.id };
    await deliver({ ...msg, step: "parse" });
    const ready = await json<ImportJobOut>(
      await call("GET", `/api/v1/members/import/${job.id}`, { cookie: w.cookie }),
    );
    expect(ready).toMatchObject({
      status: "ready",
      rowsTotal: n + 1,
      rowsValid: n - 1,
      rowsInvalid: 2,
      errors: [
        { row: 2, errors: ["Số thẻ Q.100000 trùng với dòng 6002."] },
        {
          row: 6002,
          errors: [
            expect.stringContaining("Không tìm thấy chi bộ «XX»"),
            "Số thẻ Q.100000 trùng với dòng 2.",
          ],
        },
      ],
    });
    const started = await commit(w.cookie, job.id);
    expect(started).toMatchObject({ status: "committing", rowsDone: 0 });
    await deliver({ ...msg, step: "commit" });
    await deliver({ ...msg, step: "commit" }); // a duplicate delivery changes nothing
    const done = await json<ImportJobOut>(
      await call("GET", `/api/v1/members/import/${job.id}`, { cookie: w.cookie }),
    );
    expect(done).toMatchObject({ status: "done", rowsDone: n - 1, created: n - 1 });
    const donePage = await call("GET", `/t/${w.t.info.slug}/members/import/${job.id}`, { cookie: w.cookie });
    expect(await expectStatus(donePage, 200)).toContain("Thêm mới <strong>5.999</strong>");
    expect(donePage.headers.get("refresh")).toBeNull();
    const list = await json<MemberListOut>(
      await call("GET", "/api/v1/members?limit=1", { cookie: w.cookie }),
    );
    expect(list.total).toBe(n - 1);
  });
});

describe("re-importing changes", () => {
  it("updates changed rows only, records transfers and position changes, and leaves the rest untouched", async () => {
    const w = await rosterWorld();
    const [a, b] = w.cells as [(typeof w.cells)[0], (typeof w.cells)[0]];
    const first = `${HEADER}U.1,Nguyễn Văn An,01/01/1980,${a.code},,\nU.2,Trần Thị Bình,02/02/1981,${a.code},,\n`;
    await commit(w.cookie, (await upload(w, csvBytes(first), "1.csv")).id);
    const second = `${HEADER}U.1,Nguyễn Văn An,01/01/1980,${b.code},,Trưởng khoa\nU.2,Trần Thị Bình,02/02/1981,${a.code},,\n`;
    const job = await commit(w.cookie, (await upload(w, csvBytes(second), "2.csv")).id);
    expect(job).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const list = await json<MemberListOut>(await call("GET", "/api/v1/members?q=U.1", { cookie: w.cookie }));
    const d = await json<MemberDetailOut>(
      await call("GET", `/api/v1/members/${list.items[0]!.id}`, { cookie: w.cookie }),
    );
    expect(d.member).toMatchObject({
      unitId: b.id,
      group: "exemplar",
      govPositions: ["faculty_head"],
      version: 2,
    });
    expect(d.transfers[0]).toMatchObject({ fromUnitId: a.id, toUnitId: b.id });
    expect(d.groupHistory.map((h) => h.group)).toEqual(["exemplar"]);
  });

  it("a column absent from the file keeps the stored value", async () => {
    const w = await rosterWorld();
    const code = w.cells[0]!.code;
    await commit(
      w.cookie,
      (await upload(w, csvBytes(`${HEADER}K.1,Lê Văn Kiên,03/03/1983,${code},Chi ủy viên,\n`), "1.csv")).id,
    );
    const slim = `Số thẻ đảng viên,Họ và tên,Chi bộ\nK.1,Lê Văn Kiên,${code}\n`;
    expect(await commit(w.cookie, (await upload(w, csvBytes(slim), "2.csv")).id)).toMatchObject({
      unchanged: 1,
    });
    const list = await json<MemberListOut>(await call("GET", "/api/v1/members?q=K.1", { cookie: w.cookie }));
    expect(list.items[0]).toMatchObject({
      birthDate: "1983-03-03",
      partyPositions: ["cell_committee_member"],
      group: "exemplar",
    });
  });
});

describe("the unverified tenant's member cap", () => {
  it("refuses a commit that would pass the cap and writes nothing of it", async () => {
    const w = await rosterWorld();
    await E.DB_CONTROL.prepare("UPDATE tenants SET member_cap = 3 WHERE id = ?").bind(w.t.info.id).run();
    forgetTenant(w.t.info);
    const code = w.cells[0]!.code;
    const two = `${HEADER}P.1,Nguyễn Văn An,,${code},,\nP.2,Nguyễn Văn Ba,,${code},,\n`;
    await commit(w.cookie, (await upload(w, csvBytes(two), "2.csv")).id);
    const three = `${HEADER}P.1,Nguyễn Văn An,,${code},,\nP.3,Nguyễn Văn Ca,,${code},,\nP.4,Nguyễn Văn Đa,,${code},,\n`;
    const job = await upload(w, csvBytes(three), "3.csv");
    const res = await call("POST", `/api/v1/members/import/${job.id}/commit`, { cookie: w.cookie });
    const problem = await json<{ detail: string }>(res, 409);
    expect(problem.detail).toContain("tối đa 3 đảng viên");
    const list = await json<MemberListOut>(await call("GET", "/api/v1/members", { cookie: w.cookie }));
    expect(list.total).toBe(2);
    const fits = `${HEADER}P.1,Nguyễn Văn An,,${code},,\nP.3,Nguyễn Văn Ca,,${code},,\n`;
    expect(await commit(w.cookie, (await upload(w, csvBytes(fits), "ok.csv")).id)).toMatchObject({
      created: 1,
      status: "done",
    });
    await E.DB_CONTROL.prepare("UPDATE tenants SET member_cap = NULL WHERE id = ?").bind(w.t.info.id).run();
    forgetTenant(w.t.info);
  });
});

describe("import access", () => {
  it("is for admins only; another tenant's import is 404", async () => {
    const w = await rosterWorld();
    const other = await rosterWorld();
    const job = await upload(
      other,
      csvBytes(`${HEADER}Z.1,Nguyễn Văn An,,${other.cells[0]!.code},,\n`),
      "z.csv",
    );
    const sec = await cookieFor(w.t, (await makeAccount(w.t, "secretary", w.school)).id);
    await expectStatus(
      await call("POST", "/api/v1/members/import", { cookie: sec, body: csvBytes(HEADER) }),
      403,
    );
    await expectStatus(await call("GET", "/api/v1/members/import/template", { cookie: sec }), 403);
    await expectStatus(await call("GET", `/api/v1/members/import/${job.id}`, { cookie: w.cookie }), 404);
    await expectStatus(
      await call("POST", `/api/v1/members/import/${job.id}/commit`, { cookie: w.cookie }),
      404,
    );
    await expectStatus(
      await call("GET", `/api/v1/members/import/${job.id}/errors`, { cookie: w.cookie }),
      404,
    );
    await expectStatus(await call("GET", "/api/v1/members/imports"), 401);
    const mine = await json<{ items: ImportJobOut[] }>(
      await call("GET", "/api/v1/members/imports", { cookie: w.cookie }),
    );
    expect(mine.items.map((j) => j.id)).not.toContain(job.id);
  });
});
