import { Hono } from "hono";
import type { Context } from "hono";
import { isId } from "../../domain";
import type { AppEnv } from "../../env";
import { invalid, notFound } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { page, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { createUnit, deleteUnit, setUnitStatus, updateUnit } from "./orgs-edit.service";
import { moveUnit } from "./orgs-move.service";
import { CreateUnitInput, UpdateUnitInput } from "./orgs.inputs";
import { UNIT_NOT_FOUND, getHomeUnitId, getUnitByCode, getUnitView } from "./orgs.service";
import { UnitPage, type UnitPanel } from "./views/unit-page";

async function render(c: Context<AppEnv>, id: string, panel?: UnitPanel, status = 200) {
  const ctx = ctxOf(c);
  const view = await getUnitView(ctx, id);
  return page(
    c,
    view.unit.name,
    <UnitPage ctx={ctx} view={view} panel={panel} done={c.req.query("done")} />,
    {
      active: "/admin/units",
      status,
    },
  );
}

function unitId(c: Context<AppEnv>): string {
  const id = c.req.param("id");
  if (!isId(id)) throw notFound(UNIT_NOT_FOUND);
  return id;
}

/** Runs a unit form action: 303 back to the unit on success, the page with field errors otherwise. */
function act(
  c: Context<AppEnv>,
  form: UnitPanel["form"],
  run: (f: Record<string, string>) => Promise<string>,
) {
  const id = c.req.param("id");
  if (!isId(id)) throw notFound();
  return submitForm(
    c,
    async (f) => seeOther(c, tenantPath(c, `/admin/units/${await run(f)}?done=${form}`)),
    (state, status) => render(c, id, { form, ...state }, status),
  );
}

const version = (f: Record<string, string>) => Number(f.version);

/** Mounted at /t/:slug/admin/units. */
export const orgsPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const id = await getHomeUnitId(ctxOf(c));
    if (!id) throw notFound(UNIT_NOT_FOUND);
    return seeOther(c, tenantPath(c, `/admin/units/${id}`));
  })
  .get("/:id", (c) => render(c, unitId(c)))
  .post("/:id/children", (c) =>
    act(c, "create", async (f) => {
      const input = parseForm(CreateUnitInput, {
        parentId: c.req.param("id"),
        ...pickFields(f, "kind", "code", "name"),
      });
      return (await createUnit(ctxOf(c), input)).id;
    }),
  )
  .post("/:id/update", (c) =>
    act(c, "update", async (f) => {
      const input = parseForm(UpdateUnitInput, { name: f.name, code: f.code, version: version(f) });
      return (await updateUnit(ctxOf(c), c.req.param("id"), input)).id;
    }),
  )
  .post("/:id/move", (c) =>
    act(c, "move", async (f) => {
      const ctx = ctxOf(c);
      const parent = await getUnitByCode(ctx, f.parentCode ?? "");
      return (await moveUnit(ctx, c.req.param("id"), { parentId: parent.id, version: version(f) })).id;
    }),
  )
  .post("/:id/retire", (c) =>
    act(
      c,
      "status",
      async (f) => (await setUnitStatus(ctxOf(c), c.req.param("id"), "retired", version(f))).id,
    ),
  )
  .post("/:id/restore", (c) =>
    act(
      c,
      "status",
      async (f) => (await setUnitStatus(ctxOf(c), c.req.param("id"), "active", version(f))).id,
    ),
  )
  .post("/:id/delete", (c) =>
    act(c, "delete", async (f) => {
      const ctx = ctxOf(c);
      requireRole(ctx, "admin");
      const { unit } = await getUnitView(ctx, c.req.param("id"));
      // A deletion cannot be undone: the page asks for the unit's name, typed (works without JavaScript).
      if ((f.confirmName ?? "").trim().normalize("NFC") !== unit.name)
        throw invalid({ confirmName: `Gõ đúng tên đơn vị «${unit.name}» để xác nhận xóa.` });
      await deleteUnit(ctx, unit.id, version(f));
      return unit.parentId ?? unit.id;
    }),
  );
