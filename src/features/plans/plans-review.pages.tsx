import { formatDateTime, formatNumber } from "../../ui/format";
import { Hono } from "hono";
import type { Context } from "hono";
import { isId } from "../../domain/ids";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { type FormState, page, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { idParam, idQuery, yearParam } from "../../platform/params";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { getDashboardPage } from "./plans-dashboard.service";
import {
  BulkConfirmInput,
  ConfirmPlanInput,
  PLAN_STATUSES,
  type PlanStatus,
  RemindInput,
  ReopenPlanInput,
  ReturnPlanInput,
} from "./plans.inputs";
import { listPlans } from "./plans-queue.service";
import { remindPending } from "./plans-remind.service";
import { confirmPlan, confirmPlans, reopenPlan, returnPlan } from "./plans-review.service";
import { getPlan } from "./plans.service";
import { DashboardPage } from "./views/dashboard";
import { PlanDetail, type ReviewPanel } from "./views/plan-detail";
import { QueuePage } from "./views/queue";

const NOT_FOUND = "Không tìm thấy kế hoạch.";

/** What a reminder reached, told as it is: who has an account, who was reminded earlier today, who has none. */
function remindNotice(q: Record<string, string>): string | undefined {
  if (q.reminded === undefined) return undefined;
  const n = (k: string) => Math.max(0, Number(q[k]) || 0);
  const parts = [
    `Đã nhắc ${formatNumber(n("reminded"))} đồng chí có tài khoản; ${formatNumber(n("unreached"))} đồng chí chưa có tài khoản (hoặc chưa kích hoạt) nên không nhận được nhắc nhở trên hệ thống.`,
  ];
  if (n("unreached"))
    parts.push("Có thể in phiếu đăng nhập (kèm mã QR) cho các đồng chí này tại Đảng viên › Tạo tài khoản.");
  if (n("already"))
    parts.push(
      `${formatNumber(n("already"))} đồng chí đã được nhắc hôm nay lúc ${formatDateTime(n("at")).slice(0, 5)}; mỗi ngày chỉ nhắc một lần.`,
    );
  return parts.join(" ");
}
const statusParam = (c: Context<AppEnv>): PlanStatus => {
  const s = c.req.query("status");
  return (PLAN_STATUSES as readonly string[]).includes(s ?? "") ? (s as PlanStatus) : "submitted";
};

async function renderQueue(c: Context<AppEnv>, form?: FormState, status = 200) {
  const ctx = ctxOf(c);
  const st = statusParam(c);
  const cursor = c.req.query("cursor");
  // From "Việc đang chờ": one cell's plans (a cell outside the subtree is 404).
  const unitId = idQuery(c, "unitId");
  const queue = await listPlans(ctx, { year: yearParam(c), status: st, cursor: cursor || undefined, unitId });
  const body = (
    <QueuePage queue={queue} status={st} base={tenantPath(c, "")} done={c.req.query("done")} {...form} />
  );
  return page(c, "Duyệt kế hoạch", body, { status, active: "/plans/queue" });
}

async function renderPlan(c: Context<AppEnv>, id: string, panel?: ReviewPanel, status = 200) {
  const ctx = ctxOf(c);
  const plan = await getPlan(ctx, id);
  const manager = ctx.actor.role !== "member";
  const body = (
    <PlanDetail
      plan={plan}
      base={tenantPath(c, "")}
      manager={manager}
      panel={panel}
      done={c.req.query("done")}
    />
  );
  return page(c, `Kế hoạch của ${plan.memberName}`, body, {
    status,
    active: manager ? "/plans/queue" : "/my-plan",
  });
}

/** A review form: 303 back to the plan, or the plan with the form's errors (400/409). */
async function review(
  c: Context<AppEnv>,
  form: ReviewPanel["form"],
  run: (id: string, f: Record<string, string>) => Promise<unknown>,
) {
  requireRole(ctxOf(c), "admin", "secretary");
  const id = idParam(c, NOT_FOUND);
  return submitForm(
    c,
    async (f) => {
      await run(id, f);
      return seeOther(c, tenantPath(c, `/plans/${id}?done=${form}`));
    },
    (state, status) => renderPlan(c, id, { form, ...state }, status),
  );
}

const version = (f: Record<string, string>) => Number(f.version);
const BACK = /^\/plans\/dashboard\?unitId=[0-9a-z]{16}&year=\d{4}$/;

export const plansReviewPages = new Hono<AppEnv>()
  .get("/queue", (c) => renderQueue(c))
  .post("/confirm", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    return submitForm(
      c,
      async (f) => {
        const raw = await readForm(c);
        const picked = ([] as unknown[])
          .concat(raw.plan ?? [])
          .filter((v): v is string => typeof v === "string");
        const plans = picked.map((v) => ({ id: v.split(":")[0], version: Number(v.split(":")[1]) }));
        const input = parseForm(BulkConfirmInput, {
          plans,
          ...pickFields(f, "meetingDate", "minutesNumber"),
        });
        await confirmPlans(ctx, input);
        return seeOther(c, tenantPath(c, `/plans/queue?year=${yearParam(c) ?? ""}&done=confirm`));
      },
      (state, status) => renderQueue(c, state, status),
    );
  })
  .get("/dashboard", async (c) => {
    const ctx = ctxOf(c);
    const unitId = c.req.query("unitId");
    if (unitId !== undefined && !isId(unitId)) throw notFound("Không tìm thấy đơn vị.");
    const { dashboard, people } = await getDashboardPage(ctx, { year: yearParam(c), unitId });
    const notice = remindNotice(c.req.query());
    const body = <DashboardPage d={dashboard} people={people} base={tenantPath(c, "")} notice={notice} />;
    return page(c, "Tiến độ lập kế hoạch", body, { active: "/plans/dashboard" });
  })
  .post("/remind", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    const f = formStrings(await readForm(c));
    const input = parseForm(RemindInput, {
      year: Number(f.year),
      memberIds: f.memberId ? [f.memberId] : undefined,
      unitId: f.unitId,
    });
    const r = await remindPending(ctx, input);
    const back = BACK.test(f.back ?? "") ? f.back! : `/plans/dashboard?year=${input.year}`;
    const told = `reminded=${r.sent}&already=${r.alreadyToday}&at=${r.lastRemindedAt ?? ""}&unreached=${r.withoutAccount}`;
    return seeOther(c, tenantPath(c, `${back}&${told}`));
  })
  .get("/:id", (c) => renderPlan(c, idParam(c, NOT_FOUND)))
  .post("/:id/confirm", (c) =>
    review(c, "confirm", (id, f) =>
      confirmPlan(
        ctxOf(c),
        id,
        parseForm(ConfirmPlanInput, {
          version: version(f),
          ...pickFields(f, "meetingDate", "minutesNumber"),
        }),
      ),
    ),
  )
  .post("/:id/return", (c) =>
    review(c, "return", (id, f) =>
      returnPlan(ctxOf(c), id, parseForm(ReturnPlanInput, { version: version(f), comment: f.comment })),
    ),
  )
  .post("/:id/reopen", (c) =>
    review(c, "reopen", (id, f) =>
      reopenPlan(ctxOf(c), id, parseForm(ReopenPlanInput, { version: version(f), reason: f.reason })),
    ),
  );
