import { vnYear } from "../../domain/time";
import { sql } from "drizzle-orm";
import { tenantState } from "../../db/schema/tenant/core";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict } from "../../platform/errors";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { ONBOARDING_PROBES, type StepKey } from "./onboarding.queries";

export interface OnboardingStep {
  key: StepKey;
  title: string;
  hint: string;
  href: string;
  done: boolean;
}

export interface OnboardingState {
  steps: OnboardingStep[];
  done: number;
  complete: boolean;
  hidden: boolean;
  /** Unverified tenants work under a member cap until an operator verifies them. */
  memberCap: number | null;
}

const STEPS: { key: StepKey; title: string; hint: string; path: string }[] = [
  {
    key: "criteria",
    title: "Chọn khung tiêu chí",
    hint: "Dùng khung của cấp trên hoặc mẫu có sẵn (5 tiêu chí nhóm 1, 6 tiêu chí nhóm 2), cụ thể hóa rồi ban hành.",
    path: "/admin/criteria",
  },
  {
    key: "tree",
    title: "Xây dựng cây tổ chức hoặc nhập danh sách đảng viên",
    hint: "Thêm các đảng bộ, chi bộ trực thuộc, hoặc nhập danh sách đảng viên từ tệp Excel.",
    path: "/admin/units",
  },
  {
    key: "secretaries",
    title: "Tạo tài khoản cho các bí thư",
    hint: "Nhập số thẻ đảng viên để tài khoản gắn với hồ sơ (bí thư cũng lập kế hoạch, ghi sổ tay); mỗi bí thư nhận một liên kết đặt mật khẩu.",
    path: "/admin/accounts",
  },
  {
    key: "cycle",
    title: "Mở đợt đăng ký của năm",
    hint: "Đặt hạn đăng ký cho nhóm 1, nhóm 2 và các mốc tự kiểm điểm giữa năm, cuối năm.",
    path: "/admin/cycles",
  },
];

/** The one statement the home page adds to its read batch (admins only; null otherwise). */
export function onboardingQuery(ctx: Ctx) {
  if (ctx.actor.role !== "admin") return null;
  const cols: Record<string, ReturnType<typeof sql<number>>> = {};
  ONBOARDING_PROBES.forEach((p, i) => {
    cols[`p${i}`] = sql<number>`${p.count(ctx)}`;
  });
  return ctx.db
    .select({ ...cols, settings: tenantState.settingsJson })
    .from(tenantState)
    .where(scoped(ctx, tenantState.tenantId))
    .limit(1);
}

/** The checklist from the row onboardingQuery read. */
export function onboardingState(
  ctx: Ctx,
  rows: Record<string, unknown>[] | undefined,
): OnboardingState | null {
  const row = rows?.[0];
  if (ctx.actor.role !== "admin" || !row) return null;
  const settings = JSON.parse(String(row.settings ?? "{}")) as { onboardingHiddenAt?: number };
  const done = new Set(ONBOARDING_PROBES.filter((_p, i) => Number(row[`p${i}`] ?? 0) > 0).map((p) => p.step));
  const steps = STEPS.map((s) => ({
    key: s.key,
    title: s.key === "cycle" ? `${s.title} ${vnYear(ctx.now)}` : s.title,
    hint: s.hint,
    href: `/t/${ctx.tenant.slug}${s.path}`,
    done: done.has(s.key),
  }));
  const count = steps.filter((s) => s.done).length;
  return {
    steps,
    done: count,
    complete: count === steps.length,
    hidden: !!settings.onboardingHiddenAt,
    memberCap: ctx.tenant.memberCap,
  };
}

/** The checklist on its own (API): one round trip. */
export async function getOnboarding(ctx: Ctx): Promise<OnboardingState> {
  requireRole(ctx, "admin");
  const q = onboardingQuery(ctx)!;
  return onboardingState(ctx, await q)!;
}

/** The admin hides the checklist before finishing it (it stays reachable through the API). */
export async function hideOnboarding(ctx: Ctx): Promise<void> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const state = await getOnboarding(ctx);
  if (state.hidden) throw conflict("Danh sách việc cần làm đã được ẩn trước đó.");
  await writeBatch(ctx.db, [
    ctx.db
      .update(tenantState)
      .set({ settingsJson: sql`json_set(${tenantState.settingsJson}, '$.onboardingHiddenAt', ${ctx.now})` })
      .where(scoped(ctx, tenantState.tenantId)),
    auditInsert(ctx, {
      action: "onboarding.hide",
      entityType: "tenant",
      entityId: ctx.tenant.id,
      after: { done: state.done },
    }),
  ]);
}
