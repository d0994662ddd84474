// `npm run recount -- <tenant-slug> [--fix]`: recounts a tenant's roll-up counters from the raw
// rows through the API (as a tenant admin) and prints the differences; --fix corrects them.
// BASE_URL (default http://localhost:8787), RECOUNT_LOGIN (default admin) and RECOUNT_PASSWORD
// (default the demo password) select the server and the admin account.
const [slug, ...flags] = process.argv.slice(2);
if (!slug) {
  console.error("Cách dùng: npm run recount -- <mã-đơn-vị> [--fix]");
  process.exit(2);
}
const BASE = process.env.BASE_URL || "http://localhost:8787";
const fix = flags.includes("--fix");

const login = await fetch(`${BASE}/api/v1/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: BASE },
  body: JSON.stringify({
    tenant: slug,
    login: process.env.RECOUNT_LOGIN || "admin",
    password: process.env.RECOUNT_PASSWORD || "guongmau-demo",
  }),
});
if (!login.ok) {
  console.error(`Đăng nhập thất bại (${login.status}): ${await login.text()}`);
  process.exit(1);
}
const cookie = login.headers.get("set-cookie").split(";")[0];
const res = await fetch(`${BASE}/api/v1/reports/recount`, {
  method: fix ? "POST" : "GET",
  headers: { cookie, origin: BASE, ...(fix ? { "content-type": "application/json" } : {}) },
  body: fix ? JSON.stringify({ fix: true }) : undefined,
});
const out = await res.json();
if (!res.ok) {
  console.error(`Đối soát thất bại (${res.status}): ${out.detail}`);
  process.exit(1);
}
console.log(`Nguồn số liệu: ${out.sources.join(", ")}`);
if (out.differences.length === 0) console.log("Không có chênh lệch.");
else {
  console.table(
    out.differences.map((d) => ({
      unit: d.unitName ?? d.unitId,
      year: d.year,
      metric: d.metric,
      grp: d.grp,
      stored: d.stored,
      actual: d.actual,
    })),
  );
  console.log(out.fixed ? "Đã điều chỉnh theo số đếm lại." : "Chạy lại với --fix để điều chỉnh.");
}
process.exit(out.differences.length && !out.fixed ? 1 : 0);
