// Part of `npm run bench:hostile`: six simultaneous exports of a tenant big enough that its export
// outlasts many polls (a bench province of EXPORT_MEMBERS members, 4,000 by default, each with a plan
// and its items, three notebook entries, an evaluation, the cells' meetings — written by the bench
// generator, /__bench/generate, as `npm run bench` does), while another tenant's API and a signed-in
// page of it are polled every 200 ms for the whole export.
import { log, post } from "./lib.mjs";

const MEMBERS = Number(process.env.EXPORT_MEMBERS ?? 4000);
const POLL_MS = 200;
const CHUNK_CELLS = 200;

/** The bench province (generated once per run) and its admin's session cookie. */
async function bigTenant(base) {
  const t0 = performance.now();
  const tenant = await post(base, "/__bench/generate", {
    step: "init",
    size: MEMBERS,
    slug: `xuat-${MEMBERS}`,
  });
  for (let from = 0; from < tenant.cells; from += CHUNK_CELLS)
    await post(base, "/__bench/generate", {
      step: "cells",
      tenant,
      from,
      to: Math.min(tenant.cells, from + CHUNK_CELLS),
    });
  await post(base, "/__bench/generate", { step: "finish", tenant });
  const s = await post(base, "/__bench/generate", { step: "sessions", tenant, drafts: 0 });
  const cookie = s.cookies.admin;
  const list = await (await fetch(`${base}/api/v1/members?limit=1`, { headers: { cookie } })).json();
  const ms = performance.now() - t0;
  log(
    `export tenant: ${list.total} members in ${tenant.cells} cells, generated in ${(ms / 1000).toFixed(1)} s`,
  );
  return { cells: tenant.cells, members: list.total, cookie };
}

/** Polls each target every `every` ms until the returned stop(): latency figures per target, the failures. */
export function poll(base, targets, every = POLL_MS) {
  let stopped = false;
  const lat = Object.fromEntries(targets.map((t) => [t.name, []]));
  const failures = [];
  const runs = targets.map(async (t) => {
    while (!stopped) {
      const t0 = performance.now();
      try {
        const res = await fetch(base + t.path, { headers: t.headers, signal: AbortSignal.timeout(30_000) });
        await res.arrayBuffer();
        if (res.status !== 200) failures.push(`${t.path} → ${res.status}`);
      } catch (e) {
        failures.push(`${t.path} → ${e.name}`);
      }
      const ms = performance.now() - t0;
      lat[t.name].push(ms);
      await new Promise((r) => setTimeout(r, Math.max(0, every - ms)));
    }
  });
  return async () => {
    stopped = true;
    await Promise.all(runs);
    const stats = {};
    for (const [name, xs] of Object.entries(lat)) {
      const sorted = [...xs].sort((a, b) => a - b);
      stats[name] = {
        n: sorted.length,
        max: sorted.at(-1) ?? 0,
        p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
        p50: sorted[Math.floor(sorted.length / 2)] ?? 0,
      };
    }
    return { stats, failures };
  };
}

export async function exportsUnderLoad(base, otherAdmin) {
  const big = await bigTenant(base);
  const stop = poll(base, [
    { name: "api", path: "/api/v1/auth/me", headers: { cookie: otherAdmin } },
    { name: "page", path: "/t/kon-tum/", headers: { cookie: otherAdmin } },
  ]);
  const t0 = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 6 }, () =>
      fetch(`${base}/api/v1/exports`, { method: "POST", headers: { cookie: big.cookie, origin: base } }).then(
        async (r) => ({ status: r.status, body: await r.json() }),
      ),
    ),
  );
  const ids = [...new Set(answers.map((a) => a.body.id))];
  let job = answers[0].body;
  let polls = 0;
  while (job.status !== "done" && job.status !== "failed" && performance.now() - t0 < 900_000) {
    await new Promise((r) => setTimeout(r, 500));
    job = await (await fetch(`${base}/api/v1/exports/${job.id}`, { headers: { cookie: big.cookie } })).json();
    polls++;
  }
  const ms = performance.now() - t0;
  const seen = await stop();
  // Jobs that ran at the same time as another (a request arriving after a job ended starts a new one).
  const spans = [];
  for (const id of ids) {
    const j = await (await fetch(`${base}/api/v1/exports/${id}`, { headers: { cookie: big.cookie } })).json();
    spans.push([Date.parse(j.createdAt), j.finishedAt ? Date.parse(j.finishedAt) : Date.now()]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const overlapping = spans.filter((x, i) => i > 0 && x[0] < spans[i - 1][1]).length;
  const r = {
    cells: big.cells,
    members: big.members,
    statuses: answers.map((a) => a.status),
    jobs: ids.length,
    overlapping,
    finalStatus: job.status,
    bytes: job.bytes ?? null,
    polls,
    ms,
    ...seen,
  };
  log(
    `6 exports → ${r.jobs} job(s), ${r.finalStatus} in ${(ms / 1000).toFixed(1)} s; kon-tum API max ${seen.stats.api.max.toFixed(0)} ms (p95 ${seen.stats.api.p95.toFixed(0)}), page max ${seen.stats.page.max.toFixed(0)} ms (p95 ${seen.stats.page.p95.toFixed(0)})`,
  );
  return r;
}
