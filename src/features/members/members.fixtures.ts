// Test helpers of the members feature (imported by its *.test.ts files only).
import { expect } from "vitest";
import { type TestTenant, call, cookieFor, json, makeTenant, makeUnit } from "../../../test/harness";
import { deliver, parseNow } from "../../../test/queue-kit";
import type { ImportJobOut } from "./members.outputs";

export interface RosterWorld {
  t: TestTenant;
  cookie: string;
  school: { id: string; path: string; code: string; name: string };
  cells: { id: string; path: string; code: string; name: string }[];
}

/** A tenant with a grassroots committee and three cells; the admin's cookie. */
export async function rosterWorld(): Promise<RosterWorld> {
  const t = await makeTenant();
  const root = { id: t.rootId, path: t.rootPath, depth: 0 };
  const school = await makeUnit(t, root, "grassroots", "Đảng bộ Trường Chính trị");
  const cells = [
    await makeUnit(t, school, "cell", "Chi bộ Khoa Xây dựng Đảng"),
    await makeUnit(t, school, "cell", "Chi bộ Khoa Lý luận cơ sở"),
    await makeUnit(t, school, "cell", "Chi bộ Phòng Tổ chức - Hành chính"),
  ];
  return { t, cookie: await cookieFor(t, t.adminId), school, cells };
}

/** Uploads a file through the API as its raw body: the answer (202, "parsing", or the refusal). */
export async function postUpload(
  cookie: string,
  bytes: Uint8Array,
  fileName: string,
  status = 202,
): Promise<ImportJobOut> {
  const res = await call("POST", `/api/v1/members/import?fileName=${encodeURIComponent(fileName)}`, {
    cookie,
    body: bytes,
    headers: { "content-type": "application/octet-stream" },
  });
  const job = await json<ImportJobOut>(res, status);
  if (status === 202) expect(job.status).toBe("parsing");
  return job;
}

/** Runs the parse of an uploaded job as the queue consumer would, and reads the job back (API). */
export async function parsed(t: TestTenant, cookie: string, id: string): Promise<ImportJobOut> {
  await parseNow(t.info.id, "members.import", id);
  return json<ImportJobOut>(await call("GET", `/api/v1/members/import/${id}`, { cookie }));
}

/**
 * Uploads a file through the API as its raw body and parses it as the queue would: the job with
 * its preview (or, for another `status`, the refusal of the upload).
 */
export async function upload(
  w: { t: TestTenant; cookie: string },
  bytes: Uint8Array,
  fileName: string,
  status = 202,
): Promise<ImportJobOut> {
  const job = await postUpload(w.cookie, bytes, fileName, status);
  return status === 202 ? parsed(w.t, w.cookie, job.id) : job;
}

export async function commit(cookie: string, id: string, status = 202): Promise<ImportJobOut> {
  return json<ImportJobOut>(await call("POST", `/api/v1/members/import/${id}/commit`, { cookie }), status);
}

/** Polls an import until it leaves `from` (background work on the JOBS queue). */
export async function waitFor(cookie: string, id: string, from: string, seconds = 40): Promise<ImportJobOut> {
  for (let i = 0; i < seconds * 4; i++) {
    const job = await json<ImportJobOut>(await call("GET", `/api/v1/members/import/${id}`, { cookie }));
    if (job.status !== from) return job;
    await new Promise((r) => setTimeout(r, 250));
  }
  expect.fail(`import ${id} still ${from} after ${seconds} s`);
}

export const csvBytes = (text: string, bom = false) => {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
};

const GIVEN = [
  "An",
  "Bình",
  "Chi",
  "Dũng",
  "Đức",
  "Giang",
  "Hà",
  "Hùng",
  "Khánh",
  "Lan",
  "Minh",
  "Nam",
  "Oanh",
  "Phúc",
  "Quang",
];
const MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Hoàng", "Ngọc"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Thạch"];

/** A plausible Vietnamese name for index i (distinct for i < 720). */
export function nameFor(i: number): string {
  return `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(i / 48) % GIVEN.length]}`;
}

export { deliver };
