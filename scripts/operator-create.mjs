// `npm run operator:create -- <login> <display name…> [--remote] [--reset]`
// Creates a platform operator (the console at /platform) in the control database. The password
// comes from $OPERATOR_PASSWORD or is asked for twice; it is hashed here with the same scrypt
// parameters as src/platform/passwords.ts and written with `wrangler d1 execute` (local state by
// default, the real database with --remote). --reset replaces the password of an existing login
// and ends its sessions.
import { randomBytes, scryptSync } from "node:crypto";
import { spawnSync } from "node:child_process";
import { createInterface } from "node:readline";

const argv = process.argv.slice(2);
// --persist-to <dir>: a local state directory other than .wrangler/state (passed to wrangler).
const persistAt = argv.indexOf("--persist-to");
const persist = persistAt >= 0 ? ["--persist-to", argv[persistAt + 1]] : [];
const args = persistAt >= 0 ? argv.filter((_, i) => i !== persistAt && i !== persistAt + 1) : argv;
const flags = new Set(args.filter((a) => a.startsWith("--")));
const [loginRaw, ...nameParts] = args.filter((a) => !a.startsWith("--"));
const login = (loginRaw ?? "").trim().toLowerCase();
const name = nameParts.join(" ").trim().normalize("NFC");

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!/^[a-z0-9._@+-]{3,100}$/.test(login) || name.length < 2)
  fail("Cách dùng: npm run operator:create -- <tên-đăng-nhập> <Họ và tên> [--remote] [--reset]");

function ask(question) {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl._writeToOutput = (s) => rl.output.write(s.startsWith(question) ? s : "");
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

let password = process.env.OPERATOR_PASSWORD;
if (!password) {
  password = await ask("Mật khẩu: ");
  if ((await ask("Nhập lại mật khẩu: ")) !== password) fail("Hai mật khẩu không khớp nhau.");
}
password = password.normalize("NFC");
if (password.length < 8 || !/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password))
  fail("Mật khẩu cần ít nhất 8 ký tự, có cả chữ và số.");

// Same format and parameters as hashPassword(): scrypt$N$r$p$salt$hash.
const [N, r, p] = [2 ** 14, 8, 5];
const salt = randomBytes(16);
const key = scryptSync(password, salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 });
const hash = `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const id = [...randomBytes(16)].map((b) => ALPHABET[b & 31]).join("");
const now = Date.now();
const s = (v) => `'${String(v).replaceAll("'", "''")}'`;
const insert = `INSERT INTO operators (id, login, display_name, password_hash, status, failed_logins, created_at, updated_at) VALUES (${s(id)}, ${s(login)}, ${s(name)}, ${s(hash)}, 'active', 0, ${now}, ${now})`;
const sql = flags.has("--reset")
  ? `${insert} ON CONFLICT(login) DO UPDATE SET password_hash = excluded.password_hash, display_name = excluded.display_name, status = 'active', failed_logins = 0, locked_until = NULL, updated_at = ${now}; DELETE FROM operator_sessions WHERE operator_id = (SELECT id FROM operators WHERE login = ${s(login)});`
  : `${insert};`;

const wrangler = new URL("../node_modules/.bin/wrangler", import.meta.url).pathname;
const where = flags.has("--remote") ? "--remote" : "--local";
const res = spawnSync(wrangler, ["d1", "execute", "DB_CONTROL", where, ...persist, "--command", sql], {
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, CI: "1" },
  encoding: "utf8",
});
if (res.status !== 0) {
  const out = `${res.stdout}\n${res.stderr}`;
  if (out.includes("UNIQUE")) fail(`Tên đăng nhập "${login}" đã có. Dùng --reset để đặt lại mật khẩu.`);
  if (out.includes("no such table"))
    fail("Chưa có bảng operators: hãy chạy `npm start` (áp dụng migrations) trước.");
  fail(out);
}
console.log(
  `Đã ${flags.has("--reset") ? "tạo hoặc đặt lại" : "tạo"} tài khoản vận hành "${login}" (${where.slice(2)}). Đăng nhập tại /platform/login.`,
);
