// `npm start`: apply migrations to the local D1 databases, serve the app with wrangler dev
// (on $PORT, default 8787), then seed the demo tenants through the local-only seed route.
// Seeding is idempotent: a second start neither fails nor duplicates.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const port = process.env.PORT || "8787";
const wrangler = new URL("../node_modules/.bin/wrangler", import.meta.url).pathname;

const bindings = [
  ...readFileSync(new URL("../wrangler.toml", import.meta.url), "utf8").matchAll(
    /^binding = "(DB_[A-Z0-9_]+)"/gm,
  ),
].map((m) => m[1]);
for (const binding of bindings) {
  const r = spawnSync(wrangler, ["d1", "migrations", "apply", binding, "--local"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, CI: "1" },
  });
  if (r.status !== 0) {
    console.error(`Không áp dụng được migrations cho ${binding}.`);
    process.exit(r.status ?? 1);
  }
}

const dev = spawn(wrangler, ["dev", "--port", port, "--var", "DEMO_SEED:on"], { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => dev.kill(sig));
dev.on("exit", (code) => process.exit(code ?? 0));

const base = `http://localhost:${port}`;
for (let i = 0; i < 120; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  try {
    const health = await fetch(`${base}/healthz`);
    if (!health.ok) continue;
    const res = await fetch(`${base}/__dev/seed`, { method: "POST", headers: { origin: base } });
    const out = await res.json();
    if (!res.ok) throw new Error(JSON.stringify(out));
    console.log(`\nDữ liệu mẫu: tạo mới [${out.created.join(", ")}], đã có [${out.skipped.join(", ")}].`);
    console.log(`Mở ${base}/t/tra-vinh/login — đăng nhập admin / guongmau-demo (xem README).`);
    console.log(`Bảng điều khiển nền tảng: ${base}/platform/login — operator / guongmau-demo.\n`);
    break;
  } catch (err) {
    if (i === 119) {
      console.error("Không gieo được dữ liệu mẫu:", err);
      dev.kill();
      process.exit(1);
    }
  }
}
