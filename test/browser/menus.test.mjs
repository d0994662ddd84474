// Every menu entry of each role leads to a page that passes the checks (see kit.mjs) on a phone, and
// the admin's, with the most entries, on a desktop too: the menu shows every entry inside the viewport
// (on the bar or in the "Thêm" panel), no page scrolls sideways on a phone, axe-core finds nothing
// critical or serious.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launch, open, signIn } from "./kit.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const MENUS = [
  ["dangvien.nam", "phone", 9],
  ["bithu.cb1", "phone", 18],
  ["admin", "phone", 21],
  ["admin", "desktop", 21],
];

for (const [login, size, entries] of MENUS) {
  test(`${login}'s menu at ${size}: every entry visible, every page passes`, async () => {
    const page = await signIn(browser, login, size);
    const paths = await page.$$eval("nav.mainnav a", (as) => [
      ...new Set(as.map((a) => a.getAttribute("href"))),
    ]);
    assert.ok(
      paths.length >= entries,
      `${login} has ${paths.length} menu entries, expected at least ${entries}`,
    );
    for (const path of paths) await open(page, path);
    await page.context().close();
  });
}

// Pages below the menu with wide tables or editors: the criteria set editor and its comparison, the
// progress tables of a cell and of the whole tenant.
for (const [login, size] of [
  ["admin", "phone"],
  ["admin", "desktop"],
  ["bithu.cb1", "desktop"],
]) {
  test(`${login}'s deeper pages at ${size}`, async () => {
    const page = await signIn(browser, login, size);
    const T = "/t/tra-vinh";
    for (const path of [`${T}/plans/dashboard`, `${T}/compliance`]) await open(page, path);
    await open(page, `${T}/admin/criteria`);
    const set = page.locator("main a[href*='/admin/criteria/sets/']").first();
    if ((await set.count()) > 0) {
      const href = await set.getAttribute("href");
      await open(page, href);
      await open(page, `${href.split("?")[0]}/compare`);
    }
    await page.context().close();
  });
}
