// The boundary check must be able to fail: each kind of violation is planted in a scratch copy of
// the tree, and the check must name every one of them (and nothing on the untouched copy).
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkTree } from "./check-boundaries.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const scratch = mkdtempSync(join(tmpdir(), "boundaries-"));
for (const dir of ["src", "test", "scripts"])
  cpSync(join(root, dir), join(scratch, dir), { recursive: true });
after(() => rmSync(scratch, { recursive: true, force: true }));

/** file (relative), its text, and the message the check must give for it. */
const PLANTS = [
  [
    "src/features/plans/planted-batch.pages.tsx",
    "export const f = (ctx: any) => ctx.db.batch([]);\n",
    "uses ctx.db outside a service",
  ],
  [
    "src/features/plans/planted-drizzle.api.ts",
    'import { eq } from "drizzle-orm";\nexport const x = eq;\n',
    "only *.service.ts and *.queries.ts files touch the database",
  ],
  [
    "src/features/plans/planted-dynamic.pages.tsx",
    'export const load = () => import("drizzle-orm");\n',
    "only *.service.ts and *.queries.ts files touch the database",
  ],
  [
    "src/features/plans/planted-reexport.rules.ts",
    'export { plans } from "../../db/schema/tenant/plans";\n',
    "only *.service.ts and *.queries.ts files touch the database",
  ],
  [
    "src/features/plans/planted-env.service.ts",
    'export const f = (env: any) => env["DB_POOL_1"];\n',
    "reaches the binding DB_POOL_1",
  ],
  [
    "src/features/plans/planted-prop.service.ts",
    "export const f = (env: any) => env.DB_DEDICATED_1;\n",
    "reaches the binding DB_DEDICATED_1",
  ],
  [
    "src/features/plans/planted-destructure.service.ts",
    "export const f = ({ DB_DEDICATED_1 }: any) => DB_DEDICATED_1;\n",
    "destructures the binding DB_DEDICATED_1",
  ],
  [
    "src/features/plans/planted-computed.service.ts",
    "export const f = (env: any, n: string) => env[n];\n",
    "reads a binding of env by a computed name",
  ],
  [
    "src/features/plans/planted-deep.service.ts",
    'export { listMembers } from "../members/members-list.service";\n',
    "an internal file of members",
  ],
  [
    "src/features/plans/planted-deep-import.rules.ts",
    'import { x } from "../criteria/criteria.inputs";\nexport const y = x;\n',
    "an internal file of criteria",
  ],
  [
    "src/features/plans/planted-raw.service.ts",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the planted file's own template literal
    'import { sql } from "drizzle-orm";\nexport const q = (t: string) => sql`SELECT 1 FROM plans WHERE tenant_id = ${t}`;\n',
    "filters tenant_id by hand in SQL",
  ],
  [
    "src/features/plans/planted-eq.service.ts",
    'import { eq } from "drizzle-orm";\nexport const q = (p: any, t: string) => eq(p.tenantId, t);\n',
    "filters tenantId with eq()",
  ],
  [
    "src/features/plans/planted-hono.service.ts",
    'import { Hono } from "hono";\nexport const h = new Hono();\n',
    "a service imports hono",
  ],
  [
    "src/features/plans/views/planted-view.tsx",
    'import { x } from "../plans.service";\nexport const v = x;\n',
    "a view imports",
  ],
  [
    "src/platform/planted-layer.ts",
    'export { plansCounterSource } from "../features/plans";\n',
    "lower layers do not know features",
  ],
  [
    "src/features/plans/plans.planted-odd-role.ts",
    "export const x = 1;\n",
    "file name is not <topic>.<role>",
  ],
  ["src/features/plans/planted-long.rules.ts", "export const x = 1;\n".repeat(301), "301 lines"],
];

test("the tree as it is passes", () => {
  assert.deepEqual(checkTree(scratch), []);
});

test("every planted violation is named", () => {
  for (const [file, text] of PLANTS) writeFileSync(join(scratch, file), text);
  const problems = checkTree(scratch);
  for (const [file, , message] of PLANTS) {
    const hit = problems.find((p) => p.startsWith(`${file}:`) && p.includes(message));
    assert.ok(
      hit,
      `no "${message}" for ${file}; got:\n${problems.filter((p) => p.startsWith(file)).join("\n")}`,
    );
  }
});
