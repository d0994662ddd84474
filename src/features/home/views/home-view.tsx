import { ROLE_LABEL } from "../../../domain";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Card } from "../../../ui/components";
import { PageTitle } from "../../../ui/layout";

import { OnboardingChecklist } from "../../onboarding";
import { HomePlansSection } from "../../plans";
import { TurnNotice } from "../../meetings";
import type { HomeData } from "../home.service";
import { TasksCard } from "./home-tasks";

export const HomeView: FC<{ ctx: Ctx; data: HomeData; welcome: boolean }> = ({ ctx, data, welcome }) => {
  const base = `/t/${ctx.tenant.slug}`;
  const a = ctx.actor;
  return (
    <>
      <PageTitle title={`Xin chào, ${a.displayName}`} subtitle={ctx.tenant.name} />
      {welcome && <Alert kind="success">Đồng chí đã đặt mật khẩu và đăng nhập thành công.</Alert>}
      <OnboardingChecklist slug={ctx.tenant.slug} state={data.onboarding} />
      <TurnNotice turn={data.reportTurn} base={base} />
      <TasksCard tasks={data.tasks} base={base} />
      <HomePlansSection data={data.plans} base={base} />
      <div class="grid grid-2">
        <Card title="Thông tin của tôi">
          <dl class="kv">
            <dt>Tên đăng nhập</dt>
            <dd>{a.login}</dd>
            <dt>Vai trò</dt>
            <dd>{ROLE_LABEL[a.role]}</dd>
            {data.unit?.id !== data.tasks.cell?.id && (
              <>
                <dt>Đơn vị</dt>
                <dd>{data.unit?.name ?? "—"}</dd>
              </>
            )}
            {data.tasks.cell && (
              <>
                <dt>Chi bộ sinh hoạt</dt>
                <dd>{data.tasks.cell.name}</dd>
                <dt>Bí thư chi bộ</dt>
                <dd>
                  {data.tasks.cell.secretaries.length
                    ? data.tasks.cell.secretaries.join(", ")
                    : "Chi bộ chưa có tài khoản bí thư"}
                </dd>
              </>
            )}
            {data.trail.length > 1 && (
              <>
                <dt>Trực thuộc</dt>
                <dd>{data.trail.slice(0, -1).join(" › ")}</dd>
              </>
            )}
          </dl>
        </Card>
      </div>
    </>
  );
};
