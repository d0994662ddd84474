// The house rules that keep features apart and data access in one place, checked on the syntax tree
// (TypeScript's own parser), so an aliased, dynamic or re-exported import is caught like a plain one.
// Run by `npm run lint`; `scripts/check-boundaries.test.mjs` plants each violation and expects a failure.
// The rules and the file roles are described in docs/architecture.md.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** The roles a file of a feature may have: `<topic>.<role>.ts(x)`, plus index.ts and views/*.tsx. */
export const FILE_ROLES = [
  "inputs",
  "outputs",
  "rules",
  "service",
  "queries",
  "api",
  "pages",
  "jobs",
  "test",
  "fixtures",
];
export const MAX_LINES = 300;

const ROLE_FILE = new RegExp(`^[a-z0-9]+(-[a-z0-9]+)*\\.(${FILE_ROLES.join("|")})\\.tsx?$`);
const BINDING = /^DB_(CONTROL|POOL_\d+|DEDICATED_\d+)$/;
const DB_MODULE = /^drizzle-orm(\/|$)/;

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

function resolveSpec(fromFile, spec) {
  if (!spec.startsWith(".")) return null;
  const base = resolve(dirname(fromFile), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")])
    if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** What kind of code a file (path relative to the root, with "/") is. */
function classify(rel) {
  const feature = /^src\/features\/([^/]+)\//.exec(rel)?.[1] ?? null;
  const base = rel.split("/").pop();
  return {
    feature,
    isTest: /\.test\.tsx?$/.test(rel) || /\.fixtures\.tsx?$/.test(rel) || rel.startsWith("test/"),
    isView: /\/views\//.test(rel),
    touchesDb:
      /\.(service|queries)\.ts$/.test(base) ||
      rel.startsWith("src/platform/") ||
      rel.startsWith("src/db/") ||
      rel === "src/counter-sources.ts",
    isRouter: /\.(api|pages|jobs)\.tsx?$/.test(base),
    isComposition:
      !feature && /^src\/(app|index|counter-sources|scheduled-jobs)\.tsx?$|^src\/(demo|bench)\//.test(rel),
    layer: rel.startsWith("src/")
      ? (/^src\/(platform|ui|lib|domain|db)\//.exec(rel)?.[1] ?? (feature ? "features" : "composition"))
      : "other",
    bindingsAllowed: rel === "src/platform/tenancy.ts" || rel === "src/env.ts",
    tenantHelper: rel === "src/platform/scope.ts",
  };
}

/** Every rule broken in the tree under `root`, as "path:line: message". */
export function checkTree(root) {
  const problems = [];
  for (const file of [...walk(join(root, "scripts")), ...walk(join(root, "bench"))]) {
    const text = readFileSync(file, "utf8");
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    if (lines > MAX_LINES)
      problems.push(
        `${relative(root, file).split(sep).join("/")}:1: ${lines} lines; split it by meaning (at most ${MAX_LINES})`,
      );
  }
  const files = [...walk(join(root, "src")), ...walk(join(root, "test"))].filter((f) => /\.tsx?$/.test(f));
  for (const file of files) {
    const rel = relative(root, file).split(sep).join("/");
    const text = readFileSync(file, "utf8");
    const kind = classify(rel);
    const sf = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const report = (node, msg) => {
      const line = node ? sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 : 1;
      problems.push(`${rel}:${line}: ${msg}`);
    };

    // File names and sizes.
    if (
      kind.feature &&
      !kind.isView &&
      !/^src\/features\/[^/]+\/index\.ts$/.test(rel) &&
      !ROLE_FILE.test(rel.split("/").pop())
    )
      report(null, `file name is not <topic>.<role>.ts with a role of ${FILE_ROLES.join(", ")}`);
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    if (lines > MAX_LINES) report(null, `${lines} lines; split it by meaning (at most ${MAX_LINES})`);

    const checkModule = (node, spec, typeOnly) => {
      if (!rel.startsWith("src/")) return;
      // An unresolved relative path still names its folder: judge it by where it points.
      const target = resolveSpec(file, spec) ?? (spec.startsWith(".") ? resolve(dirname(file), spec) : null);
      let targetRel = target ? relative(root, target).split(sep).join("/") : null;
      if (targetRel && /^src\/features\/[^/]+$/.test(targetRel)) targetRel += "/index.ts";
      // 1. The database only in services, queries and the platform.
      const dbTarget =
        DB_MODULE.test(spec) ||
        (targetRel &&
          (targetRel.startsWith("src/db/") ||
            targetRel === "src/platform/db.ts" ||
            targetRel === "src/platform/batch.ts"));
      if (dbTarget && !typeOnly && !kind.touchesDb && !kind.isTest)
        report(node, `imports ${spec}: only *.service.ts and *.queries.ts files touch the database`);
      // 2. Services stay transport-free.
      if (/\.service\.ts$/.test(rel) && (spec === "hono" || spec.startsWith("hono/")) && !typeOnly)
        report(node, `a service imports ${spec}; keep services transport-free`);
      if (!targetRel) return;
      const tf = /^src\/features\/([^/]+)\//.exec(targetRel)?.[1];
      // 3. Layers: platform, ui, lib, domain and db never depend on features.
      if (tf && ["platform", "ui", "lib", "domain", "db"].includes(kind.layer))
        report(node, `src/${kind.layer} imports the ${tf} feature; lower layers do not know features`);
      // 4. Another feature only through its public face (the app may mount its routers).
      if (tf && tf !== kind.feature && targetRel !== `src/features/${tf}/index.ts`) {
        const router = /\.(api|pages|jobs)\.tsx?$/.test(targetRel);
        if (!(kind.isComposition && router) && !(kind.layer === "composition" && router))
          report(node, `imports ${targetRel}, an internal file of ${tf}; use src/features/${tf}/index.ts`);
      }
      // 5. Views are pure: no services or queries.
      if (kind.isView && /\.(service|queries)\.ts$/.test(targetRel) && !typeOnly)
        report(node, `a view imports ${targetRel}; views take props and render`);
    };

    const visit = (node) => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        const typeOnly = ts.isImportDeclaration(node) ? !!node.importClause?.isTypeOnly : node.isTypeOnly;
        checkModule(node, node.moduleSpecifier.text, typeOnly);
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        checkModule(node, node.arguments[0].text, false);
      } else if (
        ts.isImportEqualsDeclaration(node) &&
        ts.isExternalModuleReference(node.moduleReference) &&
        ts.isStringLiteral(node.moduleReference.expression)
      ) {
        checkModule(node, node.moduleReference.expression.text, false);
      }
      if (rel.startsWith("src/") && !kind.isTest) {
        // 6. D1 bindings only in the tenancy code.
        if (!kind.bindingsAllowed) {
          if (ts.isPropertyAccessExpression(node) && BINDING.test(node.name.text))
            report(node, `reaches the binding ${node.name.text}; go through src/platform/tenancy.ts`);
          if (ts.isElementAccessExpression(node)) {
            const arg = node.argumentExpression;
            const obj = node.expression;
            const onEnv =
              (ts.isIdentifier(obj) && obj.text === "env") ||
              (ts.isPropertyAccessExpression(obj) && obj.name.text === "env");
            if (ts.isStringLiteralLike(arg) && BINDING.test(arg.text))
              report(node, `reaches the binding ${arg.text}; go through src/platform/tenancy.ts`);
            else if (onEnv && !ts.isStringLiteralLike(arg))
              report(node, "reads a binding of env by a computed name; go through src/platform/tenancy.ts");
          }
          if (ts.isBindingElement(node)) {
            const name = node.propertyName ?? node.name;
            if ((ts.isIdentifier(name) || ts.isStringLiteral(name)) && BINDING.test(name.text))
              report(node, `destructures the binding ${name.text}; go through src/platform/tenancy.ts`);
          }
        }
        // 7. A handle on the database outside services: ctx.db / c.get("db").
        if (!kind.touchesDb) {
          if (
            ts.isPropertyAccessExpression(node) &&
            node.name.text === "db" &&
            ts.isIdentifier(node.expression) &&
            node.expression.text === "ctx"
          )
            report(node, "uses ctx.db outside a service; call a service verb");
          if (
            ts.isCallExpression(node) &&
            ts.isPropertyAccessExpression(node.expression) &&
            node.expression.name.text === "get" &&
            node.arguments[0] &&
            ts.isStringLiteralLike(node.arguments[0]) &&
            node.arguments[0].text === "db"
          )
            report(node, "reads the database handle from the request; call a service verb");
        }
        // 8. Tenant filters through the shared helpers (scoped, inTenant…), which the isolation
        //    suite can switch off to prove it would fail.
        if (!kind.tenantHelper) {
          if (
            (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
            ts.isTaggedTemplateExpression(node.parent)
          ) {
            const parts = ts.isTemplateExpression(node)
              ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)]
              : [node.text];
            if (
              parts.some(
                (p, i) =>
                  /tenant_id`?\s*=\s*$/.test(p) &&
                  (ts.isTemplateExpression(node) ? i < parts.length - 1 : false),
              )
            )
              report(
                node,
                "filters tenant_id by hand in SQL; use inTenant()/scoped() from src/platform/scope.ts",
              );
          }
          if (
            ts.isCallExpression(node) &&
            ts.isIdentifier(node.expression) &&
            node.expression.text === "eq" &&
            node.arguments.length === 2
          ) {
            const [a, b] = node.arguments;
            const isTenantCol = (e) => ts.isPropertyAccessExpression(e) && e.name.text === "tenantId";
            if (isTenantCol(a) && !isTenantCol(b))
              report(node, "filters tenantId with eq(); use scoped()/inTenant() from src/platform/scope.ts");
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return problems;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
  const problems = checkTree(root);
  if (problems.length) {
    console.error(`Boundary check failed (${problems.length}):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log("Boundary check passed.");
}
