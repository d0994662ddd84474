// Demo data (npm start): on tra-vinh, one earlier meeting of the cell Khoa Xây dựng Đảng with a
// praise, so the meetings page is not empty. The rest of the year stays open to play the
// notebook and evaluation scenario by hand.
import { vnToday } from "../domain/time";
import { and, eq, inArray } from "drizzle-orm";
import { members } from "../db/schema/tenant/members";
import type { SeedState } from "./demo.service";
import { scoped } from "../platform/scope";

import { addRemark, addTurn, createMeeting, generateRotation } from "../features/meetings";

export async function seedMeetingsStep(s: SeedState): Promise<void> {
  const { ctx, demo } = s;
  const cellId = s.unitIds.cb1;
  if (demo.slug !== "tra-vinh" || !cellId) return;
  const cards = demo.people.filter((p) => p.cell === "cb1").map((p) => p.card);
  const rows = await ctx.db
    .select({ id: members.id, fullName: members.fullName })
    .from(members)
    .where(
      scoped(ctx, members.tenantId, and(inArray(members.cardNumber, cards), eq(members.unitId, cellId))),
    );
  const praised = rows.find((m) => m.fullName === "Đặng Thị Mỹ Linh");
  const today = vnToday(ctx.now);
  const date = `${today.slice(0, 4)}-01-20` < today ? `${today.slice(0, 4)}-01-20` : today;
  const meeting = await createMeeting(ctx, {
    unitId: cellId,
    date,
    kind: "regular",
    minutesNumber: "01-BB/CB",
    topic: "",
    attendance: rows.length,
    expected: rows.length,
    notes:
      "Quán triệt kế hoạch thực hiện mô hình năm mới; xác nhận bản đăng ký, kế hoạch cá nhân của đảng viên nhóm 1.",
    remarks: praised
      ? [
          {
            memberId: praised.id,
            kind: "praise",
            content: "Gương mẫu hoàn thành bản đăng ký và kế hoạch cá nhân sớm, đúng yêu cầu.",
          },
        ]
      : [],
  });
  await seedRotation(s, cellId, meeting.id, date, praised?.id);
}

/**
 * The cell's rotation of the year: the vice-secretary reported at the January meeting (with the cell's
 * remark); everyone else, dangvien.nam among them, is planned for the meetings ahead.
 */
async function seedRotation(
  s: SeedState,
  cellId: string,
  meetingId: string,
  held: string,
  reporterId?: string,
) {
  const { ctx } = s;
  const today = vnToday(ctx.now);
  const year = Number(today.slice(0, 4));
  if (reporterId) {
    await addTurn(ctx, { unitId: cellId, memberId: reporterId, date: held });
    await addRemark(ctx, meetingId, {
      memberId: reporterId,
      kind: "report",
      content: "Đồng chí báo cáo đầy đủ, đúng trọng tâm; cần tiếp tục giữ vững vai trò nêu gương trong khoa.",
    });
  }
  const week = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const ahead = week.slice(0, 4) === String(year) ? week : `${year}-12-31`;
  await generateRotation(ctx, {
    unitId: cellId,
    year,
    day: Number(ahead.slice(8)),
    fromMonth: Number(ahead.slice(5, 7)),
  });
}
