import { ROLES, ROLE_LABEL } from "../../../domain";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Alert,
  Badge,
  Button,
  Card,
  DataTable,
  Field,
  LinkButton,
  PostForm,
  Select,
} from "../../../ui/components";
import { FormCard, FormPanel, PageHead, bindState } from "../../../ui/form-kit";
import { formatDateTime } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { RecordAlerts } from "../../../ui/registry-views";
import type { AccountOut } from "../accounts.inputs";
import { AccountMemberCard } from "./account-member";

type Form = { values: Record<string, string>; errors: Record<string, string>; message?: string };

const roleOptions = (ctx: Ctx) =>
  (ctx.actor.role === "admin" ? ROLES : (["member"] as const)).map((r) => ({
    value: r,
    label: ROLE_LABEL[r],
  }));

export const AccountsList: FC<{
  ctx: Ctx;
  list: { items: AccountOut[]; nextCursor: string | null };
  form?: Form | undefined;
}> = ({ ctx, list, form }) => {
  const base = `/t/${ctx.tenant.slug}/admin/accounts`;
  const f = bindState(form);
  return (
    <>
      <PageTitle
        title="Tài khoản"
        subtitle={
          ctx.actor.role === "admin"
            ? "Toàn bộ tài khoản của đơn vị"
            : "Tài khoản trong phạm vi đơn vị của đồng chí"
        }
      />
      <FormPanel title="Tạo tài khoản mới" action={base} state={form} submit="Tạo tài khoản">
        <Field label="Họ và tên" {...f("displayName")} required />
        <Field
          label="Tên đăng nhập"
          {...f("login")}
          hint="Số điện thoại, e-mail hoặc tên không dấu."
          required
        />
        <Select label="Vai trò" {...f("role", "member")} options={roleOptions(ctx)} />
        <Field
          label="Số thẻ đảng viên"
          {...f("cardNumber")}
          hint="Của người dùng, để gắn tài khoản với hồ sơ đảng viên (lập kế hoạch, sổ tay). Để trống nếu không phải đảng viên trong danh sách."
        />
        <Field
          label="Mã đơn vị"
          {...f("unitCode")}
          hint="Bí thư và đảng viên: mã chi bộ hoặc đảng bộ; để trống thì lấy đơn vị của hồ sơ đảng viên."
        />
      </FormPanel>
      <Card>
        <DataTable
          items={list.items}
          empty="Chưa có tài khoản nào."
          columns={["Họ và tên", "Tên đăng nhập", "Vai trò", "Đơn vị", "Trạng thái"]}
          class="stack"
          row={(a) => (
            <tr>
              <td data-label="Họ và tên">
                <a href={`${base}/${a.id}`}>{a.displayName}</a>
              </td>
              <td data-label="Tên đăng nhập">{a.login}</td>
              <td data-label="Vai trò">{ROLE_LABEL[a.role]}</td>
              <td data-label="Đơn vị">{a.unitName ?? "—"}</td>
              <td data-label="Trạng thái">
                <StatusBadge a={a} />
              </td>
            </tr>
          )}
        />
        {list.nextCursor && (
          <p>
            <LinkButton href={`${base}?cursor=${encodeURIComponent(list.nextCursor)}`}>Trang sau</LinkButton>
          </p>
        )}
      </Card>
    </>
  );
};

const StatusBadge: FC<{ a: AccountOut }> = ({ a }) =>
  a.status === "disabled" ? (
    <Badge tone="bad">Đã khóa</Badge>
  ) : a.hasPassword ? (
    <Badge tone="good">Đang hoạt động</Badge>
  ) : (
    <Badge tone="warn">Chưa đặt mật khẩu</Badge>
  );

const DONE: Record<string, string> = {
  updated: "Đã lưu thay đổi.",
  linked: "Đã gắn tài khoản với hồ sơ đảng viên.",
  unlinked: "Đã bỏ gắn tài khoản khỏi hồ sơ đảng viên.",
};

