// Enforces the service-layer boundary (see docs/architecture.md):
//  1. In src/features, only *.service.ts (and *.queries.ts) files touch the database:
//     no other feature file imports drizzle-orm, src/db or platform/db.
//  2. Database bindings (env.DB_*) are reached only in src/platform and the control-plane
//     feature src/features/platform; feature code gets ctx.db from the tenancy layer.
//  3. Service files do not import hono: they stay transport-free.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const problems = [];

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|tsx)$/.test(name)) check(p);
  }
}

function check(file) {
  const rel = relative(root, file);
  const text = readFileSync(file, "utf8");
  const imports = [...text.matchAll(/^\s*import[^"']*["']([^"']+)["']/gm)].map((m) => m[1]);
  const isTest = /\.test\.tsx?$/.test(rel);
  const inFeatures = rel.startsWith("src/features/");
  const isService = /\.(service|queries)\.ts$/.test(rel);
  if (inFeatures && !isService && !isTest) {
    for (const i of imports) {
      if (i === "drizzle-orm" || i.startsWith("drizzle-orm/") || /\/db\/|\/platform\/db$/.test(i))
        problems.push(`${rel}: imports ${i}; only *.service.ts files may touch the database`);
    }
  }
  const bindingAllowed =
    rel === "src/env.ts" ||
    rel.startsWith("src/platform/") ||
    rel.startsWith("src/features/platform/") ||
    isTest;
  if (rel.startsWith("src/") && !bindingAllowed && /\benv\.DB_|\bDB_(POOL|DEDICATED|CONTROL)\b/.test(text))
    problems.push(`${rel}: reaches a D1 binding directly; use ctx.db from the tenancy layer`);
  if (isService && imports.some((i) => i === "hono" || i.startsWith("hono/")))
    problems.push(`${rel}: a service imports hono; keep services transport-free`);
}

walk(join(root, "src"));
if (problems.length) {
  console.error(`Boundary check failed:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("Boundary check passed.");
