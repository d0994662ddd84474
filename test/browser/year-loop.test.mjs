// The year's loop on the demo tenant tra-vinh, in Chromium: member dangvien.nam, the cell's secretary
// bithu.cb1 and the admin. Each action is done at one viewport and every page it leads to is checked at
// both (390 × 844 and 1366 × 900): plan → submit → return → fix and resubmit → confirm → notebook entry
// → meeting with praise → evaluation (self, proposal, decision) → report page, Excel and DOCX.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE, checkPage, launch, mainText, open, signIn, submit } from "./kit.mjs";

const T = "/t/tra-vinh";
const YEAR = new Date().getFullYear();
let browser;
/** role → { phone, desktop } pages, each signed in. */
const as = {};

before(async () => {
  browser = await launch();
  for (const [role, login] of [
    ["member", "dangvien.nam"],
    ["secretary", "bithu.cb1"],
    ["admin", "admin"],
  ]) {
    as[role] = {
      phone: await signIn(browser, login, "phone"),
      desktop: await signIn(browser, login, "desktop"),
    };
  }
});
after(() => browser?.close());

/** Opens `path` for `role` at both viewports (every check runs at each). */
async function both(role, path, shot) {
  for (const page of Object.values(as[role])) await open(page, path, { shot });
}

const button = (page, name) => page.getByRole("button", { name, exact: true });

/** The member's plan id, read from the secretary's queue. */
async function planIdInQueue(page) {
  await open(page, `${T}/plans/queue`);
  const href = await page.getByRole("link", { name: "Nguyễn Hoàng Nam" }).first().getAttribute("href");
  return href.split("/").pop().split("?")[0];
}

let planId;

test("the member writes a plan and submits it (phone)", async () => {
  const page = as.member.phone;
  await open(page, `${T}/my-plan`);
  await page.fill("#f-registration", "Tôi đăng ký làm theo gương Bác trong học tập và công tác năm nay.");
  const criteria = page.locator("select[name$='.criterionVersionId']");
  for (let i = 0; i < 4; i++) {
    const value = await criteria
      .nth(i)
      .locator("option")
      .nth(i + 1)
      .getAttribute("value");
    await criteria.nth(i).selectOption(value);
    await page.fill(
      `[name='items.${i}.commitment']`,
      `Việc làm cụ thể số ${i + 1}: gương mẫu, đúng giờ, tận tụy.`,
    );
    await page.fill(`[name='items.${i}.measure']`, `Kết quả đo được số ${i + 1}`);
    await page.fill(`[name='items.${i}.dueDate']`, `${YEAR}-12-31`);
  }
  await submit(page, button(page, "Nộp kế hoạch cho chi bộ"));
  await checkPage(page, "my-plan-submitted");
  assert.match(await mainText(page), /Chờ xác nhận/);
  await open(as.member.desktop, `${T}/my-plan`, { shot: "my-plan-submitted" });
});

test("the secretary returns it with a comment (desktop)", async () => {
  const page = as.secretary.desktop;
  planId = await planIdInQueue(page);
  await open(page, `${T}/plans/${planId}`);
  await page.getByLabel("Ý kiến của chi bộ").fill("Đề nghị đồng chí ghi rõ thời hạn từng việc.");
  await submit(page, button(page, "Trả lại kế hoạch"));
  await checkPage(page, "plan-returned");
  await open(as.secretary.phone, `${T}/plans/${planId}`, { shot: "plan-returned" });
});

test("the member sees the comment, fixes the plan and resubmits (desktop)", async () => {
  const page = as.member.desktop;
  await open(page, `${T}/my-plan`);
  assert.match(await mainText(page), /ghi rõ thời hạn/);
  await page.fill(
    "[name='items.0.commitment']",
    "Việc làm cụ thể số 1: đến cơ quan đúng giờ mỗi ngày, trước 30/6.",
  );
  await submit(page, button(page, "Nộp kế hoạch cho chi bộ"));
  assert.match(await mainText(page), /Chờ xác nhận/);
  await both("member", `${T}/my-plan`, "my-plan-resubmitted");
});

test("the secretary confirms it (phone)", async () => {
  const page = as.secretary.phone;
  await open(page, `${T}/plans/${planId}`);
  await page.getByLabel("Ngày họp chi bộ").fill(`${YEAR}-01-20`);
  await page.getByLabel("Số biên bản").fill("02-BB/CB");
  await submit(page, button(page, "Xác nhận kế hoạch"));
  assert.match(await mainText(page), /Xác nhận ngày/);
  await both("secretary", `${T}/plans/${planId}`, "plan-confirmed");
  await both("member", `${T}/my-plan`, "my-plan-confirmed");
});

