/**
 * What the contract test (test/api-contract.test.ts) needs besides the document: a tenant with a
 * fixture of every kind of id (test/fixtures.ts) and the people to call as, the matrix row of each
 * GET operation (its ids, query and allowed roles), and a validator of one response schema.
 */
import { Validator } from "@cfworker/json-schema";
import { makeOperator } from "./platform-kit";
import { MATRIX, type RouteSpec } from "./access-matrix";
import type { Ids } from "./access-kit";
import { FIXTURES } from "./fixtures";
import { call, cookieFor, json, makeTenant, type TestTenant } from "./harness";
import { linkedMember, signedIn, underRoot } from "./world";

export type Schema = Record<string, unknown>;
export interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, unknown>;
}
export interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

/** A tenant with one fixture of every kind, and who calls: its admin, a secretary, a member, an operator. */
export interface ContractWorld {
  t: TestTenant;
  ids: Ids;
  cookies: { admin: string; secretary: string; member: string; operator: string };
}

export async function contractWorld(): Promise<ContractWorld> {
  const t = await makeTenant();
  const ids: Ids = { tenant: t.info.id };
  for (const [kind, make] of Object.entries(FIXTURES)) ids[kind] = await make(t);
  const cell = await underRoot(t, "cell");
  const me = await linkedMember(t, cell, { cardNumber: "HD.000001", fullName: "Đảng viên Hợp Đồng" });
  const secretary = await signedIn(t, "secretary", { id: t.rootId, path: t.rootPath });
  const operator = await makeOperator();
  const admin = await cookieFor(t, t.adminId);
  // An import's rejected rows exist once it was read and a row was refused: one good row, one bad.
  for (const [kind, base, csv] of IMPORTS) ids[kind] = await parsedImport(admin, base, csv);
  ids.job = ids.export!;
  return {
    t,
    ids,
    cookies: { admin, secretary: secretary.cookie, member: me.cookie, operator: operator.cookie },
  };
}

const IMPORTS = [
  [
    "memberImport",
    "members",
    "Số thẻ đảng viên,Họ và tên,Chi bộ\nHD.000002,Nguyễn Văn Nhập,ROOT\nHD.000003,,ROOT\n",
  ],
  [
    "modelImport",
    "models",
    "Mã đơn vị,Tên mô hình,Loại,Năm bắt đầu\nROOT,Mô hình nhập,Tập thể,2021\nROOT,,Tập thể,1800\n",
  ],
  [
    "commendationImport",
    "commendations",
    "Đối tượng,Mã đơn vị,Cấp khen thưởng,Hình thức,Cơ quan ban hành,Năm\nTổ chức,ROOT,Huyện,Giấy khen,Huyện ủy,2021\nTổ chức,ROOT,Huyện,,,1800\n",
  ],
] as const;

/** An import of `csv` through the API under `/api/v1/<base>`, once the background read is done. */
async function parsedImport(cookie: string, base: string, csv: string): Promise<string> {
  const body = new TextEncoder().encode(csv);
  const headers = { "content-type": "text/csv" };
  const job = await json<{ id: string }>(
    await call("POST", `/api/v1/${base}/import?fileName=ds.csv`, { cookie, body, headers }),
    202,
  );
  for (let i = 0; i < 160; i++) {
    const now = await json<{ status: string }>(
      await call("GET", `/api/v1/${base}/import/${job.id}`, { cookie }),
    );
    if (now.status !== "parsing") return job.id;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the ${base} import ${job.id} was still being read after 40 s`);
}

/** The matrix row of a documented operation (`/api/v1/units/{id}` is the row `/api/v1/units/:id`). */
export function matrixRow(method: string, path: string): RouteSpec | undefined {
  const written = path.replace(/\{([^}]+)\}/g, ":$1");
  return MATRIX.find((r) => r.method === method.toUpperCase() && r.path === written);
}

/** Who calls a row: an operator for the platform, the member for their own (`/mine`), else the highest role allowed. */
export function callerOf(spec: RouteSpec): keyof ContractWorld["cookies"] {
  if (spec.operator) return "operator";
  if (/\/(mine|me)(\/|$)/.test(spec.path) && spec.allow.includes("member")) return "member";
  for (const role of ["admin", "secretary", "member"] as const) if (spec.allow.includes(role)) return role;
  return "admin";
}

/**
 * A validator of `schema` against the document's components: the schema is evaluated inside a root
 * that carries them, so its `#/components/schemas/…` references resolve. OpenAPI 3.1's dialect is
 * JSON Schema 2020-12.
 */
export function validatorOf(doc: Doc, schema: Schema): Validator {
  return new Validator({ ...schema, components: doc.components }, "2020-12", false);
}
