// The HTML side, without JavaScript: the member's editor (save, add and remove rows, submit),
// the secretary's queue (confirm several), a plan's page (return, reopen), on behalf, dashboard.
import { vnYear } from "../../domain/time";
import { describe, expect, it } from "vitest";
import { call, cookieFor, d1Calls, expectStatus, json, makeTenant } from "../../../test/harness";
import {
  ON_TIME,
  expectCountersExact,
  makePerson,
  planVerb,
  schoolInCycle,
  secretaryOf,
} from "../../../test/plans-kit";

import type { MemberPlanOut, QueueOut } from "./plans.outputs";

const Y = vnYear(Date.now());

function rowsForm(ids: string[], n: number, offset = 0): Record<string, string> {
  const f: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    f[`items.${i}.criterionVersionId`] = ids[(i + offset) % ids.length]!;
    f[`items.${i}.commitment`] = `Cam kết số ${i + 1 + offset} của đảng viên`;
    f[`items.${i}.measure`] = "Hoàn thành đúng hạn";
    f[`items.${i}.dueDate`] = `${Y}-11-30`;
  }
  return f;
}

describe("member plan pages", () => {
  it("save, add and remove rows, fix errors, submit — then the cell confirms from the queue", async () => {
    const t = await makeTenant();
    const s = await schoolInCycle(t, ON_TIME);
    const m = await makePerson(t, s.cell1, true, "Nguyễn Thị Ánh");
    const page = `/t/${t.info.slug}/my-plan`;
    const html = await expectStatus(await call("GET", page, { cookie: m.cookie }), 200);
    expect(html).toContain("Nhóm 1 – làm gương mẫu mực");
    expect(html).toContain("Chưa lập");
    const ids = (
      await json<MemberPlanOut>(await call("GET", "/api/v1/plans/mine", { cookie: m.cookie }))
    ).criteria.map((c) => c.criterionVersionId);

    // A half-filled row: 400 with the field's error, the typed text kept.
    const bad = await call("POST", `${page}?year=${Y}`, {
      cookie: m.cookie,
      form: {
        registration: "Đăng ký làm theo",
        action: "save",
        "items.0.commitment": "Một cam kết chưa chọn tiêu chí",
      },
    });
    const badHtml = await expectStatus(bad, 400);
    expect(badHtml).toContain("Trường này là bắt buộc.");
    expect(badHtml).toContain("Một cam kết chưa chọn tiêu chí");

    const save = await call("POST", `${page}?year=${Y}`, {
      cookie: m.cookie,
      form: { registration: "Đăng ký làm theo", action: "add", ...rowsForm(ids, 3) },
    });
    expect(save.status).toBe(303);
    expect(save.headers.get("location")).toContain("blank=1");
    let v = await json<MemberPlanOut>(await call("GET", "/api/v1/plans/mine", { cookie: m.cookie }));
    expect(v.plan!.items).toHaveLength(3);

    // Remove the second row (ids of the others kept), then submit with four rows.
    const keep = v.plan!.items.map((i) => i.id);
    const withIds = {
      ...rowsForm(ids, 3),
      "items.0.id": keep[0]!,
      "items.1.id": keep[1]!,
      "items.2.id": keep[2]!,
    };
    // The editor's form at the plan's version, as the member.
    const postEditor = (action: string, version: number, rows: Record<string, string>) =>
      call("POST", `${page}?year=${Y}`, {
        cookie: m.cookie,
        form: { registration: "Đăng ký làm theo", action, version: String(version), ...rows },
      });
    const remove = await postEditor("remove-1", v.plan!.version, withIds);
    expect(remove.status).toBe(303);
    v = await json<MemberPlanOut>(await call("GET", "/api/v1/plans/mine", { cookie: m.cookie }));
    expect(v.plan!.items.map((i) => i.id)).toEqual([keep[0], keep[2]]);
    // A refused submit keeps the plan: what was typed is saved as a draft, and the page says so.
    const tooFew = await postEditor("submit", v.plan!.version, {
      ...rowsForm(ids, 3),
      "items.2.commitment": "Cam kết thứ ba vừa gõ",
    });
    const refused = await expectStatus(tooFew, 400);
    expect(refused).toContain("Đã lưu bản nháp; chưa nộp vì kế hoạch cần ít nhất 4 nội dung (hiện có 3).");
    expect(refused).toContain("Cam kết thứ ba vừa gõ");
    v = await json<MemberPlanOut>(await call("GET", "/api/v1/plans/mine", { cookie: m.cookie }));
    expect(v.plan!.status).toBe("draft");
    expect(v.plan!.items.map((i) => i.commitment)).toContain("Cam kết thứ ba vừa gõ");
    expect(await expectStatus(await call("GET", page, { cookie: m.cookie }), 200)).toContain(
      "Cam kết thứ ba vừa gõ",
    );
    // A lost race (stale version) answers 409 and the editor still holds what was typed.
    const stale = await postEditor("save", v.plan!.version - 1, {
      ...rowsForm(ids, 4),
      "items.3.commitment": "Cam kết thứ tư chưa mất",
    });
    expect(await expectStatus(stale, 409)).toContain("Cam kết thứ tư chưa mất");
    const submit = await postEditor("submit", v.plan!.version, rowsForm(ids, 4));
    expect(submit.status).toBe(303);
    const after = await expectStatus(await call("GET", page, { cookie: m.cookie }), 200);
    expect(after).toContain("đang chờ chi bộ xác nhận");
    const twice = await call("POST", `${page}?year=${Y}`, {
      cookie: m.cookie,
      form: { registration: "x", action: "submit", version: "99", ...rowsForm(ids, 4) },
    });
    expect(twice.status).toBe(409);

    // The secretary's queue: confirm the selected plans citing the meeting.
    const sec = await secretaryOf(t, s.cell1);
    const qpage = `/t/${t.info.slug}/plans/queue`;
    const q = await expectStatus(await call("GET", qpage, { cookie: sec.cookie }), 200);
    expect(q).toContain("Nguyễn Thị Ánh");
    const none = await call("POST", `/t/${t.info.slug}/plans/confirm?year=${Y}`, {
      cookie: sec.cookie,
      form: { meetingDate: `${Y}-02-01` },
    });
    expect(await expectStatus(none, 400)).toContain("Chọn ít nhất một kế hoạch");
    const queue = await json<QueueOut>(await call("GET", "/api/v1/plans", { cookie: sec.cookie }));
    const confirm = await call("POST", `/t/${t.info.slug}/plans/confirm?year=${Y}`, {
      cookie: sec.cookie,
      form: {
        plan: `${queue.items[0]!.id}:${queue.items[0]!.version}`,
        meetingDate: `${Y}-02-01`,
        minutesNumber: "02-BB/CB",
      },
    });
    expect(confirm.status).toBe(303);
    const mine = await expectStatus(await call("GET", page, { cookie: m.cookie }), 200);
    expect(mine).toContain("biên bản số 02-BB/CB");
    await expectCountersExact(t);
  });
});

