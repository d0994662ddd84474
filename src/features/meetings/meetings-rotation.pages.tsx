import { type Context, Hono } from "hono";
import { isId } from "../../domain/ids";
import { vnToday } from "../../domain/time";
import type { AppEnv } from "../../env";
import { invalid, ServiceError } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { idParam, yearParam } from "../../platform/params";
import { ctxOf } from "../../platform/tenant-context";
import { AddTurnInput, GenerateRotationInput, UpdateTurnInput } from "./meetings-rotation.inputs";
import { addTurn, deleteTurn, generateRotation, getRotation, updateTurn } from "./meetings-rotation.service";
import { type RotationForm, RotationPage } from "./views/rotation-page";

const showPage = pageUnder("/meetings");
const NOT_FOUND = "Không tìm thấy lịch báo cáo này.";
const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));

async function render(c: Context<AppEnv>, form?: RotationForm, status = 200) {
  const ctx = ctxOf(c);
  const unitId = form?.values.unitId ?? c.req.query("unitId");
  const data = await getRotation(ctx, {
    unitId: isId(unitId) ? unitId : undefined,
    year: num(form?.values.year) ?? yearParam(c),
  });
  const page = (
    <RotationPage ctx={ctx} data={data} today={vnToday(ctx.now)} form={form} done={c.req.query("done")} />
  );
  return showPage(c, "Lịch báo cáo luân phiên", page, status);
}

/** Runs a rotation form: 303 back to the unit's rotation, or the page again with the errors. */
function act(
  c: Context<AppEnv>,
  form: RotationForm["form"],
  run: (f: Record<string, string>) => Promise<{ unitId: string; year: number; done: string }>,
  turnId?: string,
) {
  return submitForm(
    c,
    async (f) => {
      const to = await run(f);
      return seeOther(c, tenantPath(c, `/report-turns?unitId=${to.unitId}&year=${to.year}&done=${to.done}`));
    },
    (state, status) => render(c, { form, turnId, ...state }, status),
  );
}

/** The rotation of reports before the cell: mounted at /report-turns. */
export const rotationPages = new Hono<AppEnv>()
  .get("/", (c) => render(c))
  .post("/generate", (c) =>
    act(c, "generate", async (f) => {
      const input = parseForm(GenerateRotationInput, {
        unitId: f.unitId,
        year: num(f.year),
        day: num(f.day),
        fromMonth: num(f.fromMonth),
      });
      const out = await generateRotation(ctxOf(c), input);
      return { unitId: out.unit.id, year: out.year, done: "generated" };
    }),
  )
  .post("/", (c) =>
    act(c, "add", async (f) => {
      const t = await addTurn(
        ctxOf(c),
        parseForm(AddTurnInput, { unitId: f.unitId, memberId: f.memberId, date: f.date }),
      );
      return { unitId: t.unitId, year: t.year, done: "added" };
    }),
  )
  .post("/:id/update", (c) => {
    const id = idParam(c, NOT_FOUND);
    return act(
      c,
      "turn",
      async (f) => {
        try {
          const t = await updateTurn(
            ctxOf(c),
            id,
            parseForm(UpdateTurnInput, { date: f[`d-${id}`] ?? f.date, version: num(f.version) }),
          );
          return { unitId: t.unitId, year: t.year, done: "updated" };
        } catch (e) {
          // The date's error belongs to the field of this turn.
          if (e instanceof ServiceError && e.fields?.date)
            throw invalid({ [`d-${id}`]: e.fields.date }, e.message);
          throw e;
        }
      },
      id,
    );
  })
  .post("/:id/delete", (c) => {
    const id = idParam(c, NOT_FOUND);
    return act(
      c,
      "turn",
      async (f) => {
        const t = await deleteTurn(ctxOf(c), id, Number(f.version));
        return { unitId: t.unitId, year: t.year, done: "deleted" };
      },
      id,
    );
  });
