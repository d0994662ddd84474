// The benchmark's roster import: a CSV of `rows` members through the real upload → commit → poll path.
import { log, post } from "./lib.mjs";

const IMPORT_LIMIT_MS = Number(process.env.BENCH_IMPORT_LIMIT_S ?? 900) * 1000;

/** The roster import through the real path: upload CSV, commit, poll until done. */
export async function importRoster(base, rows) {
  const size = rows;
  const t = await post(base, "/__bench/generate", {
    step: "init",
    size,
    slug: `bench-import-${Date.now().toString(36)}`,
  });
  const s = await post(base, "/__bench/generate", { step: "sessions", tenant: t, drafts: 0 });
  const lines = [
    "Số thẻ đảng viên,Họ và tên,Ngày sinh,Giới tính,Chi bộ,Chức vụ Đảng,Ngày vào Đảng,Ngày chính thức",
  ];
  const fam = ["Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng"];
  const giv = ["An", "Bình", "Hải", "Lan", "Mai", "Sơn", "Tâm", "Yến"];
  for (let i = 0; i < rows; i++) {
    const cell = i % t.cells;
    lines.push(
      `${String(800000000 + i)},${fam[i % 6]} Văn ${giv[i % 8]},${String(1 + (i % 28)).padStart(2, "0")}/05/1980,${i % 2 ? "Nữ" : "Nam"},CB${String(cell).padStart(6, "0")},${i % 35 === 0 ? "Bí thư chi bộ" : ""},19/05/2005,19/05/2006`,
    );
  }
  const csv = `${lines.join("\n")}\n`;
  const auth = { cookie: s.cookies.admin, origin: base };
  const t0 = performance.now();
  const up = await fetch(`${base}/api/v1/members/import?fileName=bench.csv`, {
    method: "POST",
    headers: { ...auth, "content-type": "text/csv" },
    body: csv,
  });
  if (!up.ok) throw new Error(`import upload → ${up.status}: ${(await up.text()).slice(0, 300)}`);
  let job = await up.json();
  const poll = async (until) => {
    while (!until(job)) {
      if (performance.now() - t0 > IMPORT_LIMIT_MS)
        throw new Error(`import stuck: ${JSON.stringify(job).slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 1000));
      // Local wrangler dev now and then leaves a request unanswered while the queue consumer
      // works; a poll that hangs is dropped and the next one asked (the job is unaffected).
      const res = await fetch(`${base}/api/v1/members/import/${job.id}`, {
        headers: auth,
        signal: AbortSignal.timeout(15_000),
      }).catch(() => null);
      if (res?.ok) job = await res.json();
    }
  };
  await poll((j) => j.status !== "parsing");
  const parsedMs = performance.now() - t0;
  if (job.status !== "ready") throw new Error(`import not ready: ${JSON.stringify(job).slice(0, 500)}`);
  // The commit answers at once (the chunks run on the queue); an unanswered request is treated
  // like a hung poll: the job's own status, polled below, says whether it started.
  const c = await fetch(`${base}/api/v1/members/import/${job.id}/commit`, {
    method: "POST",
    headers: auth,
    signal: AbortSignal.timeout(60_000),
  }).catch(() => null);
  if (c && !c.ok) throw new Error(`import commit → ${c.status}: ${(await c.text()).slice(0, 300)}`);
  if (c) job = await c.json();
  else job = { ...job, status: "committing" };
  await poll((j) => j.status === "done" || j.status === "failed");
  const totalMs = performance.now() - t0;
  log(
    `import of ${rows} rows: ${job.status} in ${(totalMs / 1000).toFixed(1)} s (parse ${(parsedMs / 1000).toFixed(1)} s)`,
  );
  return {
    rows,
    bytes: Buffer.byteLength(csv),
    status: job.status,
    rowsValid: job.rowsValid,
    rowsDone: job.rowsDone,
    parsedMs,
    totalMs,
  };
}