describe("review pages", () => {
  it("return with a comment (empty → 400), reopen, enter on behalf, dashboard and remind", async () => {
    const t = await makeTenant();
    const s = await schoolInCycle(t, ON_TIME);
    const m = await makePerson(t, s.cell1, false, "Trần Văn Bình");
    const sec = await secretaryOf(t, s.school);
    const base = `/t/${t.info.slug}`;

    // On behalf: the secretary fills and submits the plan of a member without a phone.
    const ids = (
      await json<MemberPlanOut>(
        await call("GET", `/api/v1/plans/members/${m.memberId}`, { cookie: sec.cookie }),
      )
    ).criteria.map((c) => c.criterionVersionId);
    const form = await expectStatus(
      await call("GET", `${base}/plans/members/${m.memberId}`, { cookie: sec.cookie }),
      200,
    );
    expect(form).toContain("nhập kế hoạch thay đảng viên");
    const entered = await call("POST", `${base}/plans/members/${m.memberId}?year=${Y}`, {
      cookie: sec.cookie,
      form: { registration: "Đăng ký (nhập thay)", action: "submit", ...rowsForm(ids, 4) },
    });
    expect(entered.status).toBe(303);
    const memberView = await expectStatus(await call("GET", `${base}/my-plan`, { cookie: m.cookie }), 200);
    expect(memberView).toContain("nhập thay");
    await expectStatus(await call("GET", `${base}/plans/members/${m.memberId}`, { cookie: m.cookie }), 403);

    // The member's plan (API) and page; the secretary's verbs on the plan's page.
    const myPlan = async () =>
      (await json<MemberPlanOut>(await call("GET", "/api/v1/plans/mine", { cookie: m.cookie }))).plan!;
    const myPage = async () => expectStatus(await call("GET", `${base}/my-plan`, { cookie: m.cookie }), 200);
    const plan = await myPlan();
    const [planId, ver] = [plan.id, String(plan.version)];
    const detail = `${base}/plans/${planId}`;
    const review = (verb: string, form: Record<string, string>) =>
      call("POST", `${detail}/${verb}`, { cookie: sec.cookie, form });
    const empty = await review("return", { version: ver, comment: "" });
    expect(await expectStatus(empty, 400)).toContain("Trường này là bắt buộc.");
    const ret = await review("return", { version: ver, comment: "Bổ sung cách đo." });
    expect(ret.status).toBe(303);
    expect(await myPage()).toContain("Bổ sung cách đo.");
    const stale = await review("confirm", { version: ver });
    expect(stale.status).toBe(409);
    const own = await expectStatus(await call("GET", detail, { cookie: m.cookie }), 200);
    expect(own).not.toContain("Trả lại kế hoạch");

    // Resubmitted, confirmed by form, reopened with a reason (required).
    const back = await myPlan();
    const re = await json<{ version: number }>(
      await planVerb("/api/v1/plans/mine/submit", m.cookie, back.version),
    );
    const ok = await review("confirm", { version: String(re.version) });
    expect(ok.status).toBe(303);
    const v2 = String(re.version + 1);
    const noReason = await review("reopen", { version: v2, reason: "" });
    expect(await expectStatus(noReason, 400)).toContain("Trường này là bắt buộc.");
    const reopen = await review("reopen", { version: v2, reason: "Theo chỉ đạo mới" });
    expect(reopen.status).toBe(303);
    expect(await myPage()).toContain("mở lại kế hoạch");

    // Dashboard: the cell's people, remind the pending one; ≤ 2 round trips.
    const dash = `${base}/plans/dashboard?unitId=${s.cell1.id}&year=${Y}`;
    await call("GET", dash, { cookie: sec.cookie });
    const d = await call("GET", dash, { cookie: sec.cookie });
    expect(await expectStatus(d, 200)).toContain("Trần Văn Bình");
    expect(d1Calls(d)).toBeLessThanOrEqual(2);
    const remind = await call("POST", `${base}/plans/remind`, {
      cookie: sec.cookie,
      form: {
        year: String(Y),
        memberId: m.memberId,
        back: `/plans/dashboard?unitId=${s.cell1.id}&year=${Y}`,
      },
    });
    expect(remind.status).toBe(303);
    expect(remind.headers.get("location")).toContain("reminded=1");
    const notes = await expectStatus(
      await call("GET", `${base}/notifications`, { cookie: await cookieFor(t, m.account.id) }),
      200,
    );
    expect(notes).toContain("Nhắc nộp kế hoạch");
    expect(notes).toContain("Kế hoạch năm");
    await expectCountersExact(t);
  });
});
