import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { Alert } from "../../ui/components";
import { PageTitle } from "../../ui/layout";
import { readEditorForm, saveInputOf } from "./plans.form";
import { SavePlanInput } from "./plans.inputs";
import { NO_PROFILE, getMemberPlan } from "./plans.service";
import { writePlan } from "./plans-write.service";
import { type EditorState, MemberPlanPage } from "./views/member-plan";
import { valuesOf } from "./views/plan-editor";

const ID = /^[0-9a-z]{16}$/;

/** ?year= when it is a plausible year, else the service's default (the current year). */
export function yearParam(c: Context<AppEnv>): number | undefined {
  const y = Number(c.req.query("year"));
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : undefined;
}

async function render(
  c: Context<AppEnv>,
  memberId: string,
  onBehalf: boolean,
  editor?: EditorState,
  status = 200,
) {
  const ctx = ctxOf(c);
  const view = await getMemberPlan(ctx, memberId, yearParam(c));
  const path = onBehalf ? `/plans/members/${memberId}` : "/my-plan";
  const blank = Math.min(10, Math.max(0, Number(c.req.query("blank")) || 0));
  return page(
    c,
    `Kế hoạch năm ${view.year}`,
    <>
      {editor?.message && !view.canEdit && <Alert kind="error">{editor.message}</Alert>}
      <MemberPlanPage
        view={view}
        action={tenantPath(c, `${path}?year=${view.year}`)}
        now={ctx.now}
        onBehalf={onBehalf}
        editor={editor ?? { values: valuesOf(view), errors: {} }}
        done={c.req.query("done")}
        blank={blank}
        years={view.years}
        base={tenantPath(c, path)}
      />
    </>,
    { status, active: onBehalf ? "/plans/queue" : "/my-plan" },
  );
}

/** Save / add row / remove row / submit: 303 back to the page, or the form with its errors. */
async function act(c: Context<AppEnv>, memberId: string, onBehalf: boolean) {
  const ctx = ctxOf(c);
  const { action, values, version } = readEditorForm(formStrings(await readForm(c)));
  const year = yearParam(c);
  try {
    const input = parseForm(SavePlanInput, saveInputOf(values, version));
    const plan = await writePlan(ctx, memberId, {
      content: input,
      submit: action === "submit",
      version,
      year,
    });
    const blank = action === "add" ? `&blank=${Math.min(10, (Number(c.req.query("blank")) || 0) + 1)}` : "";
    const path = onBehalf ? `/plans/members/${memberId}` : "/my-plan";
    return seeOther(c, tenantPath(c, `${path}?year=${plan.year}&done=${action}${blank}`));
  } catch (e) {
    if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
    return render(c, memberId, onBehalf, { values, errors: e.fields ?? {}, message: e.message }, e.status);
  }
}

function noProfile(c: Context<AppEnv>) {
  return page(
    c,
    "Kế hoạch của tôi",
    <>
      <PageTitle title="Kế hoạch của tôi" />
      <Alert kind="info">{NO_PROFILE}</Alert>
    </>,
    { active: "/my-plan" },
  );
}

export const plansMemberPages = new Hono<AppEnv>()
  .get("/my-plan", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary", "member");
    return ctx.actor.memberId ? render(c, ctx.actor.memberId, false) : noProfile(c);
  })
  .post("/my-plan", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary", "member");
    if (!ctx.actor.memberId) throw notFound(NO_PROFILE);
    return act(c, ctx.actor.memberId, false);
  })
  .get("/plans/members/:id", async (c) => {
    requireRole(ctxOf(c), "admin", "secretary");
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy đảng viên.");
    return render(c, id, id !== ctxOf(c).actor.memberId);
  })
  .post("/plans/members/:id", async (c) => {
    requireRole(ctxOf(c), "admin", "secretary");
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy đảng viên.");
    return act(c, id, id !== ctxOf(c).actor.memberId);
  });
