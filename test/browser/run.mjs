// `npm run test:browser`: the real-browser suite. Like `npm start`, it applies the migrations, serves the
// app with wrangler dev and seeds the demo tenants, but on a fresh local state in a temporary folder
// (never .wrangler/state) and on a free port of its own; then it runs test/browser/*.test.mjs with
// `node --test` one file at a time and stops the server. Screenshots go to test/browser/.shots/.
//   node test/browser/run.mjs [test files…]      BROWSER_KEEP_STATE=1 keeps the temporary folder
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "../../bench/lib.mjs";

const root = new URL("../..", import.meta.url).pathname;
const here = new URL(".", import.meta.url).pathname;
const wrangler = `${root}node_modules/.bin/wrangler`;

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const state = mkdtempSync(join(tmpdir(), "guongmau-browser-"));
const port = Number(process.env.BROWSER_PORT) || (await freePort());
const base = `http://localhost:${port}`;
const t0 = Date.now();
const log = (...a) => console.log(`[browser ${((Date.now() - t0) / 1000).toFixed(0)} s]`, ...a);

let server;
function stop() {
  server?.kill("SIGTERM");
  if (!process.env.BROWSER_KEEP_STATE) rmSync(state, { recursive: true, force: true });
}
for (const sig of ["SIGINT", "SIGTERM"])
  process.on(sig, () => {
    stop();
    process.exit(130);
  });

async function start() {
  migrate(state);
  server = spawn(
    wrangler,
    ["dev", "--port", String(port), "--persist-to", state, "--var", "DEMO_SEED:on", "--log-level", "error"],
    // A private dev registry, so other wrangler processes on the machine never reload this one.
    {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, WRANGLER_REGISTRY_PATH: `${state}/registry` },
    },
  );
  server.on("exit", (code) => code && log(`wrangler dev exited with ${code}`));
  for (let i = 0; i < 240; i++) {
    await new Promise((r) => setTimeout(r, 500));
    try {
      if (!(await fetch(`${base}/healthz`)).ok) continue;
      const seeded = await fetch(`${base}/__dev/seed`, { method: "POST", headers: { origin: base } });
      if (!seeded.ok) throw new Error(`seeding answered ${seeded.status}: ${await seeded.text()}`);
      return;
    } catch (e) {
      if (e.message.startsWith("seeding")) throw e;
    }
  }
  throw new Error("wrangler dev did not answer /healthz within 2 minutes");
}

let code = 1;
try {
  log(`state in ${state}, port ${port}`);
  await start();
  log("server up, demo tenants seeded");
  const files = process.argv.slice(2).length
    ? process.argv.slice(2)
    : readdirSync(here)
        .filter((f) => f.endsWith(".test.mjs"))
        .sort()
        .map((f) => join(here, f));
  const tests = spawn(process.execPath, ["--test", "--test-concurrency=1", ...files], {
    stdio: "inherit",
    env: { ...process.env, BROWSER_BASE_URL: base },
  });
  code = await new Promise((resolve) => tests.on("exit", (c) => resolve(c ?? 1)));
  log(code === 0 ? "passed" : "FAILED", `— screenshots in ${here}.shots/`);
} catch (e) {
  console.error(e);
} finally {
  stop();
}
process.exit(code);