/** Writes and hands in a review entry of the notebook (opened by `start`), every part filled. */
async function writeReview(page, start) {
  await open(page, `${T}/notebook`);
  await submit(page, button(page, start));
  const form = page.locator("main form", { has: button(page, "Nộp chi bộ") });
  for (const area of await form.locator("textarea").all())
    await area.fill("Thực hiện nghiêm túc các nội dung đã đăng ký; tiết kiệm, gương mẫu trong công tác.");
  for (const select of await form.locator("select[name$='.status']").all())
    await select.selectOption({ index: 1 });
  await submit(page, button(page, "Nộp chi bộ"));
}

test("the member writes the mid-year and the year's reviews in the notebook (phone)", async () => {
  const page = as.member.phone;
  await writeReview(page, "Viết sơ kết 6 tháng");
  await writeReview(page, "Viết tổng kết năm");
  await checkPage(page, "notebook-entry");
  await both("member", `${T}/notebook`, "notebook");
});

test("the secretary records a meeting that praises the member (desktop)", async () => {
  const page = as.secretary.desktop;
  await open(page, `${T}/meetings`);
  await page.getByText("Ghi biên bản sinh hoạt mới").click();
  await page.locator("#f-date").fill(`${YEAR}-02-20`);
  await page.locator("#f-minutesNumber").fill("03-BB/CB");
  await page.locator("#f-attendance").fill("8");
  await submit(page, button(page, "Ghi biên bản"));
  await checkPage(page, "meeting");
  await page.locator("#f-memberId").selectOption({ label: "Nguyễn Hoàng Nam" });
  await page.locator("#f-remarkKind").selectOption("praise");
  await page.locator("#f-content").fill("Gương mẫu đi đầu trong phong trào tiết kiệm.");
  await submit(page, button(page, "Ghi vào biên bản"));
  assert.match(await mainText(page), /Gương mẫu đi đầu/);
  const meeting = new URL(page.url()).pathname;
  await both("secretary", meeting, "meeting-praise");
});

let memberEval;

test("evaluation: the member proposes, the cell proposes, the admin decides", async () => {
  const member = as.member.desktop;
  await open(member, `${T}/evaluations/mine`);
  memberEval = new URL(member.url()).pathname;
  await member.locator("#f-level").selectOption("tot");
  await submit(member, button(member, "Ghi tự đề xuất"));
  await both("member", memberEval, "evaluation-self");

  const secretary = as.secretary.phone;
  await open(secretary, `${memberEval}?year=${YEAR}`);
  await secretary.locator("#f-level").selectOption("tot");
  await submit(secretary, button(secretary, "Ghi đề xuất"));
  await both("secretary", `${memberEval}?year=${YEAR}`, "evaluation-proposed");

  const admin = as.admin.desktop;
  await open(admin, `${memberEval}?year=${YEAR}`);
  await admin.locator("#f-level").selectOption("tot");
  // A rating is decided by a numbered decision of the committee; the date defaults to today.
  await admin.locator("input[name=decisionNumber]").fill("125-QĐ/ĐU");
  await submit(admin, button(admin, "Quyết định và khóa"));
  assert.match(await mainText(admin), /Hoàn thành tốt nhiệm vụ/);
  assert.match(await mainText(admin), /Quyết định số 125-QĐ\/ĐU/);
  await both("admin", `${memberEval}?year=${YEAR}`, "evaluation-decided");
  await both("member", memberEval, "evaluation-member");
});

test("the report: its page, the Excel and the DOCX", async () => {
  await both("admin", `${T}/reports`, "reports");
  const page = as.admin.desktop;
  const excel = await page.getByRole("link", { name: "Tải Excel" }).getAttribute("href");
  await download(page, excel, "spreadsheetml");
  await submit(page, page.getByRole("link", { name: "Báo cáo theo mẫu" }));
  await checkPage(page, "report-documents");
  await page.getByLabel("Số, ký hiệu").fill("15-BC/ĐU");
  await page.getByLabel("Ngày ban hành").fill(`${YEAR}-12-15`);
  await page.getByLabel("Địa danh").fill("Trà Vinh");
  await page.getByLabel("Họ tên người ký").fill("Nguyễn Văn An");
  await submit(page, button(page, "Lập báo cáo"));
  await checkPage(page, "report-document");
  const docx = await page.getByRole("link", { name: "Tải DOCX" }).first().getAttribute("href");
  await download(page, docx, "wordprocessingml");
});

/** Fetches `href` with the page's session: 200, the content type expected, a body. */
async function download(page, href, type) {
  const res = await page.request.get(new URL(href, BASE).href);
  assert.equal(res.status(), 200, `${href} answered ${res.status()}`);
  assert.match(res.headers()["content-type"] ?? "", new RegExp(type));
  assert.ok((await res.body()).length > 1000, `${href} is nearly empty`);
}
