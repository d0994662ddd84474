// `npm run bench:hostile`: the service under hostile and heavy input, on a fresh local state with the
// demo tenants, through the real HTTP paths of the built Worker:
//   1. every importer gets hostile files (XLSX zip bombs, the roster a 50 MB CSV) while /healthz and a
//      signed-in page are polled: how fast each fails, and the slowest answer meanwhile;
//   2. six simultaneous exports of a tenant of a few thousand members (hostile-exports.mjs) while
//      another tenant's /api/v1/auth/me and a signed-in page are polled every 200 ms;
//   3. a soak: 60 s at 50 concurrent requests over pages, API reads and writes; 0 × 5xx, and the units
//      created are exactly the 201s answered.
// Writes docs/benchmarks-hostile.md. Rate limits are raised for the run (it measures the service, not
// the limiter); the limiter's own behaviour is in test/rate-limit.test.ts.
import { mkdirSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { bigCsv, bombXlsx } from "./hostile-files.mjs";
import { exportsUnderLoad, poll } from "./hostile-exports.mjs";
import { report } from "./hostile-report.mjs";
import { buildWorker, log, migrate, startServer } from "./lib.mjs";

const root = new URL("..", import.meta.url).pathname;
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const SOAK_CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 50);
const PASSWORD = "guongmau-demo";
const MB = 1024 * 1024;

