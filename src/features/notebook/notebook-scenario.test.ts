import { vnToday } from "../../domain/time";
import { describe, expect, it } from "vitest";
import { call, expectStatus, json } from "../../../test/harness";
import { PARTS, notebookWorld, pastDayOf, personWithPlan } from "../../../test/notebook-kit";
import { expectCountersExact } from "../../../test/plans-kit";

/** A form post that must answer 303; returns the redirect target. */
async function post(path: string, cookie: string, form: Record<string, string>): Promise<string> {
  const res = await call("POST", path, { cookie, form });
  if (res.status !== 303) expect.fail(`${path} → ${res.status}: ${(await res.text()).slice(0, 400)}`);
  return res.headers.get("location")!;
}

const field = (html: string, re: RegExp) => re.exec(html)?.[1] ?? "";

describe("as a new user would, through the pages", () => {
  it("reviews, the cell's comment, a meeting's praise and criticism, ratings with the cap override: all in the printed notebook", async () => {
    const w = await notebookWorld();
    const slug = w.t.info.slug;
    const a = await personWithPlan(w, w.cell1, true, "Phạm Văn Hùng");
    const b = await personWithPlan(w, w.cell1, false, "Lê Thành Đạt");

    // Each member writes the mid-year and the annual review on their notebook page.
    for (const p of [a, b]) {
      for (const kind of ["midyear", "annual"]) {
        const entry = (
          await post(`/t/${slug}/members/${p.memberId}/notebook/entries`, p.cookie, {
            kind,
            year: String(w.Y),
          })
        ).split("?")[0]!;
        const form: Record<string, string> = { version: "1", action: "submit", ...PARTS };
        p.itemIds.forEach((itemId, i) => {
          form[`progress.${i}.itemId`] = itemId;
          form[`progress.${i}.status`] = "done";
          form[`progress.${i}.note`] = `Kết quả nội dung ${i + 1}`;
        });
        await post(`${entry}/save`, p.cookie, form);
      }
    }

    // The cell's secretary comments on A's annual review from A's notebook.
    const nbA = await expectStatus(
      await call("GET", `/t/${slug}/members/${a.memberId}/notebook?year=${w.Y}`, { cookie: w.sec1 }),
      200,
    );
    const entries = [...nbA.matchAll(/notebook\/entries\/([0-9a-z]{16})/g)].map((m) => m[1]!);
    expect(entries.length).toBe(2);
    await post(`/t/${slug}/notebook/entries/${entries[1]}/comment`, w.sec1, {
      content: "Chi ủy ghi nhận đồng chí hoàn thành tốt kế hoạch năm.",
    });

    // A meeting with one praise and one criticism.
    const meeting = (
      await post(`/t/${slug}/meetings`, w.sec1, {
        unitId: w.cell1.id,
        date: pastDayOf(w.Y),
        kind: "regular",
        minutesNumber: "12-BB/CB",
        attendance: "2",
        expected: "2",
        notes: "Kiểm điểm việc thực hiện mô hình.",
      })
    ).split("?")[0]!;
    await post(`${meeting}/remarks`, w.sec1, {
      memberId: a.memberId,
      remarkKind: "praise",
      content: "Biểu dương đồng chí gương mẫu đi đầu.",
    });
    await post(`${meeting}/remarks`, w.sec1, {
      memberId: b.memberId,
      remarkKind: "criticism",
      content: "Nhắc nhở đồng chí nộp sổ tay đúng hạn.",
    });

    // The cell proposes, the school's committee decides: "tốt" for B, then "xuất sắc" for A over the cap, with a reason.
    for (const [p, level] of [
      [b, "tot"],
      [a, "xuat_sac"],
    ] as const) {
      await post(`/t/${slug}/members/${p.memberId}/evaluation/propose?year=${w.Y}`, w.sec1, { level });
      const html = await expectStatus(
        await call("GET", `/t/${slug}/members/${p.memberId}/evaluation?year=${w.Y}`, { cookie: w.secSchool }),
        200,
      );
      const evId = field(html, /evaluations\/([0-9a-z]{16})\/decide/);
      const form = {
        level,
        version: field(html, /name="version" value="(\d+)"/),
        memberId: p.memberId,
        year: String(w.Y),
        decisionNumber: "12-QĐ/ĐU",
        decisionDate: vnToday(Date.now()),
      };
      if (level === "xuat_sac") {
        expect(html).toContain("Cảnh báo tỷ lệ");
        const warned = await call("POST", `/t/${slug}/evaluations/${evId}/decide`, {
          cookie: w.secSchool,
          form,
        });
        expect(await expectStatus(warned, 400)).toContain("vượt tỷ lệ 20 %");
        await post(`/t/${slug}/evaluations/${evId}/decide`, w.secSchool, {
          ...form,
          overrideReason: "Được Tỉnh ủy tặng Bằng khen trong năm.",
        });
      } else await post(`/t/${slug}/evaluations/${evId}/decide`, w.secSchool, form);
    }

    // A's printed notebook shows it all.
    const print = await expectStatus(
      await call("GET", `/t/${slug}/members/${a.memberId}/notebook/print?year=${w.Y}`, { cookie: a.cookie }),
      200,
    );
    for (const text of [
      "SỔ TAY",
      "Phạm Văn Hùng",
      "Lần 1. Kế hoạch cá nhân",
      "Lần 2. Sơ kết 6 tháng",
      "Lần 3. Tổng kết năm",
      PARTS.strengths,
      PARTS.shortcomings,
      PARTS.remedies,
      "Kết quả nội dung 1",
      "Chi ủy ghi nhận đồng chí hoàn thành tốt kế hoạch năm.",
      "Biểu dương đồng chí gương mẫu đi đầu.",
      "12-BB/CB",
      "Hoàn thành xuất sắc nhiệm vụ",
      "(Ký, ghi rõ họ tên)",
    ])
      expect(print, text).toContain(text);
    expect(print).toContain('class="bare"');
    expect(print).not.toContain("Nhắc nhở đồng chí nộp sổ tay đúng hạn.");
    const printB = await expectStatus(
      await call("GET", `/t/${slug}/members/${b.memberId}/notebook/print?year=${w.Y}`, { cookie: b.cookie }),
      200,
    );
    expect(printB).toContain("Nhắc nhở đồng chí nộp sổ tay đúng hạn.");
    expect(printB).toContain("Hoàn thành tốt nhiệm vụ");
    // And nobody else's.
    await expectStatus(
      await call("GET", `/t/${slug}/members/${a.memberId}/notebook/print?year=${w.Y}`, { cookie: b.cookie }),
      404,
    );
    const list = await json<{ distribution: Record<string, { all: number }> }>(
      await call("GET", `/api/v1/evaluations?unitId=${w.school.id}&year=${w.Y}`, { cookie: w.secSchool }),
    );
    expect([list.distribution.xuat_sac?.all, list.distribution.tot?.all]).toEqual([1, 1]);
    await expectCountersExact(w.t);
  });
});
