import { type Context, Hono } from "hono";
import { isId } from "../../domain/ids";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { readForm } from "../../platform/http";
import { pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { idParam, idQuery, yearParam } from "../../platform/params";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import {
  CellProposalInput,
  DecideInput,
  LIST_STATUSES,
  SelfProposalInput,
  SettingsInput,
} from "./evaluations.inputs";
import { listEvaluations } from "./evaluations-list.service";
import { getSettings, updateSettings } from "./evaluations-settings.service";
import { getEvaluationView } from "./evaluations-view.service";
import { decideEvaluation, proposeCell, proposeSelf } from "./evaluations.service";
import { EvaluationList, SettingsPage } from "./views/evaluation-list";
import { type EvalForm, EvaluationPage } from "./views/evaluation-page";

const showPage = pageUnder("/evaluations");

const NOT_FOUND = "Không tìm thấy đánh giá.";

const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));

async function renderEvaluation(
  c: Context<AppEnv>,
  memberId: string,
  year?: number,
  form?: EvalForm,
  status = 200,
) {
  const ctx = ctxOf(c);
  const v = await getEvaluationView(ctx, memberId, year ?? yearParam(c));
  return showPage(
    c,
    "Đánh giá, xếp loại",
    <EvaluationPage ctx={ctx} v={v} form={form} done={c.req.query("done")} />,
    status,
  );
}

/** The conditions of an evaluation form: repeated checkboxes (the parsed body is cached). */
async function conditionsOf(c: Context<AppEnv>) {
  const raw = await readForm(c);
  return ([] as unknown[]).concat(raw.conditions ?? []).filter((x): x is string => typeof x === "string");
}

/** Runs an evaluation form: 303 back to the member's evaluation, or the page with the errors. */
async function act(
  c: Context<AppEnv>,
  form: EvalForm["form"],
  run: (
    id: string,
    f: Record<string, string>,
    conditions: string[],
  ) => Promise<{ memberId: string; year: number }>,
) {
  const id = form === "self" ? (ctxOf(c).actor.memberId ?? "") : idParam(c, NOT_FOUND);
  const conditions = await conditionsOf(c);
  let error: unknown;
  return submitForm(
    c,
    async (f) => {
      try {
        const r = await run(id, f, conditions);
        return seeOther(c, tenantPath(c, `/members/${r.memberId}/evaluation?year=${r.year}&done=${form}`));
      } catch (e) {
        error = e;
        throw e;
      }
    },
    (state, status) => {
      const memberId = form === "decide" ? (state.values.memberId ?? "") : id;
      if (!isId(memberId)) throw error;
      const year = num(state.values.year) ?? yearParam(c);
      return renderEvaluation(c, memberId, year, { form, conditions, ...state }, status);
    },
  );
}

/** Evaluations of a unit, the own evaluation, settings and decisions: mounted at /evaluations. */
export const evaluationsPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const ctx = ctxOf(c);
    if (ctx.actor.role === "member") {
      if (!ctx.actor.memberId) throw notFound("Tài khoản của đồng chí chưa gắn với hồ sơ đảng viên.");
      return seeOther(c, tenantPath(c, `/members/${ctx.actor.memberId}/evaluation`));
    }
    const status = (LIST_STATUSES as readonly string[]).includes(c.req.query("status") ?? "")
      ? c.req.query("status")!
      : "all";
    const cursor = c.req.query("cursor");
    const list = await listEvaluations(ctx, {
      unitId: idQuery(c, "unitId"),
      year: yearParam(c),
      status: status as (typeof LIST_STATUSES)[number],
      cursor: cursor && cursor.length <= 200 ? cursor : undefined,
    });
    return showPage(c, "Đánh giá, xếp loại", <EvaluationList ctx={ctx} list={list} status={status} />);
  })
  .get("/mine", (c) => {
    const ctx = ctxOf(c);
    if (!ctx.actor.memberId) throw notFound("Tài khoản của đồng chí chưa gắn với hồ sơ đảng viên.");
    return seeOther(c, tenantPath(c, `/members/${ctx.actor.memberId}/evaluation`));
  })
  .get("/settings", async (c) => {
    const ctx = ctxOf(c);
    const s = await getSettings(ctx);
    return showPage(
      c,
      "Cấu hình đánh giá",
      <SettingsPage ctx={ctx} s={s} done={c.req.query("done") === "1"} />,
    );
  })
  .post("/settings", (c) => {
    const ctx = ctxOf(c);
    return submitForm(
      c,
      async (f) => {
        const input = parseForm(SettingsInput, {
          capPercent: num(f.capPercent),
          capEnabled: f.capEnabled === "1",
          version: num(f.version),
        });
        await updateSettings(ctx, input);
        return seeOther(c, tenantPath(c, "/evaluations/settings?done=1"));
      },
      async (form, status) => {
        const s = await getSettings(ctx);
        return showPage(c, "Cấu hình đánh giá", <SettingsPage ctx={ctx} s={s} form={form} />, status);
      },
    );
  })
  .post("/mine/self", (c) =>
    act(c, "self", async (_id, f) => {
      const input = parseForm(SelfProposalInput, {
        ...pickFields(f, "level", "note"),
        year: yearParam(c),
        version: num(f.version),
      });
      const r = await proposeSelf(ctxOf(c), input);
      return { memberId: r.memberId, year: r.year };
    }),
  )
  .post("/:id/decide", (c) =>
    act(c, "decide", async (id, f, conditions) => {
      requireRole(ctxOf(c), "admin", "secretary");
      const input = parseForm(DecideInput, {
        ...pickFields(f, "level", "note", "decisionNumber", "decisionDate"),
        conditions,
        overrideReason: f.overrideReason,
        version: num(f.version),
      });
      const r = await decideEvaluation(ctxOf(c), id, input);
      return { memberId: r.memberId, year: r.year };
    }),
  );

/** A member's evaluation and the cell's proposal: mounted at /members/:id/evaluation. */
export const memberEvaluationPages = new Hono<AppEnv>()
  .get("/", (c) => renderEvaluation(c, idParam(c, NOT_FOUND)))
  .post("/propose", (c) =>
    act(c, "propose", async (id, f, conditions) => {
      requireRole(ctxOf(c), "admin", "secretary");
      const input = parseForm(CellProposalInput, {
        ...pickFields(f, "level", "note"),
        scoreGeneral: num(f.scoreGeneral),
        scoreTasks: num(f.scoreTasks),
        conditions,
        year: yearParam(c),
        version: num(f.version),
      });
      const r = await proposeCell(ctxOf(c), id, input);
      return { memberId: r.memberId, year: r.year };
    }),
  );
