// Writes the API document (/api/v1/openapi.json) without a server: bundles the app with esbuild (the
// `cloudflare:*` modules stubbed, as only the route table is needed), asks it for the document and
// prints it, or writes it to the file named by the first argument. With `--lint` it runs Redocly's lint
// (redocly.yaml: the recommended rules) on a temporary copy and exits with its code: `npm run lint`.
// `apiDocument()` is the same document for other scripts (scripts/api-types.mjs).
// Usage: node scripts/openapi-dump.mjs [out.json | --lint]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The API document as the app serves it (version: package.json's). */
export async function apiDocument() {
  const version = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")).version;
  const bundle = await build({
    stdin: { contents: 'export { buildApp } from "./src/app.ts";', resolveDir: root, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "error",
    plugins: [
      {
        name: "cloudflare-stubs",
        setup(b) {
          b.onResolve({ filter: /^cloudflare:/ }, (a) => ({ path: a.path, namespace: "cloudflare-stub" }));
          b.onLoad({ filter: /.*/, namespace: "cloudflare-stub" }, () => ({
            contents: "export const env = {}; export class DurableObject {}",
          }));
        },
      },
    ],
  });
  const source = Buffer.from(bundle.outputFiles[0].text).toString("base64");
  const { buildApp } = await import(`data:text/javascript;base64,${source}`);
  // The document's route passes the rate limiter like every API route: an unlimited one stands in here.
  const unlimited = { lease: async () => ({ granted: 1, remaining: 1, reset: 60 }) };
  const RATE_LIMITER = { idFromName: (name) => name, get: () => unlimited };
  const env = { APP_VERSION: version, RATE_LIMITER };
  const res = await buildApp().request("/api/v1/openapi.json", {}, env);
  if (res.status !== 200) throw new Error(`the document answered ${res.status}: ${await res.text()}`);
  return res.json();
}

function lint(text) {
  const dir = mkdtempSync(join(tmpdir(), "gm-openapi-"));
  const file = join(dir, "openapi.json");
  writeFileSync(file, text);
  const redocly = join(root, "node_modules", ".bin", "redocly");
  const args = ["lint", file, "--config", join(root, "redocly.yaml"), "--format", "stylish"];
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  const run = spawnSync(redocly, args, { stdio: "inherit", env });
  rmSync(dir, { recursive: true, force: true });
  return run.status ?? 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = `${JSON.stringify(await apiDocument(), null, 2)}\n`;
  if (process.argv[2] === "--lint") process.exit(lint(text));
  else if (process.argv[2]) writeFileSync(resolve(process.argv[2]), text);
  else process.stdout.write(text);
}
