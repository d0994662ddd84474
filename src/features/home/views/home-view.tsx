import { ROLE_LABEL } from "../../../domain";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Card, LinkButton } from "../../../ui/components";
import { formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";

import { OnboardingChecklist } from "../../onboarding";
import { HomePlansSection } from "../../plans";
import type { HomeData } from "../home.service";

export const HomeView: FC<{ ctx: Ctx; data: HomeData; welcome: boolean }> = ({ ctx, data, welcome }) => {
  const base = `/t/${ctx.tenant.slug}`;
  const a = ctx.actor;
  return (
    <>
      <PageTitle title={`Xin chào, ${a.displayName}`} subtitle={ctx.tenant.name} />
      {welcome && <Alert kind="success">Đồng chí đã đặt mật khẩu và đăng nhập thành công.</Alert>}
      <OnboardingChecklist slug={ctx.tenant.slug} state={data.onboarding} />
      <HomePlansSection data={data.plans} base={base} />
      <div class="grid grid-2">
        <Card title="Thông tin của tôi">
          <dl class="kv">
            <dt>Tên đăng nhập</dt>
            <dd>{a.login}</dd>
            <dt>Vai trò</dt>
            <dd>{ROLE_LABEL[a.role]}</dd>
            <dt>Đơn vị</dt>
            <dd>{data.unit?.name ?? "—"}</dd>
            {data.trail.length > 1 && (
              <>
                <dt>Trực thuộc</dt>
                <dd>{data.trail.slice(0, -1).join(" › ")}</dd>
              </>
            )}
          </dl>
        </Card>
        <Card title="Việc đang chờ">
          {a.role === "member" ? (
            <p class="empty">Hiện chưa có việc nào đang chờ đồng chí.</p>
          ) : (
            <ul class="list">
              <li>
                <span>
                  Đơn vị đang hoạt động trong phạm vi
                  <span class="meta"> (kể cả đơn vị của đồng chí)</span>
                </span>
                <b>{formatNumber(data.unitsInScope)}</b>
              </li>
              <li>
                <span>Tài khoản trong phạm vi</span>
                <b>{formatNumber(data.accountsInScope)}</b>
              </li>
              <li>
                <span>Tài khoản chưa đặt mật khẩu</span>
                <b>{formatNumber(data.accountsWithoutPassword)}</b>
              </li>
            </ul>
          )}
          {a.role !== "member" && (
            <p class="page-actions">
              <LinkButton href={`${base}/admin/units`}>Tổ chức đảng</LinkButton>
              <LinkButton href={`${base}/admin/accounts`}>Tài khoản</LinkButton>
            </p>
          )}
        </Card>
      </div>
    </>
  );
};
