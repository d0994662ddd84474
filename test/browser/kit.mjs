// The browser suite's kit: Debian's Chromium through playwright-core, signed-in contexts at the two
// viewports, and the checks every visited page must pass (no 5xx, axe-core without critical or serious
// violations, every menu entry visible in the viewport, no sideways scrolling on a phone), with a
// screenshot of each step in test/browser/.shots/.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { chromium } from "playwright-core";

export const BASE = process.env.BROWSER_BASE_URL ?? "http://localhost:8787";
export const PASSWORD = "guongmau-demo";
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
};
const SHOTS = new URL("./.shots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
}

/**
 * A browser context of `login` on `tenant` at `size`, signed in through the login form; the page
 * remembers its viewport name for the checks and the screenshots.
 */
export async function signIn(browser, login, size, { tenant = "tra-vinh", js = true } = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORTS[size],
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    javaScriptEnabled: js,
  });
  const page = await context.newPage();
  page.size = size;
  page.who = login;
  await open(page, `/t/${tenant}/login`, { check: false });
  await page.fill("#f-login", login);
  await page.fill("#f-password", PASSWORD);
  await submit(page, page.locator("main form button[type=submit]").first());
  assert.doesNotMatch(new URL(page.url()).pathname, /\/login$/, `${login} could not sign in`);
  return page;
}

/** Opens `path`, requires an answer below 500 (and 200 unless told), then runs the page checks. */
export async function open(page, path, { status = 200, check = true, shot } = {}) {
  const res = await page.goto(BASE + path);
  assert.ok(res, `no response for ${path}`);
  assert.equal(res.status(), status, `${path} answered ${res.status()}: ${(await res.text()).slice(0, 400)}`);
  if (check) await checkPage(page, shot ?? path);
  return res;
}

/** Clicks a submit button and waits for the page it leads to: no 5xx, and no refusal unless expected. */
export async function submit(page, button, { expectError = false } = {}) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: "load" }), button.click()]);
  assert.ok(res && res.status() < 500, `${page.url()} answered ${res?.status()}`);
  const refused = page.locator("main .alert-error");
  if (!expectError && (await refused.count()) > 0)
    assert.fail(`${page.url()} refused the form: ${await refused.first().innerText()}`);
  return res;
}

// Each test file runs in a process of its own: its name keeps the screenshots of the files apart.
const FILE = basename(process.argv[1] ?? "suite", ".test.mjs");
let shotNo = 0;
/** Every check of a visited page; `name` names its screenshot. */
export async function checkPage(page, name) {
  const file = `${FILE}-${String(++shotNo).padStart(3, "0")}-${page.size}-${page.who}-${slug(name)}.png`;
  await page.screenshot({ path: SHOTS + file, fullPage: true });
  await noSidewaysScroll(page, name);
  await noClippedTable(page, name);
  await menuVisible(page, name);
  await accessible(page, name);
}

const slug = (s) =>
  s
    .replace(/^\/t\/[^/]+/, "")
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "home";

/** On a phone the page never scrolls sideways. */
export async function noSidewaysScroll(page, name) {
  if (page.size !== "phone") return;
  const { scroll, inner, wide } = await page.evaluate(() => ({
    scroll: document.scrollingElement.scrollWidth,
    inner: window.innerWidth,
    // What sticks out, to name it in the failure.
    wide: [...document.querySelectorAll("body *")]
      .filter((e) => {
        if (!e.checkVisibility() || e.getBoundingClientRect().right <= window.innerWidth + 1) return false;
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
          if (getComputedStyle(a).overflowX !== "visible") return false;
        return true;
      })
      .slice(-3)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`),
  }));
  assert.ok(
    scroll <= inner,
    `${name} scrolls sideways on a phone: ${scroll} > ${inner} (${wide.join(", ")})`,
  );
}

/**
 * A table never overflows its frame on a desktop unless the page says it is wide (a hint above it);
 * on a phone only a table whose frame is a focusable region may scroll sideways (stacked ones never do).
 */
export async function noClippedTable(page, name) {
  const clipped = await page.evaluate(
    (phone) =>
      [...document.querySelectorAll(".table-wrap")]
        .filter((w) => w.checkVisibility() && w.scrollWidth > w.clientWidth + 1)
        .filter((w) =>
          phone ? w.getAttribute("role") !== "region" : !w.previousElementSibling?.matches(".table-hint"),
        )
        .map((w) => w.querySelector("th")?.textContent ?? "?"),
    page.size === "phone",
  );
  assert.deepEqual(clipped, [], `${name} at ${page.size}: tables clipped (first header shown)`);
}

/**
 * Every menu entry is visible inside the viewport, at the top of the page: on the bar, or in the
 * "Thêm" panel once its <summary> is clicked (a hit test at the entry's centre must land on it, so
 * an entry clipped by an overflowing bar or covered by something else fails).
 */
export async function menuVisible(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const hidden = () =>
    page.evaluate(() => {
      const links = [...document.querySelectorAll("nav.mainnav a")];
      const shown = (a) => {
        const r = a.getBoundingClientRect();
        if (!a.checkVisibility() || r.width < 1 || r.height < 1) return false;
        if (r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight)
          return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && (hit === a || a.contains(hit));
      };
      const labels = [...new Set(links.map((a) => a.textContent.trim()))];
      return labels.filter((l) => !links.some((a) => a.textContent.trim() === l && shown(a)));
    });
  const labels = await page.locator("nav.mainnav a").count();
  if (labels === 0) return;
  let missing = await hidden();
  const more = page.locator("nav.mainnav summary");
  if (missing.length > 0 && (await more.count()) > 0) {
    await more.click();
    missing = await hidden();
    await more.click();
  }
  assert.deepEqual(missing, [], `${name} at ${page.size}: menu entries not visible in the viewport`);
}

/** axe-core finds no critical or serious violation. */
export async function accessible(page, name) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "critical" || v.impact === "serious")
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join("; ")}`,
      );
  });
  assert.deepEqual(found, [], `${name} at ${page.size}: accessibility violations`);
}

/** The text of the page's main region, for asserting what a person reads. */
export const mainText = (page) => page.locator("main").innerText();
