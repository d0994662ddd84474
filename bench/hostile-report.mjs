// The report of `npm run bench:hostile`, as Markdown.
import { writeFileSync } from "node:fs";

const MB = 1024 * 1024;
const fmt = (n, d = 0) => n.toLocaleString("en", { maximumFractionDigits: d, minimumFractionDigits: d });

export function report(r, file) {
  const fivexx = Object.entries(r.soak.statuses)
    .filter(([s]) => Number(s) >= 500)
    .reduce((a, [, n]) => a + n, 0);
  const lines = [
    "# Hostile-input and soak benchmark",
    "",
    `Measured by \`npm run bench:hostile\` on ${r.date} (${r.machine}), against the built Worker under local`,
    "`wrangler dev` with the demo tenants. Local workerd runs every request of the Worker on one thread,",
    'so "the slowest answer meanwhile" is a worst case: in production, other requests reach other',
    "isolates. Rate limits were raised for the run.",
    "",
    "## Hostile files, for every importer",
    "",
    "While each file was uploaded and its job failed, `/healthz` and a signed-in home page were polled every",
    "100 ms.",
    "",
    "| importer | file | compressed | until refused | answer | slowest answer meanwhile | failed polls |",
    "|---|---|---:|---:|---|---:|---:|",
    ...r.imports.map(
      (x) =>
        `| ${x.importer} | ${x.what} | ${fmt(x.compressed / MB, 1)} MB | ${fmt(x.ms / 1000, 1)} s | ${x.outcome.replaceAll("|", "/")} | ${fmt(x.worstMs)} ms | ${x.failures.length} of ${x.n}${x.failures.length ? ` (${x.failures.join(", ")})` : ""} |`,
    ),
    "",
    "## Six simultaneous exports",
    "",
    `Six \`POST /api/v1/exports\` at once for tra-vinh answered ${r.exports.statuses.join(", ")} and made **${r.exports.jobs}** job(s), **${r.exports.overlapping}** of them running at the same time as another (a request that arrives after a job finished starts a new one); the first was ${r.exports.finalStatus} after ${fmt(r.exports.ms / 1000, 1)} s. Meanwhile kon-tum's \`GET /api/v1/auth/me\`, polled every 100 ms, answered in at most **${fmt(r.exports.worstMs)} ms** (${r.exports.failures.length} failures of ${r.exports.n}${r.exports.failures.length ? `: ${r.exports.failures.join(", ")}` : ""}).`,
    "",
    "## Soak",
    "",
    `${r.soak.seconds} s at ${r.soak.concurrency} concurrent requests over four pages (member plan, cell dashboard, province report, notebook), three API reads and one API write (a new cell): **${fmt(r.soak.requests)} requests**, statuses ${Object.entries(
      r.soak.statuses,
    )
      .map(([s, n]) => `${s} × ${fmt(n)}`)
      .join(
        ", ",
      )}, **${fivexx} × 5xx**, ${r.soak.dropped} dropped; p50 ${fmt(r.soak.p50)} ms, p95 ${fmt(r.soak.p95)} ms.`,
    `Nothing lost: **${r.soak.created}** creations answered 201 and the tree grew by **${r.soak.unitsAdded}** units.`,
    "",
  ];
  writeFileSync(file, lines.join("\n"));
}