async function signIn(base, tenant, login) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ tenant, login, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${tenant}/${login} → ${res.status}`);
  return res.headers.get("set-cookie").split(";")[0];
}

/** Polls the targets every 100 ms until the returned stop(): the slowest answer (ms) and the failures. */
function watch(base, targets) {
  const stop = poll(
    base,
    targets.map((t, i) => ({ name: String(i), ...t })),
    100,
  );
  return async () => {
    const { stats, failures } = await stop();
    const all = Object.values(stats);
    return { worstMs: Math.max(...all.map((x) => x.max)), failures, n: all.reduce((a, x) => a + x.n, 0) };
  };
}

async function hostileImports(base, cookie) {
  const files = [
    {
      what: "XLSX zip bomb: 400 MB of shared strings, sizes declared",
      name: "bom.xlsx",
      bytes: bombXlsx(400 * MB),
    },
    {
      what: "XLSX zip bomb: 400 MB of shared strings declared as 4 KB",
      name: "bom-noi-doi.xlsx",
      bytes: bombXlsx(400 * MB, true),
    },
  ];
  const importers = ["members", "models", "commendations"];
  const out = [];
  for (const importer of importers) {
    const cases =
      importer === "members"
        ? [...files, { what: "CSV of 50 MB", name: "lon.csv", bytes: bigCsv(50 * MB) }]
        : files;
    for (const f of cases) {
      const stop = watch(base, [{ path: "/healthz" }, { path: "/t/tra-vinh/", headers: { cookie } }]);
      const t0 = performance.now();
      let status = 0;
      let body = {};
      try {
        const res = await fetch(`${base}/api/v1/${importer}/import?fileName=${f.name}`, {
          method: "POST",
          headers: { cookie, origin: base, "content-type": "application/octet-stream" },
          body: f.bytes,
        });
        status = res.status;
        body = await res.json();
      } catch {
        // The Worker answered 413 from Content-Length and closed the connection while the body was
        // still being sent: the client sees the connection end.
        body = { detail: "refused from its Content-Length; the connection closed before the body was sent" };
      }
      // A file that reached the queue: its job fails there (poll it).
      while (status > 0 && status < 300 && body.status === "parsing" && performance.now() - t0 < 300_000) {
        await new Promise((r) => setTimeout(r, 250));
        const j = await fetch(`${base}/api/v1/${importer}/import/${body.id}`, { headers: { cookie } });
        body = await j.json();
      }
      const ms = performance.now() - t0;
      const seen = await stop();
      const outcome =
        status === 0 || status >= 300
          ? `${status || "closed"}: ${body.detail}`
          : `job ${body.status}: ${body.message ?? ""}`;
      out.push({ importer, what: f.what, compressed: f.bytes.length, ms, outcome, ...seen });
      log(
        `${importer} ${f.what}: ${(ms / 1000).toFixed(1)} s, ${outcome}; slowest answer meanwhile ${seen.worstMs.toFixed(0)} ms`,
      );
    }
  }
  return out;
}

async function unitCount(base, cookie) {
  const res = await fetch(`${base}/api/v1/units/tree`, { headers: { cookie } });
  return (await res.json()).items.length;
}

async function soak(base, s) {
  const rootId = JSON.parse(
    await (await fetch(`${base}/api/v1/auth/me`, { headers: { cookie: s.admin } })).text(),
  ).unitId;
  const before = await unitCount(base, s.admin);
  const run = Date.now().toString(36);
  let seq = 0;
  const cases = [
    () => ({ path: "/t/tra-vinh/my-plan", cookie: s.member }),
    () => ({ path: "/t/tra-vinh/plans/dashboard", cookie: s.secretary }),
    () => ({ path: `/t/tra-vinh/reports/units/${rootId}`, cookie: s.admin }),
    () => ({ path: "/t/tra-vinh/notebook", cookie: s.member }),
    () => ({ path: "/api/v1/members?limit=50", cookie: s.admin }),
    () => ({ path: "/api/v1/units/tree", cookie: s.secretary }),
    () => ({ path: "/api/v1/plans/mine", cookie: s.member }),
    () => ({
      path: "/api/v1/units",
      cookie: s.admin,
      method: "POST",
      json: { parentId: rootId, kind: "cell", code: `SOAK-${run}-${++seq}`, name: `Chi bộ thử tải ${seq}` },
    }),
  ];
  const statuses = {};
  let created = 0;
  let dropped = 0;
  const lat = [];
  const end = performance.now() + SOAK_SECONDS * 1000;
  let i = 0;
  await Promise.all(
    Array.from({ length: SOAK_CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const c = cases[i++ % cases.length]();
        const t0 = performance.now();
        try {
          const res = await fetch(base + c.path, {
            method: c.method ?? "GET",
            headers: {
              cookie: c.cookie,
              ...(c.json ? { "content-type": "application/json", origin: base } : {}),
            },
            body: c.json ? JSON.stringify(c.json) : undefined,
            signal: AbortSignal.timeout(30_000),
          });
          await res.arrayBuffer();
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (c.method === "POST" && res.status === 201) created++;
          lat.push(performance.now() - t0);
        } catch {
          dropped++;
        }
      }
    }),
  );
  const after = await unitCount(base, s.admin);
  lat.sort((a, b) => a - b);
  const r = {
    seconds: SOAK_SECONDS,
    concurrency: SOAK_CONCURRENCY,
    requests: lat.length,
    statuses,
    dropped,
    created,
    unitsAdded: after - before,
    p50: lat[Math.floor(lat.length / 2)],
    p95: lat[Math.floor(lat.length * 0.95)],
  };
  log(
    `soak: ${r.requests} requests, statuses ${JSON.stringify(statuses)}, dropped ${dropped}, created ${created} / units added ${r.unitsAdded}`,
  );
  return r;
}

const dir = `${root}bench/.data/hostile`;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
log("building the Worker and migrating a fresh local state");
const entry = buildWorker(`${dir}/build`);
migrate(dir);
const server = await startServer(dir, Number(process.env.BENCH_PORT ?? 8797), entry);
try {
  const seeded = await fetch(`${server.base}/__dev/seed`, {
    method: "POST",
    headers: { origin: server.base },
  });
  if (!seeded.ok) throw new Error(`seed → ${seeded.status}`);
  const s = {
    admin: await signIn(server.base, "tra-vinh", "admin"),
    secretary: await signIn(server.base, "tra-vinh", "bithu.cb1"),
    member: await signIn(server.base, "tra-vinh", "dangvien.nam"),
    other: await signIn(server.base, "kon-tum", "admin"),
  };
  const loadBefore = loadavg()[0];
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} CPU, Node ${process.version}`,
    imports: await hostileImports(server.base, s.admin),
    exports: await exportsUnderLoad(server.base, s.other),
    soak: await soak(server.base, s),
  };
  result.load = [loadBefore, loadavg()[0]];
  report(result, `${root}docs/benchmarks-hostile.md`);
  log("wrote docs/benchmarks-hostile.md");
} finally {
  server.stop();
}
