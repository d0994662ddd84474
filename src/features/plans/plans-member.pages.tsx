import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { page, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { idParam, yearParam } from "../../platform/params";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { Alert } from "../../ui/components";
import { PageTitle } from "../../ui/layout";
import { SavePlanInput } from "./plans.inputs";
import { NO_MEMBER, NO_PROFILE, getMemberPlan } from "./plans.service";
import { writePlan } from "./plans-write.service";
import { type EditorState, MemberPlanPage } from "./views/member-plan";
import { type EditorRow, type EditorValues, valuesOf } from "./views/plan-editor";

// Reading the plan editor's form (no JavaScript): rows come as items.N.field; blank rows are
// dropped, "remove-N" drops row N, and the rest becomes the same input the JSON API takes.

export type EditorAction = "save" | "submit" | "add" | "remove";

export function readEditorForm(f: Record<string, string>): {
  action: EditorAction;
  values: EditorValues;
  version: number | undefined;
} {
  const byIndex = new Map<number, Partial<EditorRow>>();
  for (const [k, v] of Object.entries(f)) {
    const m = /^items\.(\d{1,2})\.(id|criterionVersionId|link|commitment|measure|dueDate)$/.exec(k);
    if (!m) continue;
    const row = byIndex.get(Number(m[1])) ?? {};
    row[m[2] as keyof EditorRow] = v.trim();
    byIndex.set(Number(m[1]), row);
  }
  const raw = f.action ?? "save";
  const remove = /^remove-(\d{1,2})$/.exec(raw);
  const rows: EditorRow[] = [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([i]) => !remove || i !== Number(remove[1]))
    .map(([, r]) => ({
      id: r.id || undefined,
      criterionVersionId: r.criterionVersionId ?? "",
      link: r.link ?? "",
      commitment: r.commitment ?? "",
      measure: r.measure ?? "",
      dueDate: r.dueDate ?? "",
    }))
    .filter((r) => r.criterionVersionId || r.commitment || r.measure || r.dueDate);
  const action: EditorAction = remove ? "remove" : raw === "submit" || raw === "add" ? raw : "save";
  const version = /^\d{1,9}$/.test(f.version ?? "") ? Number(f.version) : undefined;
  return { action, values: { registration: f.registration ?? "", rows }, version };
}

const opt = (s: string) => (s === "" ? undefined : s);

/** The editor values as SavePlanInput's shape (validated by the same schema as the API). */
export function saveInputOf(values: EditorValues, version: number | undefined) {
  return {
    registration: values.registration,
    version,
    items: values.rows.map((r) => ({
      id: r.id,
      criterionVersionId: opt(r.criterionVersionId),
      focusIssueId: r.link && r.link !== "theme" ? r.link : undefined,
      yearTheme: r.link === "theme" ? true : undefined,
      commitment: opt(r.commitment),
      measure: opt(r.measure),
      dueDate: opt(r.dueDate),
    })),
  };
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
function act(c: Context<AppEnv>, memberId: string, onBehalf: boolean) {
  return submitForm(
    c,
    async (f) => {
      const { action, values, version } = readEditorForm(f);
      const input = parseForm(SavePlanInput, saveInputOf(values, version));
      const plan = await writePlan(ctxOf(c), memberId, {
        content: input,
        submit: action === "submit",
        version,
        year: yearParam(c),
      });
      const blank = action === "add" ? `&blank=${Math.min(10, (Number(c.req.query("blank")) || 0) + 1)}` : "";
      const path = onBehalf ? `/plans/members/${memberId}` : "/my-plan";
      return seeOther(c, tenantPath(c, `${path}?year=${plan.year}&done=${action}${blank}`));
    },
    (state, status) =>
      render(c, memberId, onBehalf, { ...state, values: readEditorForm(state.values).values }, status),
  );
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

/** The member's own plan: mounted at /my-plan. */
export const myPlanPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary", "member");
    return ctx.actor.memberId ? render(c, ctx.actor.memberId, false) : noProfile(c);
  })
  .post("/", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary", "member");
    if (!ctx.actor.memberId) throw notFound(NO_PROFILE);
    return act(c, ctx.actor.memberId, false);
  });

/** A member's plan, written by the cell on their behalf: mounted at /plans/members. */
export const memberPlanPages = new Hono<AppEnv>()
  .get("/:id", async (c) => {
    requireRole(ctxOf(c), "admin", "secretary");
    const id = idParam(c, NO_MEMBER);
    return render(c, id, id !== ctxOf(c).actor.memberId);
  })
  .post("/:id", async (c) => {
    requireRole(ctxOf(c), "admin", "secretary");
    const id = idParam(c, NO_MEMBER);
    return act(c, id, id !== ctxOf(c).actor.memberId);
  });
