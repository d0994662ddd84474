// Who is told what along the year's loop: each notification is written in the batch of the
// change it announces (no extra round trip), addressed to the right people only.
import { describe, expect, it } from "vitest";
import { call, d1Calls, json } from "../../../test/harness";
import {
  decide,
  notebookWorld,
  pastDayOf,
  personWithPlan,
  propose,
  submitReview,
} from "../../../test/notebook-kit";
import { planVerb } from "../../../test/plans-kit";
import type { NotificationListOut } from "./notifications.inputs";

const notes = async (cookie: string) =>
  (await json<NotificationListOut>(await call("GET", "/api/v1/notifications?limit=100", { cookie }))).items;
const kinds = async (cookie: string) => (await notes(cookie)).map((n) => n.kind);

describe("notifications along the year's loop", () => {
  it("plan submitted → the cell's secretaries; returned, confirmed → the member", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true, "Trần Thị Hoa");
    const [n] = await notes(w.sec1);
    expect(n).toMatchObject({
      kind: "plan.submitted",
      title: `Kế hoạch năm ${w.Y} của đồng chí Trần Thị Hoa chờ xác nhận`,
    });
    expect(n!.body).toContain("Chi bộ Một");
    const planId = n!.link!.replace("/plans/", "");
    // Not the other cell's secretary, nor the school's, nor another member of the cell.
    const b = await personWithPlan(w, w.cell2, true);
    expect(await kinds(w.sec2)).toEqual(["plan.submitted"]);
    expect(await kinds(w.secSchool)).toEqual([]);
    expect((await notes(w.sec1)).map((x) => x.link)).toEqual([`/plans/${planId}`]);
    expect(await kinds(b.cookie)).toEqual([]);

    const plan = await json<{ version: number }>(
      await call("GET", `/api/v1/plans/${planId}`, { cookie: w.sec1 }),
    );
    await json(
      await call("POST", `/api/v1/plans/${planId}/return`, {
        cookie: w.sec1,
        json: { version: plan.version, comment: "Bổ sung thời hạn cụ thể." },
      }),
    );
    // Resubmitted: announced again, in the submit's own batch (session + read + write).
    const returned = await json<{ version: number }>(
      await call("GET", `/api/v1/plans/${planId}`, { cookie: a.cookie }),
    );
    const again = await planVerb("/api/v1/plans/mine/submit", a.cookie, returned.version);
    expect(d1Calls(again)).toBeLessThanOrEqual(3);
    const resubmitted = await json<{ version: number }>(again);
    expect(await kinds(w.sec1)).toEqual(["plan.submitted", "plan.submitted"]);
    await json(await planVerb(`/api/v1/plans/${planId}/confirm`, w.sec1, resubmitted.version));
    expect(await kinds(a.cookie)).toEqual(["plan.confirmed", "plan.returned"]);
  });

  it("the cell's notebook comment, praise and criticism, the proposal and the decision → the member", async () => {
    const w = await notebookWorld();
    const a = await personWithPlan(w, w.cell1, true);
    const other = await personWithPlan(w, w.cell1, false);
    await json(await submitReview(a, "midyear"), 201);
    const entry = await json<{ id: string }>(await submitReview(a, "annual"), 201);
    const comment = await call("POST", `/api/v1/notebook/entries/${entry.id}/comments`, {
      cookie: w.sec1,
      json: { content: "Chi ủy ghi nhận đồng chí hoàn thành tốt kế hoạch." },
    });
    expect(comment.status).toBe(201);
    expect(d1Calls(comment)).toBeLessThanOrEqual(3);
    const [c] = await notes(a.cookie);
    expect(c).toMatchObject({ kind: "notebook.comment", link: `/notebook/entries/${entry.id}` });
    expect(c!.body).toContain("Chi ủy ghi nhận đồng chí hoàn thành tốt kế hoạch.");

    const meeting = await json<{ id: string }>(
      await call("POST", "/api/v1/meetings", {
        cookie: w.sec1,
        json: {
          unitId: w.cell1.id,
          date: pastDayOf(w.Y),
          kind: "regular",
          minutesNumber: "07-BB/CB",
          attendance: 2,
          expected: 2,
          remarks: [
            { memberId: a.memberId, kind: "praise", content: "Gương mẫu đi đầu trong chuyển đổi số." },
          ],
        },
      }),
      201,
    );
    const criticism = await call("POST", `/api/v1/meetings/${meeting.id}/remarks`, {
      cookie: w.sec1,
      json: { memberId: a.memberId, kind: "criticism", content: "Nộp sổ tay chậm." },
    });
    expect(criticism.status).toBe(201);
    const remarks = (await notes(a.cookie)).filter((x) => x.kind.startsWith("meeting."));
    expect(remarks.map((x) => [x.kind, x.link])).toEqual([
      ["meeting.criticism", `/notebook?year=${w.Y}`],
      ["meeting.praise", `/notebook?year=${w.Y}`],
    ]);
    expect(remarks[1]!.body).toContain("biên bản số 07-BB/CB");

    const ev = await json<{ id: string; version: number }>(
      await propose(a.memberId, w.sec1, { year: w.Y, level: "tot" }),
    );
    await json(await decide(ev.id, w.secSchool, { level: "tot", version: ev.version }));
    const [decided, proposed] = await notes(a.cookie);
    expect([proposed!.kind, decided!.kind]).toEqual(["evaluation.proposed", "evaluation.decided"]);
    expect(decided!.body).toContain("Hoàn thành tốt nhiệm vụ");
    expect(decided!.link).toBe(`/members/${a.memberId}/evaluation?year=${w.Y}`);
    // Nothing reached the other member of the cell beyond their own plan's news.
    expect(await kinds(other.cookie)).toEqual([]);
  });
});
