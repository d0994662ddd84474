// Bench helpers: a local wrangler dev per dataset, a fixed-concurrency load loop, and
// the D1 round trips each request reports in Server-Timing.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const wrangler = `${root}node_modules/.bin/wrangler`;

export function dataBindings() {
  return [...readFileSync(`${root}wrangler.toml`, "utf8").matchAll(/^binding = "(DB_[A-Z0-9_]+)"/gm)].map(
    (m) => m[1],
  );
}

export function migrate(persistTo) {
  for (const b of dataBindings()) {
    const r = spawnSync(wrangler, ["d1", "migrations", "apply", b, "--local", "--persist-to", persistTo], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, CI: "1" },
    });
    if (r.status !== 0) throw new Error(`migrations failed for ${b}`);
  }
}

/**
 * Bundles the Worker once (`wrangler deploy --dry-run`). The bench serves this frozen bundle:
 * wrangler dev on src/ would reload mid-run whenever someone edits a file in the tree.
 */
export function buildWorker(outdir) {
  const r = spawnSync(wrangler, ["deploy", "--dry-run", "--outdir", outdir], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error("wrangler deploy --dry-run failed");
  return `${outdir}/index.js`;
}

/** Starts wrangler dev on `port` with its own local state; resolves when /healthz answers. */
export async function startServer(persistTo, port, entry) {
  const script = entry ? [entry, "--no-bundle", "--config", `${root}wrangler.toml`] : [];
  const proc = spawn(
    wrangler,
    [
      "dev",
      ...script,
      "--port",
      String(port),
      "--persist-to",
      persistTo,
      "--var",
      "BENCH:on",
      "--var",
      "DEMO_SEED:on",
      // The bench measures throughput: the API's per-credential rate limits would cut it short.
      "--var",
      "RATE_LIMITS:key=1000000/60,session=1000000/60,operator=1000000/60,client=1000000/60",
      "--log-level",
      "error",
    ],
    // A private dev registry: other wrangler/vitest processes on the machine would otherwise
    // reload this worker mid-request whenever they start or stop.
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, WRANGLER_REGISTRY_PATH: `${persistTo}/registry` },
    },
  );
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, stop: () => proc.kill("SIGTERM") };
    } catch {}
  }
  proc.kill();
  throw new Error("wrangler dev did not start");
}

export function d1Of(res) {
  const m = /d1;dur=([\d.]+);desc="(\d+)"/.exec(res.headers.get("server-timing") ?? "");
  return m ? Number(m[2]) : Number.NaN;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Runs `make()` requests with `concurrency` workers for `seconds`; returns p50/p95 (ms),
 * requests per second, D1 calls per request (median) and the error count.
 */
export async function load(make, { concurrency = 8, seconds = 8, warmup = 20 } = {}) {
  for (let i = 0; i < warmup; i++) {
    try {
      await (await make(i)).arrayBuffer();
    } catch {
      // a warm-up request that times out is not fatal: the measured loop counts errors
    }
  }
  const lat = [];
  const d1 = [];
  let errors = 0;
  let n = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  let last = start;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        let res;
        try {
          res = await make(n++);
          await res.arrayBuffer();
        } catch (e) {
          // The case has no more work (e.g. no draft plan left to submit): this loop ends.
          if (e?.name === "Exhausted") break;
          errors++; // a timeout or a dropped connection: counted, not timed
          continue;
        }
        last = performance.now();
        lat.push(last - t0);
        d1.push(d1Of(res));
        if (res.status >= 400) errors++;
      }
    }),
  );
  // Up to the last completed request: a case that ran out of work early is not diluted.
  const elapsed = (Math.min(performance.now(), Math.max(last, start + 1)) - start) / 1000;
  lat.sort((a, b) => a - b);
  d1.sort((a, b) => a - b);
  return {
    p50: pct(lat, 50),
    p95: pct(lat, 95),
    rps: lat.length / elapsed,
    d1: pct(d1, 50),
    d1max: d1[d1.length - 1],
    errors,
    n: lat.length,
  };
}

export const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

/** A generator step; a chunk is one D1 batch (one transaction), so a step cut by a restart is retried whole. */
export async function post(base, path, body, tries = 3) {
  const res = await fetch(base + path, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.ok) return JSON.parse(text);
  if (tries > 1 && text.includes("restarted mid-request")) {
    log(`retrying ${body.step} after a worker restart`);
    await new Promise((r) => setTimeout(r, 3000));
    return post(base, path, body, tries - 1);
  }
  throw new Error(`${path} ${body.step} → ${res.status}: ${text.slice(0, 500)}`);
}
