import { vnYear } from "../../domain/time";
import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { CloseCycleInput, CreateCycleInput, ReopenCycleInput, UpdateCycleInput } from "./cycles.inputs";

import { getCyclePage } from "./cycles.read.service";
import { closeCycle, createCycle, listCycles, reopenCycle, updateCycle } from "./cycles.service";
import { cycleValues } from "./views/cycle-form";
import { CycleDetail, CycleList, type CyclePanel } from "./views/cycles-pages";

const ID = /^[0-9a-z]{16}$/;

/** Form fields → the API's input shape (numbers, lists, booleans). */
function settingsOf(f: Record<string, string>): Record<string, unknown> {
  if (f.frameworkOnly === "1") return { criteriaSetVersionId: f.criteriaSetVersionId || null };
  return {
    exemplarDeadline: f.exemplarDeadline,
    followerDeadline: f.followerDeadline,
    midyearFrom: f.midyearFrom,
    midyearTo: f.midyearTo,
    annualFrom: f.annualFrom,
    annualTo: f.annualTo,
    checkpointMode: f.checkpointMode,
    minItems: f.minItems ? Number(f.minItems) : undefined,
    gating: f.gating === "1",
    reminderDays: (f.reminderDays ?? "")
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number),
  };
}

async function renderList(
  c: Context<AppEnv>,
  form?: { values: Record<string, string>; errors: Record<string, string>; message?: string },
  status = 200,
) {
  const ctx = ctxOf(c);
  requireRole(ctx, "admin", "secretary");
  const items = await listCycles(ctx);
  const next = Math.max(vnYear(ctx.now), ...items.map((i) => i.year + 1));
  const state = form ?? { values: cycleValues(null, next), errors: {} };
  const body = (
    <CycleList items={items} base={tenantPath(c, "")} admin={ctx.actor.role === "admin"} form={state} />
  );
  return page(c, "Chu kỳ năm", body, { status, active: "/admin/cycles" });
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
  return page(c, `Chu kỳ năm ${cycle.year}`, body, { status, active: "/admin/cycles" });
}

async function act(
  c: Context<AppEnv>,
  form: CyclePanel["form"],
  run: (id: string, f: Record<string, string>) => Promise<unknown>,
) {
  requireRole(ctxOf(c), "admin");
  const id = c.req.param("id") ?? "";
  if (!ID.test(id)) throw notFound("Không tìm thấy chu kỳ.");
  const f = formStrings(await readForm(c));
  try {
    await run(id, f);
    return seeOther(c, tenantPath(c, `/admin/cycles/${id}?done=${form}`));
  } catch (e) {
    if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
    return renderCycle(c, id, { form, values: f, errors: e.fields ?? {}, message: e.message }, e.status);
  }
}

const version = (f: Record<string, string>) => Number(f.version);

export const cyclesPages = new Hono<AppEnv>()
  .get("/admin/cycles", (c) => renderList(c))
  .post("/admin/cycles", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin");
    const f = formStrings(await readForm(c));
    try {
      const input = parseForm(CreateCycleInput, { year: Number(f.year), ...settingsOf(f) });
      const cycle = await createCycle(ctx, input);
      return seeOther(c, tenantPath(c, `/admin/cycles/${cycle.id}?done=open`));
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
      return renderList(c, { values: f, errors: e.fields ?? {}, message: e.message }, e.status);
    }
  })
  .get("/admin/cycles/:id", (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy chu kỳ.");
    return renderCycle(c, id);
  })
  .post("/admin/cycles/:id/update", (c) =>
    act(c, "update", (id, f) =>
      updateCycle(ctxOf(c), id, parseForm(UpdateCycleInput, { ...settingsOf(f), version: version(f) })),
    ),
  )
  .post("/admin/cycles/:id/close", (c) =>
    act(c, "close", (id, f) => closeCycle(ctxOf(c), id, parseForm(CloseCycleInput, { version: version(f) }))),
  )
  .post("/admin/cycles/:id/reopen", (c) =>
    act(c, "reopen", (id, f) =>
      reopenCycle(ctxOf(c), id, parseForm(ReopenCycleInput, { version: version(f), reason: f.reason })),
    ),
  );
