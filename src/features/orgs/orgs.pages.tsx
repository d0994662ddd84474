import { moveUnit } from "./orgs-move.service";
import { createUnit, deleteUnit, setUnitStatus, updateUnit } from "./orgs-edit.service";
import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError } from "../../platform/errors";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { notFound } from "../../platform/errors";
import { CreateUnitInput, UpdateUnitInput } from "./orgs.inputs";
import { getHomeUnitId, getUnitByCode, getUnitView } from "./orgs.service";
import { UnitPage, type UnitPanel } from "./views/unit-page";
import { parseForm } from "../../platform/forms";

const ID = /^[0-9a-z]{16}$/;

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

/** Runs a unit form action: 303 back to the unit on success, the page with field errors otherwise. */
async function act(
  c: Context<AppEnv>,
  form: UnitPanel["form"],
  run: (f: Record<string, string>) => Promise<string>,
) {
  const id = c.req.param("id") ?? "";
  if (!ID.test(id)) throw notFound();
  const f = formStrings(await readForm(c));
  try {
    const target = await run(f);
    return seeOther(c, tenantPath(c, `/admin/units/${target}?done=${form}`));
  } catch (e) {
    if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
    return render(c, id, { form, values: f, errors: e.fields ?? {}, message: e.message }, e.status);
  }
}

const version = (f: Record<string, string>) => Number(f.version);

export const orgsPages = new Hono<AppEnv>()
  .get("/admin/units", async (c) => {
    const id = await getHomeUnitId(ctxOf(c));
    if (!id) throw notFound("Không tìm thấy đơn vị.");
    return seeOther(c, tenantPath(c, `/admin/units/${id}`));
  })
  .get("/admin/units/:id", async (c) => {
    const id = c.req.param("id");
    if (!ID.test(id)) throw notFound("Không tìm thấy đơn vị.");
    return render(c, id);
  })
  .post("/admin/units/:id/children", (c) =>
    act(c, "create", async (f) => {
      const input = parseForm(CreateUnitInput, {
        parentId: c.req.param("id"),
        kind: f.kind,
        code: f.code,
        name: f.name,
      });
      return (await createUnit(ctxOf(c), input)).id;
    }),
  )
  .post("/admin/units/:id/update", (c) =>
    act(c, "update", async (f) => {
      const input = parseForm(UpdateUnitInput, { name: f.name, code: f.code, version: version(f) });
      return (await updateUnit(ctxOf(c), c.req.param("id"), input)).id;
    }),
  )
  .post("/admin/units/:id/move", (c) =>
    act(c, "move", async (f) => {
      const ctx = ctxOf(c);
      const parent = await getUnitByCode(ctx, f.parentCode ?? "");
      return (await moveUnit(ctx, c.req.param("id"), { parentId: parent.id, version: version(f) })).id;
    }),
  )
  .post("/admin/units/:id/retire", (c) =>
    act(
      c,
      "status",
      async (f) => (await setUnitStatus(ctxOf(c), c.req.param("id"), "retired", version(f))).id,
    ),
  )
  .post("/admin/units/:id/restore", (c) =>
    act(
      c,
      "status",
      async (f) => (await setUnitStatus(ctxOf(c), c.req.param("id"), "active", version(f))).id,
    ),
  )
  .post("/admin/units/:id/delete", (c) =>
    act(c, "delete", async (f) => {
      const ctx = ctxOf(c);
      const { unit } = await getUnitView(ctx, c.req.param("id"));
      await deleteUnit(ctx, unit.id, version(f));
      return unit.parentId ?? unit.id;
    }),
  );
