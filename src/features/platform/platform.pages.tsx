import { type Context, Hono } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther } from "../../platform/pages";
import { runInBackground } from "./background";
import { getTenantJob, listAudit, listTenants, startMove, tenantDetail } from "./console.service";
import { changeStatus } from "./console.status.service";
import { cancelDeletion, scheduleDeletion } from "./deletion.service";
import { type OpCtx, jobOut } from "./jobs.service";
import { anonOpOf, clearOpCookie, opOf, readOpCookie, writeOpCookie } from "./operator-http";
import { operatorLogin, operatorLogout } from "./operators.service";
import { DeletionInput, MoveInput, OperatorLoginInput, TenantListQuery } from "./platform.inputs";
import { refreshStats } from "./stats.service";
import { OperatorLoginView } from "./views/console-common";
import { type DetailPanel, TenantDetailView } from "./views/tenant-detail";
import { AuditView, TenantListView } from "./views/tenant-list";

const ID = /^[0-9a-z]{16}$/;

function tenantId(c: Context<AppEnv>): string {
  const id = c.req.param("id") ?? "";
  if (!ID.test(id)) throw new ServiceError("not_found", "Không tìm thấy đơn vị.");
  return id;
}

async function renderDetail(c: Context<AppEnv>, id: string, panel?: DetailPanel, status = 200) {
  const o = opOf(c);
  const d = await tenantDetail(o, id);
  const jobs = d.jobs.map((j) => jobOut(j));
  const moving = jobs.find((j) => j.kind === "move" && (j.status === "pending" || j.status === "running"));
  if (moving && status === 200) runInBackground(c, moving.id, o.operator);
  return page(
    c,
    d.tenant.name,
    <TenantDetailView
      operator={c.get("operator")!}
      d={d}
      jobs={jobs}
      done={c.req.query("done")}
      panel={panel}
    />,
    { status, refresh: moving ? 3 : undefined },
  );
}

/** Runs a console form action: 303 back to the tenant, or the page with the error (400/409). */
async function act(
  c: Context<AppEnv>,
  form: DetailPanel["form"],
  done: string,
  run: (o: OpCtx, id: string, f: Record<string, string>) => Promise<unknown>,
) {
  const id = tenantId(c);
  const f = formStrings(await readForm(c));
  try {
    await run(opOf(c), id, f);
    return seeOther(c, `/platform/tenants/${id}?done=${done}`);
  } catch (e) {
    if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
    return renderDetail(c, id, { form, values: f, errors: e.fields ?? {}, message: e.message }, e.status);
  }
}

const version = (f: Record<string, string>) => (f.version ? Number(f.version) : undefined);

export const platformPages = new Hono<AppEnv>()
  .get("/platform/login", (c) => {
    if (c.get("operator")) return seeOther(c, "/platform");
    return page(c, "Vận hành nền tảng", <OperatorLoginView />);
  })
  .post("/platform/login", async (c) => {
    const f = formStrings(await readForm(c));
    try {
      const input = parseForm(OperatorLoginInput, { login: f.login, password: f.password });
      const { token } = await operatorLogin(anonOpOf(c), input, readOpCookie(c) ?? undefined);
      writeOpCookie(c, token);
      return seeOther(c, "/platform");
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 401 && e.status !== 400)) throw e;
      return page(c, "Vận hành nền tảng", <OperatorLoginView login={f.login} message={e.message} />, {
        status: e.status,
      });
    }
  })
  .post("/platform/logout", async (c) => {
    await operatorLogout(opOf(c), c.get("operator")!);
    clearOpCookie(c);
    return seeOther(c, "/platform/login");
  })
  .get("/platform", async (c) => {
    const query = parseForm(TenantListQuery, c.req.query());
    const list = await listTenants(opOf(c), query);
    return page(
      c,
      "Đơn vị trên nền tảng",
      <TenantListView
        operator={c.get("operator")!}
        {...list}
        status={query.status}
        q={query.q}
        done={c.req.query("done")}
      />,
    );
  })
  .post("/platform/stats/refresh", async (c) => {
    await refreshStats(opOf(c));
    return seeOther(c, "/platform?done=stats");
  })
  .get("/platform/audit", async (c) => {
    const before = Number(c.req.query("before") ?? "");
    const log = await listAudit(opOf(c), Number.isSafeInteger(before) && before > 0 ? before : undefined);
    return page(c, "Nhật ký thao tác", <AuditView operator={c.get("operator")!} {...log} />);
  })
  .get("/platform/tenants/:id", (c) => renderDetail(c, tenantId(c)))
  .post("/platform/tenants/:id/verify", (c) =>
    act(c, "status", "verify", (o, id, f) => changeStatus(o, id, "verify", version(f))),
  )
  .post("/platform/tenants/:id/suspend", (c) =>
    act(c, "status", "suspend", (o, id, f) => changeStatus(o, id, "suspend", version(f))),
  )
  .post("/platform/tenants/:id/reactivate", (c) =>
    act(c, "status", "reactivate", (o, id, f) => changeStatus(o, id, "reactivate", version(f))),
  )
  .post("/platform/tenants/:id/move", (c) =>
    act(c, "move", "move", async (o, id, f) => {
      const job = await startMove(o, id, parseForm(MoveInput, { binding: f.binding }).binding);
      runInBackground(c, job.id, o.operator);
    }),
  )
  .post("/platform/tenants/:id/jobs/:jobId/run", (c) =>
    act(c, "status", "run", async (o, id) => {
      const jobId = c.req.param("jobId");
      if (!ID.test(jobId)) throw new ServiceError("not_found", "Không tìm thấy tác vụ.");
      runInBackground(c, (await getTenantJob(o, id, jobId)).id, o.operator);
    }),
  )
  .post("/platform/tenants/:id/deletion", (c) =>
    act(c, "deletion", "deletion", (o, id, f) =>
      scheduleDeletion(
        o,
        id,
        parseForm(DeletionInput, { graceDays: f.graceDays === "" ? undefined : Number(f.graceDays) })
          .graceDays,
      ),
    ),
  )
  .post("/platform/tenants/:id/deletion/cancel", (c) =>
    act(c, "status", "cancel", (o, id) => cancelDeletion(o, id)),
  )
  .post("/platform/tenants/:id/stats", (c) => act(c, "status", "stats", (o, id) => refreshStats(o, id)));
