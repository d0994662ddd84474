import { Hono } from "hono";
import type { Context } from "hono";
import { isId, vnYear } from "../../domain";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { type FormState, pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { CloseCycleInput, CreateCycleInput, ReopenCycleInput, UpdateCycleInput } from "./cycles.inputs";
import { DATE_FIELDS } from "./cycles.rules";
import {
  closeCycle,
  createCycle,
  getCyclePage,
  listCycles,
  reopenCycle,
  updateCycle,
} from "./cycles.service";
import { cycleValues } from "./views/cycle-form";
import { CycleDetail, CycleList, type CyclePanel } from "./views/cycles-pages";

const showPage = pageUnder("/admin/cycles");

/** Form fields → the API's input shape (numbers, lists, booleans). */
function settingsOf(f: Record<string, string>): Record<string, unknown> {
  if (f.frameworkOnly === "1") return { criteriaSetVersionId: f.criteriaSetVersionId || null };
  return {
    ...pickFields(f, ...DATE_FIELDS, "checkpointMode"),
    minItems: f.minItems ? Number(f.minItems) : undefined,
    gating: f.gating === "1",
    reminderDays: (f.reminderDays ?? "")
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number),
  };
}

async function renderList(c: Context<AppEnv>, form?: FormState, status = 200) {
  const ctx = ctxOf(c);
  requireRole(ctx, "admin", "secretary");
  const items = await listCycles(ctx);
  const next = Math.max(vnYear(ctx.now), ...items.map((i) => i.year + 1));
  const state = form ?? { values: cycleValues(null, next), errors: {} };
  const body = (
    <CycleList items={items} base={tenantPath(c, "")} admin={ctx.actor.role === "admin"} form={state} />
  );
  return showPage(c, "Chu kỳ năm", body, status);
}

async function renderCycle(c: Context<AppEnv>, id: string, panel?: CyclePanel, status = 200) {
  const ctx = ctxOf(c);
  const { cycle, frameworks } = await getCyclePage(ctx, id);
  const values = panel?.form === "update" ? panel.values : cycleValues(cycle, cycle.year);
  const body = (
    <CycleDetail
      c={cycle}
      frameworks={frameworks}
      base={tenantPath(c, "")}
      admin={ctx.actor.role === "admin"}
      panel={panel}
      values={values}
      done={c.req.query("done")}
    />
  );
  return showPage(c, `Chu kỳ năm ${cycle.year}`, body, status);
}

function cycleId(c: Context<AppEnv>): string {
  const id = c.req.param("id");
  if (!isId(id)) throw notFound("Không tìm thấy chu kỳ.");
  return id;
}

/** A cycle form: 303 back to the cycle, or the cycle page again with the form's errors. */
function act(
  c: Context<AppEnv>,
  form: CyclePanel["form"],
  run: (id: string, f: Record<string, string>) => Promise<unknown>,
) {
  requireRole(ctxOf(c), "admin");
  const id = cycleId(c);
  return submitForm(
    c,
    async (f) => {
      await run(id, f);
      return seeOther(c, tenantPath(c, `/admin/cycles/${id}?done=${form}`));
    },
    (state, status) => renderCycle(c, id, { form, ...state }, status),
  );
}

const version = (f: Record<string, string>) => Number(f.version);

/** Mounted at /t/:slug/admin/cycles. */
export const cyclesPages = new Hono<AppEnv>()
  .get("/", (c) => renderList(c))
  .post("/", (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin");
    return submitForm(
      c,
      async (f) => {
        const cycle = await createCycle(
          ctx,
          parseForm(CreateCycleInput, { year: Number(f.year), ...settingsOf(f) }),
        );
        return seeOther(c, tenantPath(c, `/admin/cycles/${cycle.id}?done=open`));
      },
      (state, status) => renderList(c, state, status),
    );
  })
  .get("/:id", (c) => renderCycle(c, cycleId(c)))
  .post("/:id/update", (c) =>
    act(c, "update", (id, f) =>
      updateCycle(ctxOf(c), id, parseForm(UpdateCycleInput, { ...settingsOf(f), version: version(f) })),
    ),
  )
  .post("/:id/close", (c) =>
    act(c, "close", (id, f) => closeCycle(ctxOf(c), id, parseForm(CloseCycleInput, { version: version(f) }))),
  )
  .post("/:id/reopen", (c) =>
    act(c, "reopen", (id, f) =>
      reopenCycle(ctxOf(c), id, parseForm(ReopenCycleInput, { version: version(f), reason: f.reason })),
    ),
  );
