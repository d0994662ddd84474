// Checks the commendation decision end to end as a user would, and regenerates
// docs/decision-sample*.png and docs/certificate-sample.png: on a running `npm start` server
// (BASE_URL, default http://localhost:8787) it signs in as the demo school's secretary, picks the
// commendations of decision 05-QĐ/ĐU in the registry list (its checkboxes), posts the decision page
// with the remembered defaults, and opens both DOCX files in LibreOffice (PDF), rendered by pdftoppm.
// Fails when a file does not open or lacks what the party format needs. Needs `soffice`
// (libreoffice-writer-nogui), `pdftoppm`, `pdftotext` and `pdfinfo` (poppler-utils).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BASE = process.env.BASE_URL || "http://localhost:8787";
const NUMBER = "05-QĐ/ĐU";
const docs = new URL("../docs/", import.meta.url).pathname;
let cookie = "";

async function call(method, path, body, type = "application/json") {
  const res = await fetch(`${BASE}${path}`, {
    method,
    redirect: "manual",
    headers: { cookie, origin: BASE, ...(body ? { "content-type": type } : {}) },
    body,
  });
  if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  const set = res.headers.get("set-cookie");
  if (set) cookie = set.split(";")[0];
  return res;
}

await call(
  "POST",
  "/api/v1/auth/login",
  JSON.stringify({ tenant: "tra-vinh", login: "bithu.truong", password: "guongmau-demo" }),
);
// The registry list: the rows of the decision, by their checkboxes.
const list = await (await call("GET", "/t/tra-vinh/commendations?limit=100")).text();
const ids = list
  .split("<tr")
  .filter((row) => row.includes(NUMBER))
  .map((row) => row.match(/name="ids" value="([^"]+)"/)?.[1])
  .filter(Boolean);
if (ids.length < 2) throw new Error(`the list shows ${ids.length} commendations of ${NUMBER}`);
const picked = await (
  await call("GET", `/t/tra-vinh/commendations/decision?${ids.map((id) => `ids=${id}`).join("&")}`)
).text();
if (!picked.includes(`Quyết định số ${NUMBER}`))
  throw new Error("the decision page does not show the decision");

const dir = mkdtempSync(join(tmpdir(), "decision-sample-"));
const pdfText = {};
for (const document of ["decision", "certificates"]) {
  const form = new URLSearchParams({ ids: ids.join(","), document });
  const res = await call(
    "POST",
    "/t/tra-vinh/commendations/decision",
    form.toString(),
    "application/x-www-form-urlencoded",
  );
  writeFileSync(join(dir, `${document}.docx`), new Uint8Array(await res.arrayBuffer()));
}
// LibreOffice after both downloads: it blocks for seconds, and the server drops an idle keep-alive socket.
for (const document of ["decision", "certificates"]) {
  execFileSync(
    "soffice",
    ["--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, `${document}.docx`)],
    {
      stdio: "ignore",
    },
  );
  pdfText[document] = execFileSync("pdftotext", ["-layout", join(dir, `${document}.pdf`), "-"]).toString();
  const info = execFileSync("pdfinfo", [join(dir, `${document}.pdf`)]).toString();
  pdfText[`${document}Pages`] = Number(info.match(/Pages:\s+(\d+)/)?.[1]);
  pdfText[`${document}Size`] = info.match(/Page size:\s+(.+)/)?.[1] ?? "";
  execFileSync("pdftoppm", ["-png", "-r", "70", join(dir, `${document}.pdf`), join(dir, document)]);
}
const must = {
  decision: [
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    `Số ${NUMBER}`,
    "QUYẾT ĐỊNH",
    "Về việc khen thưởng",
    "Căn cứ",
    "Điều 1.",
    "Điều 2.",
    "Điều 3.",
    "Nơi nhận:",
    "Thạch Minh Quang",
    "DANH SÁCH",
  ],
  certificates: ["GIẤY KHEN", `Quyết định số ${NUMBER}`, "Thạch Minh Quang"],
};
const missing = Object.entries(must).flatMap(([d, texts]) =>
  texts.filter((t) => !pdfText[d].includes(t)).map((t) => `${d}: ${t}`),
);
if (missing.length) throw new Error(`missing in the PDFs: ${missing.join("; ")}`);
if (pdfText.certificatesPages !== ids.length)
  throw new Error(`${pdfText.certificatesPages} certificate pages for ${ids.length} recipients`);
if (!/^84\d[.\d]* x 59\d/.test(pdfText.certificatesSize))
  throw new Error(`certificates are ${pdfText.certificatesSize}, not A4 landscape`);

for (const f of readdirSync(docs).filter((f) => /^(decision|certificate)-sample(-\d+)?\.png$/.test(f)))
  rmSync(join(docs, f));
const pngs = readdirSync(dir)
  .filter((f) => f.endsWith(".png"))
  .sort();
const decisionPages = pngs.filter((f) => f.startsWith("decision-"));
for (const [i, p] of decisionPages.entries())
  renameSync(join(dir, p), join(docs, i === 0 ? "decision-sample.png" : `decision-sample-${i + 1}.png`));
renameSync(
  join(
    dir,
    pngs.find((f) => f.startsWith("certificates-")),
  ),
  join(docs, "certificate-sample.png"),
);
console.log(
  `${ids.length} khen thưởng của quyết định ${NUMBER}: quyết định ${pdfText.decisionPages} trang (${pdfText.decisionSize}), giấy khen ${pdfText.certificatesPages} trang (${pdfText.certificatesSize}) → docs/decision-sample*.png, docs/certificate-sample.png (${dir})`,
);
