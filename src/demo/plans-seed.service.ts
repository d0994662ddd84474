// Demo data (npm start): each demo tenant opens the current year's cycle; on tra-vinh the
// secretary of the cell Khoa Xây dựng Đảng has submitted a plan that the school's secretary
// confirmed. Everyone else has not started, so the scenario can be played by hand.
import { vnToday, vnYear } from "../domain/time";
import { and, eq } from "drizzle-orm";
import { accounts, units } from "../db/schema/tenant/core";
import type { Ctx } from "../platform/context";
import { scoped } from "../platform/scope";
import type { SeedState } from "./demo.service";
import { daysBetween } from "../features/cycles";
import { createCycle } from "../features/cycles";
import { confirmPlan, getMemberPlan, writePlan } from "../features/plans";

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The ctx of a demo account (with its member record), for writing as that person. */
export async function actAs(s: SeedState, login: string): Promise<Ctx | null> {
  const id = s.accountIds[login];
  if (!id) return null;
  const rows = await s.ctx.db
    .select({ a: accounts, path: units.path })
    .from(accounts)
    .innerJoin(units, and(eq(units.id, accounts.unitId), eq(units.tenantId, accounts.tenantId)))
    .where(scoped(s.ctx, accounts.tenantId, eq(accounts.id, id)));
  const r = rows[0];
  if (!r) return null;
  const a = r.a;
  return {
    ...s.ctx,
    actor: {
      accountId: a.id,
      login: a.login,
      displayName: a.displayName,
      role: a.role as Ctx["actor"]["role"],
      unitId: a.unitId,
      unitPath: r.path,
      memberId: a.memberId,
      sessionId: "seed",
    },
  };
}

export async function seedPlansStep(s: SeedState): Promise<void> {
  const year = vnYear(s.ctx.now);
  const today = vnToday(s.ctx.now);
  // In January the usual deadlines; later in the year the demo's deadlines lie ahead of today.
  const early = daysBetween(today, `${year}-01-15`) > 0;
  await createCycle(s.ctx, {
    year,
    ...(early ? {} : { exemplarDeadline: addDays(today, 14), followerDeadline: addDays(today, 28) }),
  });
  if (s.demo.slug !== "tra-vinh") return;
  const secretary = await actAs(s, "bithu.cb1");
  const school = await actAs(s, "bithu.truong");
  const memberId = secretary?.actor.memberId;
  if (!secretary || !school || !memberId) return;
  const view = await getMemberPlan(secretary, memberId, year);
  const items = view.criteria.slice(0, 4).map((c, i) => ({
    criterionVersionId: c.criterionVersionId,
    commitment: [
      "Gương mẫu thực hiện nghiêm quy chế làm việc, đi đầu trong giờ giấc, tác phong giảng dạy.",
      "Chủ động đổi mới phương pháp giảng dạy, liên hệ thực tiễn cơ sở trong từng bài giảng.",
      "Không nói, làm trái quy định; giữ gìn phẩm chất đạo đức, lối sống trong gia đình và nơi cư trú.",
      "Hướng dẫn, kèm cặp đảng viên trẻ của chi bộ viết bản đăng ký và sổ tay làm theo gương Bác.",
    ][i]!,
    measure: [
      "Không vi phạm, được chi bộ ghi nhận",
      "02 bài giảng đổi mới/học kỳ",
      "Không vi phạm",
      "Các đảng viên trẻ hoàn thành đúng hạn",
    ][i]!,
    dueDate: `${year}-12-15`,
  }));
  const registration =
    "Tôi đăng ký học tập và làm theo tấm gương đạo đức, phong cách Hồ Chí Minh: nêu gương trong giảng dạy, sinh hoạt chi bộ và nơi cư trú.";
  const plan = await writePlan(secretary, memberId, { content: { registration, items }, submit: true, year });
  const meetingDate = today < `${year}-01-20` ? today : `${year}-01-20`;
  await confirmPlan(school, plan.id, { version: plan.version, meetingDate, minutesNumber: "01-BB/CB" });
}
