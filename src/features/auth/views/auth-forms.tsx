import type { FC } from "hono/jsx";
import { Alert, Button, Field, FormErrors, PostForm } from "../../../ui/components";
import { formatDateTime } from "../../../ui/format";

const PASSWORD_HINT = "Ít nhất 8 ký tự, có cả chữ và số.";

/** A required password field; a new password gets the browser's generator and, if asked, the rule. */
const Password: FC<{ label: string; name: string; errors?: Record<string, string>; hint?: boolean }> = (
  p,
) => (
  <Field
    label={p.label}
    name={p.name}
    type="password"
    autocomplete={p.name === "currentPassword" ? "current-password" : "new-password"}
    hint={p.hint ? PASSWORD_HINT : undefined}
    error={p.errors?.[p.name]}
    required
  />
);

export const PasswordForm: FC<{ slug: string; errors?: Record<string, string>; done?: boolean }> = ({
  slug,
  errors,
  done,
}) => (
  <div class="auth-wrap">
    <div class="card">
      <h1>Đổi mật khẩu</h1>
      {done && <Alert kind="success">Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.</Alert>}
      <FormErrors errors={errors} />
      <PostForm action={`/t/${slug}/password`}>
        <Password label="Mật khẩu hiện tại" name="currentPassword" errors={errors} />
        <Password label="Mật khẩu mới" name="newPassword" errors={errors} hint />
        <Button>Lưu mật khẩu mới</Button>
      </PostForm>
    </div>
  </div>
);

export const SetupForm: FC<{
  action: string;
  who: { displayName: string; login: string; expiresAt: number };
  errors?: Record<string, string>;
}> = ({ action, who, errors }) => (
  <div class="auth-wrap">
    <div class="card">
      <h1>Đặt mật khẩu</h1>
      <p>
        Xin chào <strong>{who.displayName}</strong>. Tên đăng nhập của đồng chí là{" "}
        <strong>{who.login}</strong>.
      </p>
      <p class="hint">Liên kết này dùng được một lần, hết hạn lúc {formatDateTime(who.expiresAt)}.</p>
      <FormErrors errors={errors} />
      <PostForm action={action}>
        <Password label="Mật khẩu mới" name="password" errors={errors} hint />
        <Password label="Nhập lại mật khẩu" name="confirm" errors={errors} />
        <Button>Đặt mật khẩu và đăng nhập</Button>
      </PostForm>
    </div>
  </div>
);
