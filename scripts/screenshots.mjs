// Takes phone and desktop screenshots of the main pages of a running app (npm start):
//   node scripts/screenshots.mjs [baseUrl] [outDir]
// Uses Debian's chromium through playwright-core (no browser download).
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const base = process.argv[2] ?? "http://localhost:8787";
const out = process.argv[3] ?? "docs/screenshots";
const pages = (process.env.PAGES ?? "/t/tra-vinh/,/t/tra-vinh/admin/units,/t/tra-vinh/admin/accounts").split(
  ",",
);
const login = process.env.LOGIN ?? "admin";
const slug = process.env.SLUG ?? "tra-vinh";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
for (const [name, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 900 }],
]) {
  const page = await browser.newPage({ viewport, locale: "vi-VN" });
  await page.goto(`${base}/`);
  await page.screenshot({ path: `${out}/${name}-landing.png`, fullPage: true });
  await page.goto(`${base}/t/${slug}/login`);
  await page.screenshot({ path: `${out}/${name}-login.png`, fullPage: true });
  await page.fill("#f-login", login);
  await page.fill("#f-password", process.env.PASSWORD ?? "guongmau-demo");
  await page.click("button[type=submit]");
  await page.waitForLoadState("load");
  for (const p of pages) {
    await page.goto(`${base}${p}`);
    const file =
      p
        .replace(/^\/t\/[^/]+\/?/, "")
        .replace(/[/?=&]+/g, "-")
        .replace(/^-|-$/g, "") || "home";
    await page.screenshot({ path: `${out}/${name}-${login}-${file}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
console.log(`Screenshots in ${out}/`);
