/** Test helpers for models, commendations and conferences. */
import { expect } from "vitest";
import type { CreateModelInput } from "../src/features/recognition/models.inputs";
import { createModel } from "../src/features/recognition/models.service";
import { recountAll } from "../src/counter-sources";
import { deliver, parseNow } from "./queue-kit";
import type { TestAccount, TestTenant, TestUnit } from "./harness";
import { call, cookieFor, dbOf, json, makeUnit } from "./harness";
import { linkedMember } from "./world";

export type Unit = TestUnit;

/** Cầu Kè-like: province root → district → 3 communes → 2 cells each. */
export async function districtTree(t: TestTenant) {
  const root = { id: t.rootId, path: t.rootPath, depth: 0 };
  const district: Unit = await makeUnit(t, root, "district", "Đảng bộ huyện Cầu Kè");
  const communes: Unit[] = [];
  const cells: Unit[] = [];
  for (const name of ["xã Hòa Ân", "xã Châu Điền", "thị trấn Cầu Kè"]) {
    const commune = await makeUnit(t, district, "grassroots", `Đảng bộ ${name}`);
    communes.push(commune);
    for (let i = 1; i <= 2; i++) cells.push(await makeUnit(t, commune, "cell", `Chi bộ ấp ${i} ${name}`));
  }
  return { district, communes, cells };
}

let seq = 0;

/** A member of `cell` with a member account linked to it, and the account's cookie. */
export async function makePerson(
  t: TestTenant,
  cell: Unit,
  name = `Nguyễn Văn Mẫu ${++seq}`,
): Promise<{ memberId: string; card: string; account: TestAccount; cookie: string; name: string }> {
  const card = `CK${String(Date.now()).slice(-6)}${String(++seq).padStart(4, "0")}`;
  const { member, account, cookie } = await linkedMember(t, cell, { cardNumber: card, fullName: name });
  return { memberId: member.id, card, account, cookie, name };
}

/**
 * A model in the study field begun in 2021: collective for `{ unitId }`, individual for `{ memberId }`;
 * `extra` sets or overrides any other field.
 */
export function makeModel(
  t: TestTenant,
  title: string,
  owner: { unitId: string } | { memberId: string },
  extra: Partial<CreateModelInput> = {},
) {
  const kind = "unitId" in owner ? "collective" : "individual";
  return createModel(t.ctx(), { kind, ...owner, title, field: "study", startYear: 2021, ...extra });
}

/** Posts a multipart form (a file in field `file`, plus text fields) as a browser would. */
export function postMultipart(
  path: string,
  cookie: string,
  file: { bytes: Uint8Array; name: string; type: string } | null,
  fields: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set("file", new Blob([file.bytes], { type: file.type }), file.name);
  return call("POST", path, { cookie, body: form });
}

/** The recount of every registered counter finds no difference. */
export async function expectNoDrift(t: TestTenant): Promise<void> {
  expect(await recountAll(dbOf(t), t.info.id)).toEqual([]);
}

export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);
export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

export { cookieFor };

/** A models or commendations import job as the API returns it. */
export interface ImportJob {
  id: string;
  status: string;
  message: string | null;
  rowsTotal: number;
  rowsValid: number;
  rowsInvalid: number;
  errors: { row: number; column: string; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Uploads a spreadsheet to the models or commendations import and runs the parse as the queue
 * would: the upload's response (202, parsing) and the job read back (the preview).
 */
export async function uploadSheet(
  t: TestTenant,
  kind: "models" | "commendations",
  cookie: string,
  file: { bytes: Uint8Array; name: string; type: string },
): Promise<{ upload: Response; job: ImportJob }> {
  const base = `/api/v1/${kind}/import`;
  const upload = await postMultipart(base, cookie, file);
  const posted = await json<ImportJob>(upload.clone(), 202);
  expect(posted.status).toBe("parsing");
  await parseNow(t.info.id, `${kind}.import`, posted.id);
  return { upload, job: await json<ImportJob>(await call("GET", `${base}/${posted.id}`, { cookie })) };
}

/** Commits an import (small imports are written inside the request). */
export async function commitSheet(
  kind: "models" | "commendations",
  cookie: string,
  id: string,
): Promise<ImportJob> {
  return json<ImportJob>(await call("POST", `/api/v1/${kind}/import/${id}/commit`, { cookie }), 202);
}

/** Upload, parse and commit: the job when done. */
export async function importSheet(
  t: TestTenant,
  kind: "models" | "commendations",
  cookie: string,
  file: { bytes: Uint8Array; name: string; type: string },
): Promise<ImportJob> {
  const { job } = await uploadSheet(t, kind, cookie, file);
  return commitSheet(kind, cookie, job.id);
}
export { deliver };
