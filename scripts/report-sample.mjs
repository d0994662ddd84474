// Regenerates docs/report-sample.png: on a running `npm start` server (BASE_URL, default
// http://localhost:8787) it signs in to the demo tenant, opens the year's cycle if needed, has
// every member of the school submit a plan and the cells confirm them, writes a report in the
// party's format, downloads its DOCX and renders the pages with LibreOffice and pdftoppm.
// Needs `soffice` (apt-get install libreoffice-writer-nogui) and `pdftoppm` (poppler-utils).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BASE = process.env.BASE_URL || "http://localhost:8787";
const docs = new URL("../docs/", import.meta.url).pathname;
const year = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));
let cookie = "";

async function api(method, path, body) {
  const res = await fetch(`${BASE}/api/v1${path}`, {
    method,
    headers: { cookie, origin: BASE, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  const set = res.headers.get("set-cookie");
  if (set) cookie = set.split(";")[0];
  return res.headers.get("content-type")?.includes("json")
    ? res.json()
    : new Uint8Array(await res.arrayBuffer());
}

await api("POST", "/auth/login", { tenant: "tra-vinh", login: "admin", password: "guongmau-demo" });
const home = await api("GET", "/units/home");
const bloc = home.children.find((u) => u.code === "TV-DUK");
const school = (await api("GET", `/units/${bloc.id}`)).children.find((u) => u.code === "TV-TCT");

if (!(await api("GET", "/cycles")).items.some((c) => c.year === year)) {
  const sets = (await api("GET", "/criteria/sets")).items;
  if (!sets.some((s) => s.unitId === home.unit.id && s.year === year && s.published)) {
    const set = await api("POST", "/criteria/sets", {
      unitId: home.unit.id,
      year,
      source: "template",
      templateId: "62-kh-duk",
    });
    await api("POST", `/criteria/sets/${set.id}/publish`, { version: set.version ?? 1 });
  }
  await api("POST", "/cycles", { year });
}

const pending = [];
let cursor = null;
do {
  const q = `year=${year}&figure=not_started${cursor ? `&cursor=${cursor}` : ""}`;
  const page = await api("GET", `/reports/units/${school.id}/people?${q}`);
  pending.push(...page.items);
  cursor = page.nextCursor;
} while (cursor);
const toConfirm = [];
for (const m of pending) {
  const mine = await api("GET", `/plans/members/${m.memberId}?year=${year}`);
  const ids = mine.criteria.map((c) => c.criterionVersionId);
  const items = [0, 1, 2, 3].map((i) => ({
    criterionVersionId: ids[i % ids.length],
    commitment: "Gương mẫu thực hiện nhiệm vụ chính trị được giao, nêu cao tinh thần trách nhiệm",
    measure: "Hoàn thành đúng tiến độ, được chi bộ ghi nhận",
    dueDate: `${year}-12-15`,
  }));
  const saved = await api("PUT", `/plans/members/${m.memberId}?year=${year}`, {
    registration: "Tôi đăng ký thực hiện mô hình",
    items,
  });
  const sub = await api("POST", `/plans/members/${m.memberId}/submit?year=${year}`, {
    version: saved.version,
  });
  toConfirm.push({ id: sub.id, version: sub.version });
}
for (let i = 0; i < toConfirm.length; i += 50)
  await api("POST", "/plans/confirm", { plans: toConfirm.slice(i, i + 50) });

const sections = {
  leadership:
    "Ngay sau khi Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch số 62-KH/ĐUK ngày 25/4/2022, Đảng ủy đã ban hành kế hoạch thực hiện, tổ chức quán triệt đến 100 % cán bộ, đảng viên; phân công đồng chí Phó Bí thư Đảng ủy trực tiếp chỉ đạo, các chi bộ đưa nội dung thực hiện mô hình vào sinh hoạt thường kỳ.",
  results:
    "Nhiều đồng chí nhóm 1 gương mẫu đi đầu trong đổi mới phương pháp giảng dạy, nghiên cứu khoa học; đảng viên nhóm 2 tích cực làm theo, hoàn thành tốt nhiệm vụ chuyên môn.",
  assessment:
    "Ưu điểm: việc đăng ký, xây dựng kế hoạch bảo đảm “trên trước, dưới sau”, nội dung cụ thể, sát với nhiệm vụ.\nHạn chế: một số kế hoạch cá nhân còn chung chung; việc ghi sổ tay ở một số chi bộ chưa thường xuyên.",
  direction:
    "Tiếp tục lãnh đạo, chỉ đạo thực hiện mô hình gắn với thực hiện Chỉ thị số 05-CT/TW; định kỳ sơ kết, biểu dương kịp thời những tập thể, cá nhân tiêu biểu.",
};
const existing = (await api("GET", `/reports/units/${school.id}/documents?year=${year}`)).documents.find(
  (d) => d.number === "120-BC/ĐU",
);
const doc =
  existing ??
  (await api("POST", `/reports/units/${school.id}/documents`, {
    year,
    number: "120-BC/ĐU",
    docDate: `${year}-12-15`,
    place: "Trà Vinh",
    signerName: "Thạch Minh Quang",
    signerAuthority: "T/M Ban Thường vụ",
    recipients: ["Ban Thường vụ Đảng ủy Khối (báo cáo)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"],
    sections,
  }));

const dir = mkdtempSync(join(tmpdir(), "report-sample-"));
writeFileSync(join(dir, "report.docx"), await api("GET", `/reports/documents/${doc.id}/docx`));
execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "report.docx")], {
  stdio: "ignore",
});
execFileSync("pdftoppm", ["-png", "-r", "80", join(dir, "report.pdf"), join(dir, "page")]);
const pages = readdirSync(dir)
  .filter((f) => /^page-\d+\.png$/.test(f))
  .sort();
for (const f of readdirSync(docs).filter((f) => /^report-sample(-\d+)?\.png$/.test(f))) rmSync(join(docs, f));
for (const [i, p] of pages.entries())
  renameSync(join(dir, p), join(docs, i === 0 ? "report-sample.png" : `report-sample-${i + 1}.png`));
console.log(
  `${pending.length} kế hoạch được lập và xác nhận; ${pages.length} trang → docs/report-sample*.png (${dir}/report.docx)`,
);
