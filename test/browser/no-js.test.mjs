// With JavaScript off the app still works: the "Thêm" menu opens (a <details>), a plan draft and a
// notebook entry are saved through plain form posts.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launch, mainText, open, signIn, submit } from "./kit.mjs";

const T = "/t/tra-vinh";
let browser;
let page;
before(async () => {
  browser = await launch();
  // A secretary writes their own plan and notebook: the year loop's member stays untouched.
  page = await signIn(browser, "bithu.cb2", "phone", { js: false });
});
after(() => browser?.close());

test("the 'Thêm' menu opens and leads on without JavaScript", async () => {
  await open(page, `${T}/`, { check: false });
  const entry = page.locator("nav.mainnav .nav-panel a", { hasText: "Khen thưởng" });
  assert.equal(await entry.isVisible(), false);
  await page.locator("nav.mainnav summary").click();
  assert.equal(await entry.isVisible(), true);
  await submit(page, entry);
  assert.equal(new URL(page.url()).pathname, `${T}/commendations`);
});

test("a plan draft is saved without JavaScript", async () => {
  await open(page, `${T}/my-plan`, { check: false });
  await page.fill("#f-registration", "Đăng ký làm theo gương Bác, lưu khi trình duyệt tắt JavaScript.");
  const criterion = page.locator("[name='items.0.criterionVersionId'] option").nth(1);
  await page.selectOption("[name='items.0.criterionVersionId']", await criterion.getAttribute("value"));
  await page.fill("[name='items.0.commitment']", "Giữ gìn phẩm chất, lối sống trong sạch.");
  await page.fill("[name='items.0.measure']", "Không vi phạm quy định");
  await page.fill("[name='items.0.dueDate']", `${new Date().getFullYear()}-12-31`);
  await submit(page, page.getByRole("button", { name: "Lưu nháp", exact: true }).last());
  await open(page, `${T}/my-plan`, { check: false });
  assert.equal(
    await page.inputValue("#f-registration"),
    "Đăng ký làm theo gương Bác, lưu khi trình duyệt tắt JavaScript.",
  );
  assert.match(await mainText(page), /Đang soạn|Bản nháp|nháp/i);
});

test("a notebook entry is saved without JavaScript", async () => {
  await open(page, `${T}/notebook`, { check: false });
  await submit(page, page.getByRole("button", { name: "Thêm ghi chép", exact: true }));
  await page.getByLabel("Tiêu đề").fill("Ghi chép khi tắt JavaScript");
  await page.getByLabel("Nội dung").fill("Học tập phong cách quần chúng của Bác.");
  await submit(page, page.getByRole("button", { name: "Lưu nháp", exact: true }));
  await open(page, `${T}/notebook`, { check: false });
  assert.match(await mainText(page), /Ghi chép khi tắt JavaScript/);
});
