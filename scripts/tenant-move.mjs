// `npm run tenant:move -- <slug> <binding> [--drain-seconds N]`
// Moves a tenant to another data database through the running app's platform API: signs in as
// an operator, then calls POST /api/v1/platform/tenants/{id}/move until the job is done. Each
// call advances the resumable job for up to ~20 s; interrupting this script (or the server) and
// running it again continues where it stopped.
//   GM_URL                 the app (default http://localhost:$PORT, PORT default 8787)
//   GM_OPERATOR_LOGIN      operator login (default "operator", the local demo operator)
//   GM_OPERATOR_PASSWORD   its password (default "guongmau-demo" on localhost; asked otherwise)
import { createInterface } from "node:readline";

const args = process.argv.slice(2);
const [slug, binding] = args.filter((a) => !a.startsWith("--"));
const drainIdx = args.indexOf("--drain-seconds");
const drainSeconds = drainIdx >= 0 ? Number(args[drainIdx + 1]) : undefined;
const base = (process.env.GM_URL ?? `http://localhost:${process.env.PORT ?? "8787"}`).replace(/\/$/, "");
const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(base);

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!slug || !/^DB_(POOL|DEDICATED)_\d+$/.test(binding ?? ""))
  fail("Cách dùng: npm run tenant:move -- <mã-đơn-vị> <DB_POOL_n|DB_DEDICATED_n> [--drain-seconds N]");

async function ask(question) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  rl._writeToOutput = (s) => rl.output.write(s.startsWith(question) ? s : "");
  const answer = await new Promise((resolve) => rl.question(question, resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

const login = process.env.GM_OPERATOR_LOGIN ?? "operator";
const password =
  process.env.GM_OPERATOR_PASSWORD ??
  (local && login === "operator" ? "guongmau-demo" : await ask("Mật khẩu vận hành: "));

let cookie = "";
async function api(method, path, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const set = res.headers.get("set-cookie");
  const m = set && /((?:__Host-)?gm_op=[^;]+)/.exec(set);
  if (m) cookie = m[1];
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) fail(`${method} ${path} → ${res.status}: ${data?.detail ?? text}`);
  return data;
}

await api("POST", "/platform/login", { login, password });
const found = await api("GET", `/platform/tenants?q=${encodeURIComponent(slug)}`);
const tenant = found.items.find((t) => t.slug === slug);
if (!tenant) fail(`Không tìm thấy đơn vị "${slug}".`);
console.log(`Chuyển ${tenant.name} (${slug}) từ ${tenant.binding} sang ${binding}…`);

const body = { binding, ...(drainSeconds === undefined ? {} : { drainSeconds }) };
for (;;) {
  const job = await api("POST", `/platform/tenants/${tenant.id}/move`, body);
  const progress = job.total ? ` ${Math.min(job.done, job.total)}/${job.total} dòng` : "";
  console.log(`  ${job.status} · ${job.phase ?? "-"}${progress}${job.error ? ` · ${job.error}` : ""}`);
  if (job.status === "done") {
    console.log(
      `Xong: ${slug} nay ở ${binding}; dữ liệu ở ${job.params.from} đã được xóa sau khi đối chiếu khớp.`,
    );
    break;
  }
  if (job.status === "failed" || job.status === "cancelled")
    fail(`Không thành công: ${job.error ?? job.status}`);
  const wait = job.waitUntil ? Math.max(0, job.waitUntil - Date.now()) + 500 : 200;
  if (job.waitUntil) console.log(`  chờ ${Math.ceil(wait / 1000)} giây cho bộ nhớ đệm sổ đăng ký hết hạn…`);
  await new Promise((r) => setTimeout(r, wait));
}
await api("POST", "/platform/logout");
