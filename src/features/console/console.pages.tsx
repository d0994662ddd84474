import { anonOpOf, opOf } from "../../platform/control-plane";
import type { OpCtx } from "../../platform/control-plane";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { page, seeOther, submitForm } from "../../platform/pages";
import { isId } from "../../domain/ids";
import { listAudit, listTenants, tenantDetail } from "./console.service";
import { changeStatus } from "./console-status.service";
import {
  cancelDeletion,
  getTenantJob,
  jobOut,
  runInBackground,
  scheduleDeletion,
  startMove,
} from "../lifecycle";

import { clearOpCookie, readOpCookie, writeOpCookie } from "../../platform/operator-session";
import { operatorLogin, operatorLogout } from "./console-operators.service";
import { DeletionInput, MoveInput, OperatorLoginInput, TenantListQuery } from "./console.inputs";
import { refreshStats } from "./console-stats.service";
import { OperatorLoginView } from "./views/console-common";
import { type DetailPanel, TenantDetailView } from "./views/tenant-detail";
import { AuditView, TenantListView } from "./views/tenant-list";

function tenantId(c: Context<AppEnv>): string {
  const id = c.req.param("id");
  if (!isId(id)) throw new ServiceError("not_found", "Không tìm thấy đơn vị.");
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
function act(
  c: Context<AppEnv>,
  form: DetailPanel["form"],
  done: string,
  run: (o: OpCtx, id: string, f: Record<string, string>) => Promise<unknown>,
) {
  const id = tenantId(c);
  return submitForm(
    c,
    async (f) => {
      await run(opOf(c), id, f);
      return seeOther(c, `/platform/tenants/${id}?done=${done}`);
    },
    (state, status) => renderDetail(c, id, { form, ...state }, status),
  );
}

const version = (f: Record<string, string>) => (f.version ? Number(f.version) : undefined);

/** The operator console, mounted at /platform (the operator gate stands in front). */
export const consolePages = new Hono<AppEnv>()
  .get("/login", (c) => {
    if (c.get("operator")) return seeOther(c, "/platform");
    return page(c, "Vận hành nền tảng", <OperatorLoginView />);
  })
  .post("/login", (c) =>
    submitForm(
      c,
      async (f) => {
        const input = parseForm(OperatorLoginInput, { login: f.login, password: f.password });
        const { token } = await operatorLogin(anonOpOf(c), input, readOpCookie(c) ?? undefined);
        writeOpCookie(c, token);
        return seeOther(c, "/platform");
      },
      (state, status) =>
        page(
          c,
          "Vận hành nền tảng",
          <OperatorLoginView login={state.values.login} message={state.message} />,
          {
            status,
          },
        ),
      [400, 401],
    ),
  )
  .post("/logout", async (c) => {
    await operatorLogout(opOf(c), c.get("operator")!);
    clearOpCookie(c);
    return seeOther(c, "/platform/login");
  })
  .get("/", async (c) => {
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
  .post("/stats/refresh", async (c) => {
    await refreshStats(opOf(c));
    return seeOther(c, "/platform?done=stats");
  })
  .get("/audit", async (c) => {
    const before = Number(c.req.query("before") ?? "");
    const log = await listAudit(opOf(c), Number.isSafeInteger(before) && before > 0 ? before : undefined);
    return page(c, "Nhật ký thao tác", <AuditView operator={c.get("operator")!} {...log} />);
  })
  .get("/tenants/:id", (c) => renderDetail(c, tenantId(c)))
  .post("/tenants/:id/verify", (c) =>
    act(c, "status", "verify", (o, id, f) => changeStatus(o, id, "verify", version(f))),
  )
  .post("/tenants/:id/suspend", (c) =>
    act(c, "status", "suspend", (o, id, f) => changeStatus(o, id, "suspend", version(f))),
  )
  .post("/tenants/:id/reactivate", (c) =>
    act(c, "status", "reactivate", (o, id, f) => changeStatus(o, id, "reactivate", version(f))),
  )
  .post("/tenants/:id/move", (c) =>
    act(c, "move", "move", async (o, id, f) => {
      const job = await startMove(o, id, parseForm(MoveInput, { binding: f.binding }).binding);
      runInBackground(c, job.id, o.operator);
    }),
  )
  .post("/tenants/:id/jobs/:jobId/run", (c) =>
    act(c, "status", "run", async (o, id) => {
      const jobId = c.req.param("jobId");
      if (!isId(jobId)) throw new ServiceError("not_found", "Không tìm thấy tác vụ.");
      runInBackground(c, (await getTenantJob(o, id, jobId)).id, o.operator);
    }),
  )
  .post("/tenants/:id/deletion", (c) =>
    act(c, "deletion", "deletion", (o, id, f) =>
      scheduleDeletion(
        o,
        id,
        parseForm(DeletionInput, { graceDays: f.graceDays === "" ? undefined : Number(f.graceDays) })
          .graceDays,
        f.confirmSlug ?? "",
      ),
    ),
  )
  .post("/tenants/:id/deletion/cancel", (c) => act(c, "status", "cancel", (o, id) => cancelDeletion(o, id)))
  .post("/tenants/:id/stats", (c) => act(c, "status", "stats", (o, id) => refreshStats(o, id)));