export const AccountPage: FC<{
  ctx: Ctx;
  account: AccountOut;
  form?: Form | undefined;
  linkForm?: Form | undefined;
  done?: string | undefined;
}> = ({ ctx, account: a, form, linkForm, done }) => {
  const base = `/t/${ctx.tenant.slug}/admin/accounts`;
  const f = bindState(form);
  return (
    <>
      <PageHead
        back={{ href: base, label: "Tài khoản" }}
        title={a.displayName}
        subtitle={`${a.login} · ${ROLE_LABEL[a.role]}`}
      >
        <StatusBadge a={a} />
      </PageHead>
      {done === "created" && (
        <Alert kind="success">
          Đã tạo tài khoản
          {a.memberId ? `, gắn với hồ sơ đảng viên ${a.memberName}` : " (chưa gắn với hồ sơ đảng viên nào)"}.
          Hãy tạo liên kết đặt mật khẩu để gửi cho người dùng.
        </Alert>
      )}
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      <RecordAlerts state={form} />
      <div class="grid grid-2">
        <Card title="Liên kết đặt mật khẩu">
          <p class="hint">
            Liên kết dùng một lần, hết hạn sau 72 giờ. Tạo liên kết mới sẽ vô hiệu liên kết cũ chưa dùng.
          </p>
          {ctx.actor.role === "admin" || (a.role === "member" && !a.hasPassword) ? (
            <PostForm action={`${base}/${a.id}/setup-link`}>
              <Button>{a.hasPassword ? "Tạo liên kết đặt lại mật khẩu" : "Tạo liên kết đặt mật khẩu"}</Button>
            </PostForm>
          ) : (
            <p class="hint">
              {a.role === "member"
                ? "Tài khoản đã được kích hoạt: chỉ quản trị đơn vị được đặt lại mật khẩu."
                : "Chỉ quản trị đơn vị được tạo liên kết đặt mật khẩu cho tài khoản này."}
            </p>
          )}
          <dl class="kv">
            <dt>Đăng nhập lần cuối</dt>
            <dd>{formatDateTime(a.lastLoginAt)}</dd>
            <dt>Đơn vị</dt>
            <dd>{a.unitName ?? "—"}</dd>
          </dl>
        </Card>
        <AccountMemberCard ctx={ctx} account={a} form={linkForm} />
        <FormCard
          title="Sửa thông tin"
          action={`${base}/${a.id}/update`}
          errors={form?.errors}
          version={a.version}
          submit="Lưu thay đổi"
        >
          <Field label="Họ và tên" {...f("displayName", a.displayName)} required />
          {ctx.actor.role === "admin" && (
            <>
              <Select label="Vai trò" {...f("role", a.role)} options={roleOptions(ctx)} />
              <Field
                label="Mã đơn vị"
                {...f("unitCode", undefined, "unitId")}
                hint="Để trống nếu không đổi đơn vị."
              />
            </>
          )}
          <Select
            label="Trạng thái"
            name="status"
            value={f("status", a.status).value}
            options={[
              { value: "active", label: "Đang hoạt động" },
              { value: "disabled", label: "Khóa tài khoản" },
            ]}
          />
        </FormCard>
      </div>
    </>
  );
};

export const SetupLinkPage: FC<{ ctx: Ctx; account: AccountOut; url: string; expiresAt: number }> = ({
  ctx,
  account,
  url,
  expiresAt,
}) => (
  <>
    <PageHead
      back={{ href: `/t/${ctx.tenant.slug}/admin/accounts/${account.id}`, label: account.displayName }}
      title="Liên kết đặt mật khẩu"
      subtitle={`${account.displayName} · ${account.login}`}
    />
    <Card>
      <Alert kind="warning">
        Liên kết chỉ hiển thị một lần. Hãy gửi trực tiếp cho đồng chí {account.displayName}; không chia sẻ
        công khai.
      </Alert>
      <p class="copy">{url}</p>
      <p class="hint">Hết hạn lúc {formatDateTime(expiresAt)}.</p>
    </Card>
  </>
);
