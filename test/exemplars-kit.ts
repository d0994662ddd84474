/** Test helpers for models, commendations and conferences. */
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { members } from "../src/db/schema/tenant/members";
import { createMember } from "../src/features/members/members.service";
import { recountAll } from "../src/counter-sources";
import { type TestAccount, type TestTenant, call, cookieFor, dbOf, makeAccount, makeUnit } from "./harness";

export interface Unit {
  id: string;
  path: string;
  depth: number;
  code: string;
  name: string;
}

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
  const m = await createMember(t.ctx(), { cardNumber: card, fullName: name, unitId: cell.id });
  const account = await makeAccount(t, "member", cell, { memberId: m.id, displayName: name });
  await dbOf(t).update(members).set({ accountId: account.id }).where(eq(members.id, m.id));
  return { memberId: m.id, card, account, cookie: await cookieFor(t, account.id), name };
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
