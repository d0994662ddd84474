import { describe, expect, it } from "vitest";
import { vnToday } from "../../domain/time";
import { formatViDate } from "../../lib/sheets";
import { call, d1Calls, expectStatus, json } from "../../../test/harness";
import { decide, notebookWorld, personWithPlan, propose, submitReview } from "../../../test/notebook-kit";
import { expectCountersExact } from "../../../test/plans-kit";
import { readCounters, tabulate } from "../../platform/counters";
import type { EvaluationListOut, EvaluationOut, EvaluationViewOut } from "./evaluations.inputs";

type Problem = { errors?: Record<string, string>; detail: string };

describe("year-end evaluation", () => {
  it("self-proposal, the cell's proposal, the committee's decision; the cap warning and its override; locked after", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true);
    const b = await personWithPlan(w, w.cell1, false);

    // The member proposes their own level; the cell cannot propose before the annual review.
    const self = await json<EvaluationOut>(
      await call("POST", "/api/v1/evaluations/mine/self", {
        cookie: a.cookie,
        json: { level: "xuat_sac", note: "Hoàn thành tốt mọi nội dung." },
      }),
    );
    expect(self.selfLevel).toBe("xuat_sac");
    await expectStatus(await propose(a.memberId, w.sec1, { level: "tot" }), 409);
    // Deciding before the annual review answers 409 and changes nothing.
    const early = await json<Problem>(
      await decide(self.id, w.secSchool, { level: "tot", version: self.version }),
      409,
    );
    expect(early.detail).toContain("tổng kết năm");

    for (const p of [a, b]) {
      await json(await submitReview(p, "midyear"), 201);
      await json(await submitReview(p, "annual"), 201);
    }
    // Another cell's secretary and another member find nothing.
    await expectStatus(
      await call("GET", `/api/v1/members/${a.memberId}/evaluation`, { cookie: w.sec2 }),
      404,
    );
    await expectStatus(
      await call("GET", `/api/v1/members/${a.memberId}/evaluation`, { cookie: b.cookie }),
      404,
    );
    await expectStatus(
      await call("GET", `/api/v1/evaluations?unitId=${w.cell1.id}`, { cookie: w.sec2 }),
      404,
    );
    await expectStatus(await propose(a.memberId, w.sec2, { level: "tot" }), 404);

    // The cell proposes with the score and a hard condition: a level above the cap is refused.
    const capped = await json<Problem>(
      await propose(b.memberId, w.sec1, { level: "tot", conditions: ["discipline"] }),
      400,
    );
    expect(capped.errors?.level).toContain("Hoàn thành nhiệm vụ");
    await expectStatus(await propose(b.memberId, w.sec1, { level: "tot", scoreGeneral: 25 }), 400);
    const pa = await json<EvaluationOut>(
      await propose(a.memberId, w.sec1, {
        level: "xuat_sac",
        scoreGeneral: 29,
        scoreTasks: 66,
        note: "Tiêu biểu",
        version: self.version,
      }),
    );
    const pb = await json<EvaluationOut>(await propose(b.memberId, w.sec1, { level: "tot" }));
    // The member's own part is closed once the cell has proposed.
    await expectStatus(
      await call("POST", "/api/v1/evaluations/mine/self", {
        cookie: a.cookie,
        json: { level: "tot", version: pa.version },
      }),
      409,
    );

    // The evidence sits beside the form, in one round trip.
    const res = await call("GET", `/api/v1/members/${a.memberId}/evaluation`, { cookie: w.secSchool });
    const view = await json<EvaluationViewOut>(res);
    expect(d1Calls(res)).toBeLessThanOrEqual(2);
    expect(view.evidence.plan?.items.length).toBe(a.itemIds.length);
    expect(view.evidence.progress.length).toBe(a.itemIds.length);
    expect(view.evidence.compliance.compliant).toBe(true);
    expect(view.suggestion).toMatchObject({ total: 95, level: "xuat_sac" });
    expect(view.can).toMatchObject({ decide: true });

    // The cell's own secretary does not decide; the school's does.
    await expectStatus(await decide(pa.id, w.sec1, { level: "tot", version: pa.version }), 403);
    const decided = await decide(pb.id, w.secSchool, { level: "tot", version: pb.version });
    const db = await json<EvaluationOut>(decided);
    expect(db.status).toBe("decided");
    expect(d1Calls(decided)).toBeLessThanOrEqual(3); // session, one read batch, one atomic write batch

    // One "xuất sắc" against one "tốt" exceeds 20 %: the warning comes back on overrideReason, then the reason is recorded.
    const warn = await json<Problem>(
      await decide(pa.id, w.secSchool, { level: "xuat_sac", version: pa.version }),
      400,
    );
    expect(warn.errors?.overrideReason).toContain("20 %");
    const da = await json<EvaluationOut>(
      await decide(pa.id, w.secSchool, {
        level: "xuat_sac",
        version: pa.version,
        overrideReason: "Đồng chí có thành tích đột xuất được tỉnh khen thưởng.",
      }),
    );
    expect(da).toMatchObject({
      decidedLevel: "xuat_sac",
      capOverrideReason: expect.stringContaining("đột xuất"),
    });
    expect(da.capWarning).toContain("20 %");

    // A decided evaluation is locked: edits and a second decision answer 409; the annual review cannot be returned.
    await expectStatus(await decide(pa.id, w.admin, { level: "tot", version: da.version }), 409);
    await expectStatus(await propose(a.memberId, w.sec1, { level: "tot", version: da.version }), 409);
    const nb = await json<{ entries: { id: string; kind: string; version: number }[] }>(
      await call("GET", `/api/v1/members/${a.memberId}/notebook`, { cookie: w.sec1 }),
    );
    const annual = nb.entries.find((e) => e.kind === "annual")!;
    await expectStatus(
      await call("POST", `/api/v1/notebook/entries/${annual.id}/return`, {
        cookie: w.sec1,
        json: { content: "Sửa lại", version: annual.version },
      }),
      409,
    );

    // The distribution by level and group, at the cell and the school.
    const t = tabulate(await readCounters(w.t.ctx(), [w.school.id], w.Y))[w.school.id]!;
    expect(t["eval.level.xuat_sac"]).toMatchObject({ exemplar: 1, follower: 0 });
    expect(t["eval.level.tot"]).toMatchObject({ exemplar: 0, follower: 1 });
    const list = await json<EvaluationListOut>(
      await call("GET", `/api/v1/evaluations?unitId=${w.school.id}`, { cookie: w.secSchool }),
    );
    expect(list.cap).toMatchObject({ xuatSac: 1, tot: 1, exceeded: true });
    expect(list.items.map((i) => i.status)).toEqual(["decided", "decided"]);
    expect(list.items[0]!.memberId).toBe(a.memberId); // leaders first
    await expectCountersExact(w.t);
  });

  it("pages: the evaluation and the list in ≤ 2 round trips; decisions by form with 303, the cap warning with 400", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true);
    await json(await submitReview(a, "midyear"), 201);
    await json(await submitReview(a, "annual"), 201);
    const slug = w.t.info.slug;
    const proposed = await call("POST", `/t/${slug}/members/${a.memberId}/evaluation/propose?year=${w.Y}`, {
      cookie: w.sec1,
      form: { level: "xuat_sac", scoreGeneral: "29", scoreTasks: "65" },
    });
    expect(proposed.status).toBe(303);
    const page = await call("GET", `/t/${slug}/members/${a.memberId}/evaluation?year=${w.Y}`, {
      cookie: w.secSchool,
    });
    const html = await expectStatus(page, 200);
    expect(d1Calls(page)).toBeLessThanOrEqual(2);
    expect(html).toContain("Cảnh báo tỷ lệ");
    const evId = /evaluations\/([0-9a-z]{16})\/decide/.exec(html)![1]!;
    const version = /name="version" value="(\d+)"/.exec(html)![1]!;
    expect(html).toContain('name="decisionNumber"');
    const form = {
      level: "xuat_sac",
      version,
      memberId: a.memberId,
      year: String(w.Y),
      decisionNumber: "",
      decisionDate: "",
    };
    // Without the decision's number and date the form comes back with both errors, nothing decided.
    const bare = await expectStatus(
      await call("POST", `/t/${slug}/evaluations/${evId}/decide`, { cookie: w.secSchool, form }),
      400,
    );
    expect(bare).toContain('id="f-decisionNumber-err"');
    expect(bare).toContain('id="f-decisionDate-err"');
    form.decisionNumber = "Số 7-qđ/đuk";
    form.decisionDate = formatViDate(vnToday(Date.now()));
    const warned = await call("POST", `/t/${slug}/evaluations/${evId}/decide`, { cookie: w.secSchool, form });
    expect(await expectStatus(warned, 400)).toContain("cần ghi lý do");
    const ok = await call("POST", `/t/${slug}/evaluations/${evId}/decide`, {
      cookie: w.secSchool,
      form: { ...form, overrideReason: "Thành tích nổi bật được ghi nhận trong năm." },
    });
    expect(ok.status).toBe(303);
    const shown = await call("GET", `/t/${slug}/members/${a.memberId}/evaluation?year=${w.Y}`, {
      cookie: a.cookie,
    });
    expect(await expectStatus(shown, 200)).toContain(
      `Quyết định số <strong>7-QĐ/ĐUK</strong> ngày ${formatViDate(vnToday(Date.now()))}`,
    );
    const list = await call("GET", `/t/${slug}/evaluations?unitId=${w.school.id}&year=${w.Y}`, {
      cookie: w.secSchool,
    });
    expect(await expectStatus(list, 200)).toContain("Vượt tỷ lệ (có lý do)");
    expect(d1Calls(list)).toBeLessThanOrEqual(2);
    await expectCountersExact(w.t);
  });

  it("records the committee's decision number and date, and refuses them when malformed", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, false);
    await json(await submitReview(a, "midyear"), 201);
    await json(await submitReview(a, "annual"), 201);
    const p = await json<EvaluationOut>(await propose(a.memberId, w.sec1, { level: "tot" }));
    const bad = async (decision: object) =>
      (
        await json<Problem>(
          await decide(p.id, w.secSchool, { level: "tot", version: p.version, ...decision }),
          400,
        )
      ).errors ?? {};
    expect((await bad({ decisionNumber: "125/QĐ" })).decisionNumber).toContain("125-QĐ/ĐU");
    expect((await bad({ decisionNumber: "  " })).decisionNumber).toContain("Cần ghi số quyết định");
    expect((await bad({ decisionDate: "31/02/2026" })).decisionDate).toContain("không hợp lệ");
    expect((await bad({ decisionDate: `01/01/${w.Y + 1}` })).decisionDate).toContain("sau hôm nay");
    expect((await bad({ decisionDate: `31/12/${w.Y - 1}` })).decisionDate).toContain(`01/01/${w.Y}`);
    // None of the refused attempts changed anything: the same version decides.
    const d = await json<EvaluationOut>(
      await decide(p.id, w.secSchool, {
        level: "tot",
        version: p.version,
        decisionNumber: "Số 125-QĐ/ĐU",
        decisionDate: formatViDate(vnToday(Date.now())),
      }),
    );
    expect(d).toMatchObject({
      status: "decided",
      decisionNumber: "125-QĐ/ĐU",
      decisionDate: vnToday(Date.now()),
    });
    const view = await json<EvaluationViewOut>(
      await call("GET", `/api/v1/members/${a.memberId}/evaluation`, { cookie: a.cookie }),
    );
    expect(view.evaluation).toMatchObject({ decisionNumber: "125-QĐ/ĐU", decisionDate: vnToday(Date.now()) });
    await expectCountersExact(w.t);
  });
});
